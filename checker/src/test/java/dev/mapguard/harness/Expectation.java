package dev.mapguard.harness;

/** A finding a test input says must be reported: this rule, on this line of this file. */
record Expectation(String file, int line, String rule) implements Comparable<Expectation> {
  @Override
  public int compareTo(Expectation o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : rule.compareTo(o.rule);
  }

  @Override
  public String toString() {
    return file + ":" + line + " [" + rule + "]";
  }
}
