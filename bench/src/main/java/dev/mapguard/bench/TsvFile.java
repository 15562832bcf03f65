package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bench's data files (libraries.tsv, realbugs/bugs.tsv): '#' comment lines, a line of column
 * names, then one tab-separated row per line; "-" is an empty cell.
 */
final class TsvFile {
  /** One row: its cells and where it is, for messages. */
  record Row(Path file, int lineNo, List<String> cells) {
    String cell(int i) {
      return cells.get(i).strip();
    }

    /** A comma-separated cell as a list ("-" or blank: empty). */
    List<String> list(int i) {
      return TsvFile.list(cells.get(i));
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(file + ":" + lineNo + ": " + what);
    }
  }

  private TsvFile() {}

  /** The rows after the column names, each checked to have {@code columns} cells. */
  static List<Row> read(Path tsv, int columns) throws IOException {
    List<Row> out = new ArrayList<>();
    boolean header = true;
    int lineNo = 0;
    for (String line : Files.readAllLines(tsv)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      if (header) { // the column names
        header = false;
        continue;
      }
      Row row = new Row(tsv, lineNo, List.of(line.split("\t", -1)));
      if (row.cells().size() != columns) {
        throw row.error("expected " + columns + " tab-separated columns, found " + row.cells().size());
      }
      out.add(row);
    }
    return out;
  }

  static List<String> list(String cell) {
    String s = cell.strip();
    if (s.isEmpty() || s.equals("-")) return List.of();
    return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }
}
