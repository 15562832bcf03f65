package dev.mapguard.report.sarif;

import java.nio.file.Path;

/** Sources the SARIF tests compile: a race with a trace, a related location and a fix. */
public final class Scenarios {
  private Scenarios() {}

  public static final String INVENTORY_PATH = "src/main/java/com/acme/Inventory.java";

  public static final String INVENTORY = """
      package com.acme;

      import java.util.HashMap;
      import java.util.Map;
      import java.util.concurrent.ExecutorService;

      public class Inventory {
        private final Map<String, Integer> stock = new HashMap<>();
        private final ExecutorService pool;

        public Inventory(ExecutorService pool) {
          this.pool = pool;
        }

        public void restockLater(String sku, int n) {
          pool.submit(() -> restock(sku, n));
        }

        private void restock(String sku, int n) {
          stock.merge(sku, n, Integer::sum);
        }

        public int count(String sku) {
          return stock.getOrDefault(sku, 0);
        }
      }
      """;

  public static final String SAFE_PATH = "src/main/java/com/acme/Counter.java";

  public static final String SAFE = """
      package com.acme;

      public class Counter {
        private int n;

        public synchronized void add() {
          n++;
        }
      }
      """;

  /** A project folder holding both sources, as a module of a build would. */
  public static Path project(Path dir) {
    SarifCompiler.write(dir, INVENTORY_PATH, INVENTORY);
    SarifCompiler.write(dir, SAFE_PATH, SAFE);
    return dir;
  }
}
