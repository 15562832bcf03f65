package dev.mapguard.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One test input: a single {@code .java} file, or a folder of them compiled together. Expected
 * findings are written on the offending line: {@code map.put(k, v); // expect: UnguardedMapAccess}
 * (several rules separated by commas), optionally followed by words the message must contain, in
 * quotes: {@code // expect: UnguardedMapAccess "another client thread"} (compared with runs of
 * white space made single spaces). A file may start with directives:
 * {@code // options: level=error} (plugin options), {@code // requires-jdk: 21}, and
 * {@code // known-gap: why} (a case MapGuard is known to get wrong: reported as skipped, with the
 * reason, until it is fixed; the expectations still say what is right).
 */
public record Scenario(String name, Path root, List<Path> files, List<Expectation> expected,
                Map<Expectation, String> words, String options, int requiresJdk, String knownGap) {

  private static final Pattern EXPECT =
      Pattern.compile("//\\s*expect:\\s*([A-Za-z, ]+?)\\s*(?:\"([^\"]+)\")?\\s*$");
  private static final Pattern OPTIONS = Pattern.compile("^//\\s*options:\\s*(.*)$");
  private static final Pattern JDK = Pattern.compile("^//\\s*requires-jdk:\\s*(\\d+)\\s*$");
  private static final Pattern GAP = Pattern.compile("^//\\s*known-gap:\\s*(.+)$");

  public static Scenario load(Path testInputs, Path path) {
    List<Path> files;
    try (Stream<Path> s = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Expectation> expected = new ArrayList<>();
    Map<Expectation, String> words = new HashMap<>();
    String options = "";
    int jdk = 0;
    String gap = null;
    for (Path f : files) {
      List<String> lines;
      try {
        lines = Files.readAllLines(f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher m = EXPECT.matcher(line);
        if (m.find()) {
          for (String rule : m.group(1).split(",")) {
            if (rule.isBlank()) continue;
            Expectation e = new Expectation(f.getFileName().toString(), i + 1, rule.strip());
            expected.add(e);
            if (m.group(2) != null) words.put(e, m.group(2));
          }
        }
        Matcher o = OPTIONS.matcher(line.strip());
        if (o.matches()) options = o.group(1).strip();
        Matcher j = JDK.matcher(line.strip());
        if (j.matches()) jdk = Integer.parseInt(j.group(1));
        Matcher g = GAP.matcher(line.strip());
        if (g.matches()) gap = g.group(1).strip();
      }
    }
    String name = testInputs.relativize(path).toString().replace('\\', '/');
    return new Scenario(name, path, files, expected, words, options, jdk, gap);
  }
}
