package dev.mapguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar, used the way users use it, on every JDK 17+ on the machine (the running one and
 * the others next to it): {@code javac -processorpath mapguard.jar -Xplugin:MapGuard} with no
 * other flags, and {@code java -jar mapguard.jar check}.
 */
class PluginJarIT {
  static final Path JAR = Path.of(System.getProperty("mapguard.jar", "target/mapguard.jar")).toAbsolutePath();
  static final Path EXAMPLE = Path.of(System.getProperty("mapguard.examples", "../examples"))
      .resolve("order-service").toAbsolutePath().normalize();

  @TempDir
  Path out;

  @TestFactory
  Stream<DynamicTest> onEveryJdk() {
    return jdks().stream().flatMap(home -> Stream.of(
        DynamicTest.dynamicTest("javac -Xplugin:MapGuard on " + home, () -> javacPlugin(home)),
        DynamicTest.dynamicTest("java -jar mapguard.jar check on " + home, () -> checkCommand(home))));
  }

  /** The running JDK and every other JDK 17+ installed beside it. */
  static List<Path> jdks() {
    Path running = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>(List.of(running));
    try (Stream<Path> siblings = Files.list(running.getParent())) {
      siblings.map(p -> p.toAbsolutePath().normalize())
          .filter(p -> Files.isExecutable(p.resolve("bin/javac")) && !Files.isSymbolicLink(p))
          .filter(p -> !p.equals(running) && feature(p) >= 17)
          .forEach(out::add);
    } catch (IOException e) {
      // only the running JDK then
    }
    return out.stream().distinct().toList();
  }

  private static int feature(Path home) {
    try {
      String v = Files.readAllLines(home.resolve("release")).stream()
          .filter(l -> l.startsWith("JAVA_VERSION=")).findFirst().orElse("JAVA_VERSION=\"0\"");
      String n = v.substring(v.indexOf('"') + 1).split("[.\"]")[0];
      return Integer.parseInt(n);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  void javacPlugin(Path home) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/javac").toString(), "-d",
        out.resolve("classes-" + home.getFileName()).toString(), "-processorpath", JAR.toString(),
        "-Xplugin:MapGuard"));
    try (Stream<Path> s = Files.walk(EXAMPLE)) {
      s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> cmd.add(p.toString()));
    }
    Result r = exec(cmd);
    assertThat(r.exit).as(r.output).isZero();
    assertThat(r.output).contains("PriceCache.java:25: warning: [UnguardedMapAccess]")
        .contains("PriceCache.java:30: warning: [UnguardedMapAccess]")
        .doesNotContain("SafePriceCache.java:").doesNotContain("[MapGuard]");
  }

  void checkCommand(Path home) throws Exception {
    Result r = exec(List.of(home.resolve("bin/java").toString(), "-jar", JAR.toString(), "check",
        EXAMPLE.toString()));
    assertThat(r.exit).as(r.output).isZero();
    assertThat(r.output).contains("[UnguardedMapAccess]").contains("MapGuard: 2 finding(s) in 4 file(s).");
  }

  record Result(int exit, String output) {}

  static Result exec(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + cmd);
    }
    return new Result(p.exitValue(), output);
  }
}
