package dev.mapguard.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates adversarial inputs for MapGuard: shapes real code rarely has but a whole-program
 * analysis must survive in bounded time and stack (deep call chains, long recursion cycles,
 * huge classes, deeply nested lambdas, huge switches, huge methods). Each input is a scenario
 * folder in the test-inputs format: the expected findings are written on their lines
 * ({@code // expect: Rule}), and they do not depend on the size, so any size must give the same
 * answer. The robustness tests run small sizes; {@code bench/scaling} runs {@link Shape#large}
 * sizes through {@link #main}.
 */
public final class AdversarialInputs {

  /** One kind of input, with the size the benchmark uses and the size the tests use. */
  public enum Shape {
    CALL_CHAIN("call-chain", 10_000, 1_000),
    RECURSION_CYCLE("recursion-cycle", 1_000, 200),
    HUGE_CLASS("huge-class", 5_000, 500),
    NESTED_LAMBDAS("nested-lambdas", 100, 30),
    HUGE_SWITCH("huge-switch", 5_000, 500),
    LONG_METHOD("long-method", 50_000, 2_000);

    public final String folder;
    public final int large;
    public final int small;

    Shape(String folder, int large, int small) {
      this.folder = folder;
      this.large = large;
      this.small = small;
    }
  }

  private static final String IMPORTS = """
      import java.util.HashMap;
      import java.util.Map;
      import java.util.concurrent.ExecutorService;
      """;

  private AdversarialInputs() {}

  /** Writes the scenario folder of one shape at size {@code n} under {@code dir}; returns it. */
  public static Path write(Shape shape, int n, Path dir) throws IOException {
    Path root = dir.resolve(shape.folder);
    Path pkg = root.resolve("adv");
    Files.createDirectories(pkg);
    for (Map.Entry<String, String> f : sources(shape, n).entrySet()) {
      Files.writeString(pkg.resolve(f.getKey()), f.getValue());
    }
    return root;
  }

  /** File name to content, for one shape at size {@code n}. */
  static Map<String, String> sources(Shape shape, int n) {
    return switch (shape) {
      case CALL_CHAIN -> callChain(n);
      case RECURSION_CYCLE -> Map.of("Cycle.java", recursionCycle(n));
      case HUGE_CLASS -> Map.of("Huge.java", hugeClass(n));
      case NESTED_LAMBDAS -> Map.of("Nested.java", nestedLambdas(n));
      case HUGE_SWITCH -> Map.of("Switch.java", hugeSwitch(n));
      case LONG_METHOD -> Map.of("LongMethod.java", longMethod(n));
    };
  }

  /**
   * A pool task calls step 0, which calls step 1, ... down to step n-1, which writes a static map
   * that the calling thread reads: a race at the bottom of an n-deep chain. A twin chain runs
   * under a lock taken at its top (and the read takes it too): safe, however deep the lock is.
   * Steps are spread over classes of 100 methods.
   */
  static Map<String, String> callChain(int n) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Entry.java", "package adv;\n\n" + IMPORTS + """

        /** A race at the bottom of a deep call chain, and its twin guarded at the top. */
        public class Entry {
          static final Map<String, Integer> COUNTS = new HashMap<>();
          static final Map<String, Integer> GUARDED = new HashMap<>();
          static final Object LOCK = new Object();

          public void start(ExecutorService pool) {
            pool.submit(() -> Chain0.step0());
            pool.submit(() -> {
              synchronized (LOCK) {
                Chain0.guarded0();
              }
            });
          }

          public int read() {
            synchronized (LOCK) {
              if (GUARDED.isEmpty()) return 0;
            }
            return COUNTS.getOrDefault("k", 0); // expect: UnguardedMapAccess
          }
        }
        """);
    int perClass = 100;
    for (int c = 0; c * perClass < n; c++) {
      StringBuilder sb = new StringBuilder("package adv;\n\nclass Chain" + c + " {\n");
      for (int i = c * perClass; i < Math.min(n, (c + 1) * perClass); i++) {
        for (String kind : List.of("step", "guarded")) {
          sb.append("  static void ").append(kind).append(i).append("() {\n");
          if (i + 1 < n) {
            String next = (i + 1) % perClass == 0 ? "Chain" + (c + 1) + "." : "";
            sb.append("    ").append(next).append(kind).append(i + 1).append("();\n");
          } else if (kind.equals("step")) {
            sb.append("    Entry.COUNTS.put(\"k\", 1); // expect: UnguardedMapAccess\n");
          } else {
            sb.append("    Entry.GUARDED.put(\"k\", 1);\n");
          }
          sb.append("  }\n");
        }
      }
      files.put("Chain" + c + ".java", sb.append("}\n").toString());
    }
    return files;
  }

  /**
   * n methods calling each other in a cycle (each may recurse into the next); the pool task
   * enters it with no lock and writes midway; a twin cycle is entered only under a lock.
   */
  static String recursionCycle(int n) {
    StringBuilder sb = new StringBuilder("package adv;\n\n" + IMPORTS + """

        /** Long recursion cycles: one unguarded, one entered under a lock. */
        public class Cycle {
          private final Map<String, Integer> counts = new HashMap<>();
          private final Map<String, Integer> guarded = new HashMap<>();

          public void start(ExecutorService pool) {
            pool.submit(() -> r0(3));
            pool.submit(() -> {
              synchronized (this) {
                g0(3);
              }
            });
          }

          public synchronized int readGuarded() {
            return guarded.size();
          }

          public int read() {
            return counts.getOrDefault("k", 0); // expect: UnguardedMapAccess
          }
        """);
    for (int i = 0; i < n; i++) {
      for (String kind : List.of("r", "g")) {
        sb.append("\n  private void ").append(kind).append(i).append("(int depth) {\n");
        if (i == n / 2) {
          sb.append(kind.equals("r") ? "    counts.merge(\"k\", 1, Integer::sum); // expect: UnguardedMapAccess\n"
              : "    guarded.merge(\"k\", 1, Integer::sum);\n");
        }
        sb.append("    if (depth > 0) ").append(kind).append((i + 1) % n)
            .append(i + 1 == n ? "(depth - 1);\n" : "(depth);\n");
        sb.append("  }\n");
      }
    }
    return sb.append("}\n").toString();
  }

  /**
   * One class with n fields and n methods; every 50th field is a map with a getter and a
   * putter, the rest are counters. A pool task writes one of the maps: the only race.
   */
  static String hugeClass(int n) {
    StringBuilder sb = new StringBuilder("package adv;\n\n" + IMPORTS + """

        /** A class with thousands of fields and methods and one race among them. */
        public class Huge {
          public void start(ExecutorService pool) {
            pool.submit(() -> put0("k"));
          }
        """);
    for (int i = 0; i < n; i++) {
      if (i % 50 == 0) {
        sb.append("\n  private final Map<String, Integer> map").append(i).append(" = new HashMap<>();\n");
        sb.append("  void put").append(i).append("(String k) {\n    map").append(i).append(".put(k, ")
            .append(i).append(i == 0 ? "); // expect: UnguardedMapAccess\n  }\n" : ");\n  }\n");
        sb.append("  public int get").append(i).append("(String k) {\n    return map").append(i)
            .append(".getOrDefault(k, 0);").append(i == 0 ? " // expect: UnguardedMapAccess" : "")
            .append("\n  }\n");
      } else {
        sb.append("\n  private int count").append(i).append(";\n");
        sb.append("  public int bump").append(i).append("() {\n    return ++count").append(i).append(";\n  }\n");
      }
    }
    return sb.append("}\n").toString();
  }

  /** A pool task whose body is n lambdas nested in each other; the innermost writes a map. */
  static String nestedLambdas(int n) {
    StringBuilder sb = new StringBuilder("package adv;\n\n" + IMPORTS + """

        /** Lambdas nested deeply; the innermost one races with the calling thread. */
        public class Nested {
          private final Map<String, Integer> counts = new HashMap<>();

          public int read() {
            return counts.getOrDefault("k", 0); // expect: UnguardedMapAccess
          }

          public void start(ExecutorService pool) {
            pool.submit(() -> {
        """);
    for (int i = 1; i <= n; i++) {
      sb.append("  ".repeat(i + 2)).append("Runnable r").append(i).append(" = () -> {\n");
    }
    sb.append("  ".repeat(n + 3)).append("counts.put(\"k\", 1); // expect: UnguardedMapAccess\n");
    for (int i = n; i >= 1; i--) {
      sb.append("  ".repeat(i + 2)).append("};\n");
      sb.append("  ".repeat(i + 2)).append("r").append(i).append(".run();\n");
    }
    return sb.append("    });\n  }\n}\n").toString();
  }

  /** A switch with n cases run by a pool task; every 100th case writes the map. */
  static String hugeSwitch(int n) {
    StringBuilder sb = new StringBuilder("package adv;\n\n" + IMPORTS + """

        /** A switch with thousands of cases; some of them race with the calling thread. */
        public class Switch {
          private final Map<String, Integer> counts = new HashMap<>();

          public void start(ExecutorService pool, int code) {
            pool.submit(() -> decode(code));
          }

          public int read() {
            return counts.getOrDefault("k", 0); // expect: UnguardedMapAccess
          }

          private int decode(int code) {
            switch (code) {
        """);
    for (int i = 0; i < n; i++) {
      sb.append("      case ").append(i).append(":\n");
      if (i % 100 == 50) {
        sb.append("        counts.merge(\"k\", ").append(i).append(", Integer::sum); // expect: UnguardedMapAccess\n");
      }
      sb.append("        return ").append(i).append(";\n");
    }
    return sb.append("      default:\n        return -1;\n    }\n  }\n}\n").toString();
  }

  /**
   * A pool task runs a method of n statements: locked map writes, calls and arithmetic, all
   * under a compile-time constant false (javac's 64 KB limit on a method's bytecode rules out
   * 50,000 statements that all generate code; javac still attributes and flow-checks them, and
   * MapGuard analyses them), then one unlocked write: the only finding.
   */
  static String longMethod(int n) {
    StringBuilder sb = new StringBuilder("package adv;\n\n" + IMPORTS + """

        /** One method with tens of thousands of statements. */
        public class LongMethod {
          private static final boolean TRACE = false;
          private final Map<String, Integer> counts = new HashMap<>();
          private final Object lock = new Object();
          private long sink;

          public void start(ExecutorService pool) {
            pool.submit(this::work);
          }

          public int read() {
            synchronized (lock) {
              return counts.getOrDefault("k", 0);
            }
          }

          private void note(int step) {
            sink += step;
          }

          private void work() {
        """);
    for (int i = 0; i < n - 1; i++) {
      switch (i % 4) {
        case 0 -> sb.append("    if (TRACE) { synchronized (lock) { counts.put(\"k\", ").append(i).append("); } }\n");
        case 1 -> sb.append("    if (TRACE) { note(").append(i).append("); }\n");
        case 2 -> sb.append("    if (TRACE) { int x").append(i).append(" = ").append(i).append(" * 3; sink += x")
            .append(i).append("; }\n");
        default -> sb.append("    if (TRACE) { synchronized (lock) { counts.remove(\"k").append(i).append("\"); } }\n");
      }
    }
    sb.append("    counts.put(\"last\", 1); // expect: UnguardedMapAccess\n");
    return sb.append("  }\n}\n").toString();
  }

  /** {@code AdversarialInputs large|small OUT_DIR}: writes every shape at that size. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !List.of("large", "small").contains(args[0])) {
      System.err.println("usage: AdversarialInputs large|small OUT_DIR");
      System.exit(2);
    }
    for (Shape s : Shape.values()) {
      Path p = write(s, args[0].equals("large") ? s.large : s.small, Path.of(args[1]));
      System.out.println(s.folder + "\t" + (args[0].equals("large") ? s.large : s.small) + "\t" + p);
    }
  }
}
