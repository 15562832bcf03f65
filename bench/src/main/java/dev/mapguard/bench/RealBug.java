package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One bug of {@code bench/realbugs/bugs.tsv}: the version before its fix and the version after. */
record RealBug(String name, Version buggy, Version fixed) {

  /**
   * One side of a bug (see the file's header for the columns): what to compile, and where the map
   * field is accessed in it.
   */
  record Version(String side, Coordinates artifact, List<String> compile, String file, String field,
                 List<Integer> lines, List<Coordinates> extra, List<String> drop, String note) {}

  static List<RealBug> load(Path tsv) throws IOException {
    Map<String, Map<String, Version>> sides = new LinkedHashMap<>();
    for (TsvFile.Row c : TsvFile.read(tsv, 10)) {
      String side = c.cell(1);
      if (!side.equals("buggy") && !side.equals("fixed")) {
        throw c.error("side is 'buggy' or 'fixed', not '" + side + "'");
      }
      Version v = new Version(side, Coordinates.parse(c.cell(2)), c.list(3), c.cell(4), c.cell(5),
          c.list(6).stream().map(Integer::parseInt).toList(), c.list(7).stream().map(Coordinates::parse).toList(),
          c.list(8), c.cell(9));
      if (sides.computeIfAbsent(c.cell(0), k -> new LinkedHashMap<>()).put(side, v) != null) {
        throw c.error("a second " + side + " row for " + c.cell(0));
      }
    }
    List<RealBug> out = new ArrayList<>();
    sides.forEach((name, v) -> {
      if (v.size() != 2) throw new IllegalArgumentException(tsv + ": " + name + " needs a buggy and a fixed row");
      out.add(new RealBug(name, v.get("buggy"), v.get("fixed")));
    });
    return out;
  }
}
