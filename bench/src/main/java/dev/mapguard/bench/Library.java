package dev.mapguard.bench;

import java.io.IOException;
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
    for (TsvFile.Row c : TsvFile.read(tsv, 7)) {
      out.add(new Library(c.cell(0), Integer.parseInt(c.cell(1)),
          c.list(2).stream().map(Coordinates::parse).toList(),
          c.list(3).stream().map(Coordinates::parse).toList(),
          c.list(4), c.list(5), c.cell(6).equals("-") ? List.of() : Arrays.asList(c.cell(6).split("\\s+"))));
    }
    return out;
  }
}
