package dev.mapguard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Fetches each library's sources jars and resolves its compile classpath with Maven, once, into a
 * cache folder outside git. A library whose cache is complete (its {@code prepared.properties}
 * exists) is not fetched again; delete its folder to refetch.
 */
final class LibraryCache {
  private final Path root;
  private final Maven maven;

  LibraryCache(Path root, Maven maven) {
    this.root = root;
    this.maven = maven;
  }

  PreparedLibrary prepare(Library lib) throws IOException, InterruptedException {
    Path dir = root.resolve(lib.name());
    Path done = dir.resolve("prepared.properties");
    Path sourcesFile = dir.resolve("sources.txt");
    Path classpathFile = dir.resolve("classpath.txt");
    if (Files.exists(done)) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(done)) {
        p.load(in);
      }
      if (p.getProperty("key", "").equals(key(lib))) {
        return new PreparedLibrary(lib, sourcesFile, readList(classpathFile),
            Integer.parseInt(p.getProperty("files")), Long.parseLong(p.getProperty("lines")));
      }
    }
    deleteTree(dir);
    Files.createDirectories(dir);
    Path downloads = dir.resolve("downloads");
    Files.createDirectories(downloads);
    Path log = dir.resolve("maven.log");

    Set<Path> classpath = new LinkedHashSet<>();
    List<Path> sources = new ArrayList<>();
    for (Coordinates c : lib.artifacts()) {
      maven.copy(c.artifact("jar", "sources"), downloads, log);
      maven.copy(c.artifact("pom", null), downloads, log);
      Path published = downloads.resolve(c.artifactId() + "-" + c.version() + ".pom");
      Path pomDir = dir.resolve("pom-" + c.artifactId());
      Files.createDirectories(pomDir);
      Path pom = pomDir.resolve("pom.xml");
      PomEditor.writeResolvable(published, pom, lib.drop());
      classpath.addAll(maven.compileClasspath(pom, log));
      Path srcDir = dir.resolve("src").resolve(c.artifactId());
      sources.addAll(unpackSources(downloads.resolve(c.artifactId() + "-" + c.version() + "-sources.jar"),
          srcDir, lib.exclude()));
    }
    // the library's own jars must not stand in for the sources being compiled
    Set<String> own = new LinkedHashSet<>();
    for (Coordinates c : lib.artifacts()) own.add(c.jarName());
    classpath.removeIf(p -> own.contains(p.getFileName().toString()));
    if (!lib.extra().isEmpty()) {
      Path extraDir = dir.resolve("pom-extra");
      Files.createDirectories(extraDir);
      Path pom = extraDir.resolve("pom.xml");
      Files.writeString(pom, PomEditor.consumer(lib.name() + "-extra", lib.extra()));
      classpath.addAll(maven.compileClasspath(pom, log));
    }
    sources.sort(null);
    long lines = 0;
    for (Path s : sources) lines += countLines(s);
    Files.write(sourcesFile, sources.stream().map(LibraryCache::quoteForArgFile).toList());
    Files.write(classpathFile, classpath.stream().map(Path::toString).toList());
    Properties p = new Properties();
    p.setProperty("key", key(lib));
    p.setProperty("files", Integer.toString(sources.size()));
    p.setProperty("lines", Long.toString(lines));
    try (var out = Files.newOutputStream(done)) {
      p.store(out, "prepared by bench/realworld");
    }
    return new PreparedLibrary(lib, sourcesFile, List.copyOf(classpath), sources.size(), lines);
  }

  /** What the cache was built from: a changed row in libraries.tsv invalidates it. */
  private static String key(Library lib) {
    return lib.artifacts() + "|" + lib.extra() + "|" + lib.exclude() + "|" + lib.drop();
  }

  /** Unpacks the .java files of a sources jar, except module-info and excluded paths. */
  private static List<Path> unpackSources(Path jar, Path dest, List<String> exclude) throws IOException {
    List<PathMatcher> skip = new ArrayList<>();
    for (String glob : exclude) skip.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    List<Path> out = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        String name = e.getName();
        if (e.isDirectory() || !name.endsWith(".java") || name.endsWith("module-info.java")) continue;
        Path rel = Path.of(name);
        if (skip.stream().anyMatch(m -> m.matches(rel))) continue;
        Path target = dest.resolve(name).normalize();
        if (!target.startsWith(dest)) continue; // a hostile entry name
        Files.createDirectories(target.getParent());
        Files.copy(zip, target);
        out.add(target);
      }
    }
    return out;
  }

  static long countLines(Path file) throws IOException {
    long n = 0;
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) if (b == '\n') n++;
    if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') n++;
    return n;
  }

  private static String quoteForArgFile(Path p) {
    return "\"" + p.toString().replace("\\", "\\\\") + "\"";
  }

  private static List<Path> readList(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
