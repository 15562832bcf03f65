package dev.mapguard.report.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads fields of a JSON document that must have a given shape, and says exactly where it does
 * not: {@code runs[0].results[2].ruleId is missing}. One per input file.
 */
final class JsonFields {
  private final Path file;

  JsonFields(Path file) {
    this.file = file;
  }

  BadInputException bad(String problem) {
    return new BadInputException(file, problem);
  }

  JsonNode object(JsonNode parent, String name, String where) throws BadInputException {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) throw bad(at(where, name) + " is missing");
    if (!n.isObject()) throw bad(at(where, name) + " is not an object");
    return n;
  }

  /** The elements of an array field; an absent field is an empty list when {@code optional}. */
  List<JsonNode> array(JsonNode parent, String name, String where, boolean optional) throws BadInputException {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) {
      if (optional) return List.of();
      throw bad(at(where, name) + " is missing");
    }
    if (!n.isArray()) throw bad(at(where, name) + " is not an array");
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  String text(JsonNode parent, String name, String where) throws BadInputException {
    String s = optionalText(parent, name, where);
    if (s == null) throw bad(at(where, name) + " is missing");
    return s;
  }

  String optionalText(JsonNode parent, String name, String where) throws BadInputException {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) return null;
    if (!n.isTextual()) throw bad(at(where, name) + " is not a string");
    return n.asText();
  }

  Integer optionalInt(JsonNode parent, String name, String where) throws BadInputException {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) return null;
    if (!n.isIntegralNumber() || !n.canConvertToInt()) throw bad(at(where, name) + " is not an integer");
    return n.asInt();
  }

  Boolean optionalBoolean(JsonNode parent, String name, String where) throws BadInputException {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) return null;
    if (!n.isBoolean()) throw bad(at(where, name) + " is not true or false");
    return n.asBoolean();
  }

  static String at(String where, String name) {
    return where.isEmpty() ? name : where + "." + name;
  }
}
