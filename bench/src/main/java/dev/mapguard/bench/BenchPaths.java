package dev.mapguard.bench;

import java.nio.file.Path;

/** Where things are: the repository, the cache of sources jars, the output folder. */
record BenchPaths(Path repo, Path cache, Path out) {
  /** From {@code -Dmapguard.repo}, {@code MAPGUARD_BENCH_CACHE} (default bench/cache), bench/out. */
  static BenchPaths fromEnvironment() {
    Path repo = Path.of(System.getProperty("mapguard.repo", ".")).toAbsolutePath().normalize();
    String cache = System.getenv("MAPGUARD_BENCH_CACHE");
    return new BenchPaths(repo,
        cache == null || cache.isBlank() ? repo.resolve("bench/cache") : Path.of(cache).toAbsolutePath(),
        repo.resolve("bench/out"));
  }

  Path libraries() {
    return repo.resolve("bench/libraries.tsv");
  }

  /** checker/target/mapguard.jar, or {@code MAPGUARD_PLUGIN_JAR} (to measure another build). */
  Path pluginJar() {
    String jar = System.getenv("MAPGUARD_PLUGIN_JAR");
    return jar == null || jar.isBlank() ? repo.resolve("checker/target/mapguard.jar") : Path.of(jar).toAbsolutePath();
  }
}
