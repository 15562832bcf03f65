package dev.mapguard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates a synthetic program of about a given number of lines, made of units in the shapes
 * real services have (templates under resources/dev/mapguard/bench/synthetic): a service with map
 * fields, an executor and locks, calling its upstream unit; a repository reached through a chain
 * of calls, with recursion; a wide handler hierarchy dispatched virtually; a recursive tree. One
 * program-wide interface is implemented by every service and called from one registry, so that
 * virtual dispatch grows with the program as it does in real code. Each unit plants one race.
 */
final class SyntheticProgram {
  private static final List<String> TEMPLATES = List.of("Service", "Repository", "Node", "Dispatcher");

  private SyntheticProgram() {}

  /** Writes the program under {@code dir} (replacing it); returns its source files. */
  static List<Path> write(long targetLines, Path dir) throws IOException {
    LibraryCache.deleteTree(dir);
    long unitLines = 0;
    for (String t : TEMPLATES) unitLines += template(t).lines().count();
    int units = (int) Math.max(1, Math.round((double) targetLines / unitLines));
    Path common = dir.resolve("gen/common");
    Files.createDirectories(common);
    Files.writeString(common.resolve("Plugin.java"), """
        package gen.common;

        /** Implemented by every service: the registry calls all of them. */
        public interface Plugin {
          void onEvent(String event);
        }
        """);
    StringBuilder registry = new StringBuilder("""
        package gen.common;

        import java.util.ArrayList;
        import java.util.List;
        import java.util.Map;
        import java.util.concurrent.ExecutorService;
        import java.util.concurrent.Executors;

        /** Wires the units together and fans events out to every plugin on a pool. */
        public final class Registry {
          private final List<Plugin> plugins = new ArrayList<>();
          private final ExecutorService events = Executors.newSingleThreadExecutor();

          public void register(Plugin p) {
            plugins.add(p);
          }

          public void fire(String event) {
            events.submit(() -> {
              for (Plugin p : plugins) {
                p.onEvent(event);
              }
            });
          }

          public static Registry build() {
            Registry r = new Registry();
        """);
    for (int k = 0; k < units; k++) {
      Path pkg = dir.resolve("gen/u" + k);
      Files.createDirectories(pkg);
      for (String t : TEMPLATES) {
        String text = template(t).replace("$K", Integer.toString(k))
            .replace("$P", Integer.toString(k == 0 ? units - 1 : k - 1));
        Files.writeString(pkg.resolve(t + k + ".java"), text);
      }
    }
    // wiring in batches: one method for every unit would exceed javac's 64 KB per method
    for (int b = 0; b * WIRING_BATCH < units; b++) {
      registry.append("    Wiring").append(b).append(".wire(r);\n");
      Files.writeString(common.resolve("Wiring" + b + ".java"), wiring(b, units));
    }
    registry.append("    return r;\n  }\n}\n");
    Files.writeString(common.resolve("Registry.java"), registry.toString());
    try (var s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static final int WIRING_BATCH = 100;

  /** Creates, registers and chains the services of one batch of units. */
  private static String wiring(int batch, int units) {
    StringBuilder sb = new StringBuilder("package gen.common;\n\nimport java.util.Map;\n\n")
        .append("final class Wiring").append(batch).append(" {\n  static void wire(Registry r) {\n");
    int first = batch * WIRING_BATCH;
    for (int k = first; k < Math.min(units, first + WIRING_BATCH); k++) {
      sb.append("    gen.u").append(k).append(".Service").append(k).append(" s").append(k)
          .append(" = new gen.u").append(k).append(".Service").append(k).append("(Map.of(\"name\", \"u")
          .append(k).append("\"));\n    r.register(s").append(k).append(");\n");
      if (k > first) sb.append("    s").append(k).append(".connect(s").append(k - 1).append(");\n");
    }
    return sb.append("  }\n}\n").toString();
  }

  private static String template(String name) {
    try (InputStream in = SyntheticProgram.class.getResourceAsStream("synthetic/" + name + ".java.txt")) {
      if (in == null) throw new IllegalStateException("missing template " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
