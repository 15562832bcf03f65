package dev.mapguard.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end of {@code check}'s output: how many findings each rule and each file has, most first,
 * so that a long list can be read from its summary.
 */
final class FindingSummary {
  /** Files listed by name; the rest are counted in one line. */
  static final int FILES_SHOWN = 10;

  private final Map<String, Integer> byRule = new TreeMap<>();
  private final Map<String, Integer> byFile = new TreeMap<>();

  void add(String rule, String file) {
    byRule.merge(rule, 1, Integer::sum);
    byFile.merge(file, 1, Integer::sum);
  }

  /** The summary's lines after the total: by rule, then by file; none without findings. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    if (byRule.isEmpty()) return out;
    out.add("  by rule:");
    for (Map.Entry<String, Integer> e : mostFirst(byRule)) out.add(String.format("    %5d  %s", e.getValue(), e.getKey()));
    out.add("  by file:");
    List<Map.Entry<String, Integer>> files = mostFirst(byFile);
    for (Map.Entry<String, Integer> e : files.subList(0, Math.min(FILES_SHOWN, files.size()))) {
      out.add(String.format("    %5d  %s", e.getValue(), e.getKey()));
    }
    if (files.size() > FILES_SHOWN) {
      int rest = files.subList(FILES_SHOWN, files.size()).stream().mapToInt(Map.Entry::getValue).sum();
      out.add(String.format("    %5d  in %d more file(s)", rest, files.size() - FILES_SHOWN));
    }
    return out;
  }

  private static List<Map.Entry<String, Integer>> mostFirst(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    // stable on ties: the maps are sorted by name
    list.sort(Comparator.comparing(Map.Entry<String, Integer>::getValue).reversed());
    return list;
  }
}
