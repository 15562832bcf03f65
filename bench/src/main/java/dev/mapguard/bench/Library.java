package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of {@code bench/libraries.tsv}: a real library compiled from its sources jars (see the
 * file's header for the columns).
 */
record Library(String name, int jdk, List<Coordinates> artifacts, List<Coordinates> extra,
               List<String> exclude, List<String> drop, List<String> flags) {

  static List<Library> load(Path tsv) throws IOException {
    List<Library> out = new ArrayList<>();
    boolean header = true;
    int lineNo = 0;
    for (String line : Files.readAllLines(tsv)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      if (header) { // the column names
        header = false;
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 7) {
        throw new IllegalArgumentException(tsv + ":" + lineNo + ": expected 7 tab-separated columns, found " + c.length);
      }
      out.add(new Library(c[0].strip(), Integer.parseInt(c[1].strip()),
          list(c[2]).stream().map(Coordinates::parse).toList(),
          list(c[3]).stream().map(Coordinates::parse).toList(),
          list(c[4]), list(c[5]), c[6].strip().equals("-") ? List.of()
              : Arrays.asList(c[6].strip().split("\\s+"))));
    }
    return out;
  }

  private static List<String> list(String cell) {
    String s = cell.strip();
    if (s.isEmpty() || s.equals("-")) return List.of();
    return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }
}
