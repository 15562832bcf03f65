package dev.mapguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  static final Path EXAMPLES = Path.of(System.getProperty("mapguard.testInputs", "../test-inputs"))
      .resolveSibling("examples").toAbsolutePath().normalize();

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** {@code gate ARGS... --srcroot SRCROOT}. */
  static Run gate(Path srcRoot, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "gate";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--srcroot";
    all[args.length + 2] = srcRoot.toString();
    return run(all);
  }

  @Test
  void findsTheBugInTheExampleServiceAndNotInItsSafeTwin() {
    Run r = run("check", EXAMPLES.resolve("order-service").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("PriceCache.java:25: warning: [UnguardedMapAccess]")
        .contains("PriceCache.java:30: warning: [UnguardedMapAccess]")
        .doesNotContain("SafePriceCache.java").doesNotContain("OrderBook.java")
        .contains("MapGuard: 2 finding(s) in 4 file(s).");
    assertThat(r.out()).as("a short first line, the source line, then the details")
        .contains("[UnguardedMapAccess] PriceCache.pricesInCents: write (put) here races with read"
            + " (get) at PriceCache.java:30" + System.lineSeparator() + "      pricesInCents.put(")
        .contains("rule: https://github.com/mapguard/mapguard/blob/main/docs/rules/UnguardedMapAccess.md");
    assertThat(r.out().substring(r.out().indexOf("MapGuard: 2 finding(s)"))).isEqualTo(String.join(
        System.lineSeparator(), "MapGuard: 2 finding(s) in 4 file(s).", "  by rule:",
        "        2  UnguardedMapAccess", "  by file:",
        "        2  " + EXAMPLES.resolve("order-service/src/main/java/com/example/orders/PriceCache.java"),
        ""));
  }

  @Test
  void levelErrorMakesFindingsFailTheCheck() {
    Run r = run("check", "--level", "error", EXAMPLES.resolve("order-service").toString());
    assertThat(r.exit()).isEqualTo(CheckCommand.FINDINGS);
    assertThat(r.out()).contains(": error: [UnguardedMapAccess]").contains("2 at error level");
  }

  @Test
  void sourcesThatDoNotCompileAreNotAnalysedAndSaySo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Broken.java"), "class Broken { void f() { undefined(); } }");
    Run r = run("check", dir.toString());
    assertThat(r.exit()).isEqualTo(CheckCommand.DOES_NOT_COMPILE);
    assertThat(r.out()).contains("Broken.java:1: error:");
    assertThat(r.err()).contains("the sources do not compile (1 javac errors); MapGuard did not analyse them");
  }

  @Test
  void aClasspathEntryThatIsMissingOrNotAJarIsNamedInOneLine(@TempDir Path dir) throws IOException {
    Path source = EXAMPLES.resolve("order-service");
    Path notAJar = Files.writeString(dir.resolve("lib.jar"), "not a zip");
    Run corrupt = run("check", "--classpath", notAJar.toString(), source.toString());
    assertThat(corrupt.exit()).isEqualTo(Main.USAGE);
    assertThat(corrupt.err()).contains("--classpath entry " + notAJar + " is neither a folder nor a jar file")
        .doesNotContain("do not compile");
    Path missing = dir.resolve("missing.jar");
    Run absent = run("check", "--classpath", dir + java.io.File.pathSeparator + missing, source.toString());
    assertThat(absent.exit()).isEqualTo(Main.USAGE);
    assertThat(absent.err()).contains("--classpath entry " + missing + " does not exist");
    // folders, real jars, empty entries and javac's dir/* form pass
    Path jar = dir.resolve("real.jar");
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("a/A.class"));
      zip.closeEntry();
    }
    String sep = java.io.File.pathSeparator;
    assertThat(ClasspathEntries.problem(dir + sep + sep + jar + sep + dir.resolve("*"))).isNull();
  }

  @Test
  void usageErrorsExitWithTwoAndOneLine(@TempDir Path dir) {
    assertThat(run("check").exit()).isEqualTo(Main.USAGE);
    Run missing = run("check", dir.resolve("nope").toString());
    assertThat(missing.exit()).isEqualTo(Main.USAGE);
    assertThat(missing.err()).contains("no such file or folder");
    Run empty = run("check", dir.toString());
    assertThat(empty.exit()).isEqualTo(Main.USAGE);
    assertThat(empty.err()).contains("no .java files under");
    Run badRule = run("check", "--disable", "Nope", EXAMPLES.resolve("order-service").toString());
    assertThat(badRule.exit()).isEqualTo(Main.USAGE);
    assertThat(badRule.err()).startsWith("mapguard: unknown rule Nope in --disable; valid rules: ");
    Run release = run("check", "--release", "99", EXAMPLES.resolve("order-service").toString());
    assertThat(release.exit()).isEqualTo(Main.USAGE);
    assertThat(release.err()).startsWith("mapguard: --release 99 is not one this JDK (Java "
        + Runtime.version().feature() + ") compiles for: give 8 to ");
    Run level = run("check", "--level", "fatal", EXAMPLES.resolve("order-service").toString());
    assertThat(level.err()).startsWith("mapguard: bad value 'fatal' for --level; use --level warning or --level error");
    assertThat(level.out()).as("nothing pinned to a source file").isEmpty();
    Run encoding = run("check", "--encoding", "nope", EXAMPLES.resolve("order-service").toString());
    assertThat(encoding.err()).startsWith("mapguard: --encoding nope is not an encoding this JDK knows");
    Run top = run();
    assertThat(top.err()).contains("Try 'java -jar mapguard.jar --help'.");
    assertThat(run("frobnicate").exit()).isEqualTo(Main.USAGE);
  }
}
