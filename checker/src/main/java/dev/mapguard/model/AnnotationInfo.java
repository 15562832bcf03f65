package dev.mapguard.model;

import java.util.Map;

/** An annotation as written: its qualified type name and its element values as source strings. */
public record AnnotationInfo(String type, Map<String, String> values, SourcePos pos) {
  public AnnotationInfo {
    values = Map.copyOf(values);
  }

  /** The {@code value} element, or null. */
  public String value() {
    return values.get("value");
  }

  public String simpleName() {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
