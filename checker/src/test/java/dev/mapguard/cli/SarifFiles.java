package dev.mapguard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Variations of a real SARIF log, made by editing its JSON, for the paths a build rarely takes. */
final class SarifFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SarifFiles() {}

  static Path edit(Path from, Path to, Consumer<ObjectNode> change) {
    try {
      ObjectNode log = (ObjectNode) JSON.readTree(from.toFile());
      change.accept(log);
      JSON.writerWithDefaultPrettyPrinter().writeValue(to.toFile(), log);
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode invocation(ObjectNode log) {
    return (ObjectNode) log.at("/runs/0/invocations/0");
  }

  static ObjectNode properties(ObjectNode log) {
    return (ObjectNode) invocation(log).get("properties");
  }
}
