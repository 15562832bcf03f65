package dev.mapguard.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapguard.cli.Main;
import dev.mapguard.harness.ScenarioCompiler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annotate} writes only the inserted lines: every other byte of the file (CRLF, tabs,
 * comments next to the field, records, text blocks) stays as it was, and a second run changes
 * nothing.
 */
class AnnotateTest {
  private static Path stubs;

  @TempDir
  Path dir;

  @BeforeAll
  static void compileStubs() {
    stubs = ScenarioCompiler.compileStubs(TestInputs.ROOT.resolve("stubs"));
  }

  /** A class whose map is always used under its lock, laid out in awkward ways. */
  private static final String AWKWARD = String.join("\n",
      "package shop;",
      "",
      "import java.util.HashMap;",
      "import java.util.Map;",
      "",
      "/** Keeps carts. */",
      "public class Carts {",
      "\tprivate final Object lock = new Object();",
      "\t// carts by user; a comment right above the field",
      "\tprivate final Map<String, Integer> carts = new HashMap<>(); // and one after it",
      "\t/** Javadoc of a field that already has an annotation on its line. */",
      "\t@Deprecated private final Map<String, String> notes = new HashMap<>();",
      "",
      "\trecord Item(String sku, int count) {}",
      "",
      "\tpublic void add(Item item) {",
      "\t\tsynchronized (lock) {",
      "\t\t\tcarts.merge(item.sku(), item.count(), Integer::sum);",
      "\t\t\tnotes.put(item.sku(), \"\"\"",
      "\t\t\t\tadded",
      "\t\t\t\t\"\"\");",
      "\t\t}",
      "\t}",
      "",
      "\tpublic int count(String sku) {",
      "\t\tsynchronized (lock) {",
      "\t\t\treturn carts.getOrDefault(sku, 0) + notes.size();",
      "\t\t}",
      "\t}",
      "}",
      "");

  @Test
  void crlfTabsCommentsRecordsAndTextBlocksSurviveByteForByte() throws IOException {
    String original = AWKWARD.replace("\n", "\r\n");
    Path file = write("Carts.java", original);
    Annotator.Report report = Annotator.run(List.of(file), stubs.toString(), null, Flavour.JSR305, 0.75, true);
    assertThat(report.failure()).isNull();
    String updated = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(inserted(original, updated)).containsExactly(
        "import javax.annotation.concurrent.GuardedBy;\r\n",
        "\t@GuardedBy(\"lock\")\r\n",
        "\t@GuardedBy(\"lock\")\r\n");
    assertThat(updated).contains("\t// carts by user; a comment right above the field\r\n\t@GuardedBy(\"lock\")\r\n"
        + "\tprivate final Map<String, Integer> carts");
    assertThat(updated).contains("\t/** Javadoc of a field that already has an annotation on its line. */\r\n"
        + "\t@GuardedBy(\"lock\")\r\n\t@Deprecated private final Map<String, String> notes");

    Annotator.Report again = Annotator.run(List.of(file), stubs.toString(), null, Flavour.JSR305, 0.75, true);
    assertThat(again.annotations()).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(updated);
  }

  @Test
  void dryRunPrintsAUnifiedDiffAndChangesNothing() throws IOException {
    Path file = write("Carts.java", AWKWARD);
    Output out = main("annotate", "--dry-run", "--flavour", "errorprone", "--classpath", stubs.toString(),
        dir.toString());
    assertThat(out.code).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(AWKWARD);
    // the import goes in order: before java.util's
    assertThat(out.out).contains("--- a/", "+++ b/", "@@ -1,15 +1,18 @@",
        "+import com.google.errorprone.annotations.concurrent.GuardedBy;\n import java.util.HashMap;",
        " \t// carts by user; a comment right above the field\n+\t@GuardedBy(\"lock\")\n"
            + " \tprivate final Map<String, Integer> carts",
        "would add 2 annotation(s) in 1 file(s)");
  }

  @Test
  void checkerFlavourAnnotatesHelpersWithHolding() throws IOException {
    String source = String.join("\n",
        "import java.util.HashMap;",
        "import java.util.Map;",
        "",
        "class Counter {",
        "  private final Map<String, Integer> counts = new HashMap<>();",
        "",
        "  synchronized void hit(String k) {",
        "    bump(k);",
        "  }",
        "",
        "  synchronized int get(String k) {",
        "    return counts.getOrDefault(k, 0);",
        "  }",
        "",
        "  private void bump(String k) {",
        "    counts.merge(k, 1, Integer::sum);",
        "  }",
        "}",
        "");
    Path file = write("Counter.java", source);
    Annotator.run(List.of(file), stubs.toString(), null, Flavour.CHECKER, 0.75, true);
    assertThat(inserted(source, Files.readString(file, StandardCharsets.UTF_8))).containsExactly(
        "import org.checkerframework.checker.lock.qual.GuardedBy;\n",
        "import org.checkerframework.checker.lock.qual.Holding;\n",
        "  @GuardedBy(\"this\")\n",
        "  @Holding(\"this\")\n");
  }

  @Test
  void autoUsesTheFlavourTheSourcesAlreadyUse() throws IOException {
    write("Old.java", String.join("\n",
        "import java.util.HashMap;",
        "import java.util.Map;",
        "import net.jcip.annotations.GuardedBy;",
        "class Old {",
        "  @GuardedBy(\"this\") private final Map<String, String> m = new HashMap<>();",
        "  synchronized void put(String k) { m.put(k, k); }",
        "}",
        ""));
    Path file = write("Carts.java", AWKWARD);
    Annotator.Report report = Annotator.run(List.of(dir.resolve("Old.java"), file), stubs.toString(), null,
        null, 0.75, true);
    assertThat(report.flavour()).isEqualTo(Flavour.JCIP);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("import net.jcip.annotations.GuardedBy;");
  }

  @Test
  void aClashingSimpleNameIsWrittenQualified() throws IOException {
    String source = AWKWARD.replace("import java.util.Map;\n", "import java.util.Map;\nimport other.GuardedBy;\n");
    write("other/GuardedBy.java", "package other;\npublic @interface GuardedBy { String value(); }\n");
    Path file = write("Carts.java", source);
    Annotator.run(List.of(file, dir.resolve("other/GuardedBy.java")), stubs.toString(), null, Flavour.JSR305,
        0.75, true);
    String updated = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(updated).contains("\t@javax.annotation.concurrent.GuardedBy(\"lock\")\n")
        .doesNotContain("import javax.annotation.concurrent.GuardedBy;");
  }

  @Test
  void withoutAFlavourInUseOrOnTheClasspathItWritesErrorPronesAndSaysSo() throws IOException {
    Path file = write("Carts.java", AWKWARD);
    Output out = main("annotate", dir.toString());
    assertThat(out.code).isZero();
    assertThat(out.out).contains("writing Error Prone's (com.google.errorprone:error_prone_annotations);"
        + " --flavour jsr305|jcip|checker|androidx chooses another");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("import com.google.errorprone.annotations.concurrent.GuardedBy;");
  }

  @Test
  void sourcesThatDoNotCompileAreLeftAlone() throws IOException {
    Path file = write("Broken.java", "class Broken { int x = ; }\n");
    Output out = main("annotate", "--flavour", "jsr305", dir.toString());
    assertThat(out.code).isEqualTo(3);
    assertThat(out.err).contains("do not compile");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("class Broken { int x = ; }\n");
  }

  /** The lines of {@code updated} (with their line endings) that are not in {@code original}; fails unless the rest is identical. */
  static List<String> inserted(String original, String updated) {
    List<String> a = splitKeepingEnds(original);
    List<String> b = splitKeepingEnds(updated);
    List<String> extra = new ArrayList<>();
    int i = 0;
    for (String line : b) {
      if (i < a.size() && a.get(i).equals(line)) {
        i++;
      } else {
        extra.add(line);
      }
    }
    assertThat(i).as("every original line, unchanged and in order").isEqualTo(a.size());
    return extra;
  }

  private static List<String> splitKeepingEnds(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) == '\n') {
        out.add(s.substring(start, k + 1));
        start = k + 1;
      }
    }
    if (start < s.length()) out.add(s.substring(start));
    return out;
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private record Output(int code, String out, String err) {}

  private static Output main(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
