package dev.mapguard.rules;

/** How bad a finding is; maps onto javac diagnostic kinds and SARIF levels. */
public enum Severity {
  ERROR, WARNING, NOTE;

  /** The SARIF 2.1.0 {@code level} value. */
  public String sarifLevel() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
