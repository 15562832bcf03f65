package dev.mapguard.cli;

import dev.mapguard.annotate.Flavour;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The jar of a {@code @GuardedBy} flavour for {@code annotate}'s classpath. Once {@code annotate}
 * has written Error Prone's {@code @GuardedBy} into the sources, they do not compile without its
 * jar; a second run must not stop there. The jar is looked up in the local Maven repository
 * (where a Maven build of the project has put it); without it, one line says how to get it.
 */
final class AnnotationJars {
  /** Versions to name in the advice: the newest each flavour's jar had when this was written. */
  private static final Map<Flavour, String> VERSIONS = Map.of(Flavour.ERRORPRONE, "2.42.0",
      Flavour.JSR305, "3.0.2", Flavour.JCIP, "1.0", Flavour.CHECKER, "3.52.1", Flavour.ANDROIDX, "1.9.1");

  private AnnotationJars() {}

  /** The flavours whose annotations the sources import. */
  static Set<Flavour> usedIn(List<Path> sources) {
    Set<Flavour> used = EnumSet.noneOf(Flavour.class);
    for (Path source : sources) {
      String text;
      try {
        text = Files.readString(source, java.nio.charset.StandardCharsets.ISO_8859_1); // any bytes
      } catch (IOException e) {
        continue; // javac reports an unreadable file
      }
      for (Flavour f : Flavour.values()) {
        if (text.contains(f.fieldAnnotation()) || text.contains(f.methodAnnotation())) used.add(f);
      }
    }
    return used;
  }

  /** Whether {@code classpath} holds the flavour's field annotation. */
  static boolean onClasspath(String classpath, Flavour f) {
    if (classpath == null || classpath.isBlank()) return false;
    String entry = f.fieldAnnotation().replace('.', '/') + ".class";
    for (String part : classpath.split(File.pathSeparator)) {
      Path p = Path.of(part);
      if (Files.isDirectory(p) && Files.exists(p.resolve(entry))) return true;
      if (Files.isRegularFile(p)) {
        try (JarFile jar = new JarFile(p.toFile())) {
          if (jar.getEntry(entry) != null) return true;
        } catch (IOException e) {
          // not a jar: check's classpath validation says so
        }
      }
    }
    return false;
  }

  /** The newest version of the flavour's jar in the local Maven repository. */
  static Optional<Path> inLocalRepository(Flavour f) {
    String[] ga = f.artifact().split(":");
    String repo = System.getProperty("maven.repo.local",
        Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    Path dir = Path.of(repo, ga[0].split("\\.")).resolve(ga[1]);
    if (!Files.isDirectory(dir)) return Optional.empty();
    try (Stream<Path> versions = Files.list(dir)) {
      return versions.map(v -> v.resolve(ga[1] + "-" + v.getFileName() + ".jar")).filter(Files::isRegularFile)
          .max(Comparator.comparing(jar -> versionOf(jar, ga[1]), AnnotationJars::compareVersions));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String versionOf(Path jar, String artifactId) {
    String name = jar.getFileName().toString();
    return name.substring(artifactId.length() + 1, name.length() - ".jar".length());
  }

  /** 2.10.0 after 2.9.1: numbers compared as numbers, a qualifier (-rc1) as text. */
  static int compareVersions(String a, String b) {
    String[] x = a.split("[.-]");
    String[] y = b.split("[.-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String p = i < x.length ? x[i] : "0";
      String q = i < y.length ? y[i] : "0";
      int c = p.matches("\\d+") && q.matches("\\d+")
          ? Long.compare(Long.parseLong(p), Long.parseLong(q)) : p.compareTo(q);
      if (c != 0) return c;
    }
    return 0;
  }

  /** One line: how to get the jar with Maven. */
  static String advice(Flavour f) {
    String where = f == Flavour.ANDROIDX ? " (from Google's Maven repository)" : "";
    return "the sources use " + f.fieldAnnotation() + ", which is not on --classpath nor in the local"
        + " Maven repository: get it with 'mvn dependency:get -Dartifact=" + f.artifact() + ":"
        + VERSIONS.get(f) + "'" + where + " and add its jar to --classpath";
  }
}
