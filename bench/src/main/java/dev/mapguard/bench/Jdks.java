package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK by feature version: {@code MAPGUARD_JDK_<N>} if set, else the JDK running the
 * bench if it has that version, else a JDK under /usr/lib/jvm whose {@code release} file says so.
 */
final class Jdks {
  private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

  private Jdks() {}

  static Path home(int feature) throws IOException {
    String env = System.getenv("MAPGUARD_JDK_" + feature);
    if (env != null && !env.isBlank()) return Path.of(env);
    Path running = Path.of(System.getProperty("java.home"));
    if (Runtime.version().feature() == feature && Files.exists(running.resolve("bin/javac"))) return running;
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      List<Path> homes;
      try (Stream<Path> s = Files.list(jvms)) {
        homes = s.sorted().toList();
      }
      for (Path h : homes) {
        Path release = h.resolve("release");
        if (!Files.exists(release) || !Files.exists(h.resolve("bin/javac"))) continue;
        Matcher m = VERSION.matcher(Files.readString(release));
        if (m.find() && Integer.parseInt(m.group(1)) == feature) return h.toRealPath();
      }
    }
    throw new IOException("no JDK " + feature + " found: install one or set MAPGUARD_JDK_" + feature);
  }

  static Path javac(int feature) throws IOException {
    return home(feature).resolve("bin/javac");
  }
}
