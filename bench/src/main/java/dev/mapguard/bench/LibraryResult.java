package dev.mapguard.bench;

import java.util.List;
import java.util.Map;

/**
 * The measurements of one library: {@code runs} alternating pairs of plain javac and javac with
 * MapGuard.
 *
 * @param plainSeconds    wall time of each plain run
 * @param mapguardSeconds wall time of each MapGuard run (same index = same pair)
 * @param mapguardOwnMs   MapGuard's own time in each MapGuard run (its stats line), -1 if absent
 * @param findingsByRule  findings of the last MapGuard run, by rule
 * @param internalErrors  most internal errors reported by one MapGuard run
 */
record LibraryResult(PreparedLibrary library, List<Double> plainSeconds, List<Double> mapguardSeconds,
                     List<Long> plainRssKb, List<Long> mapguardRssKb, List<Long> mapguardOwnMs,
                     List<Integer> plainExit, List<Integer> mapguardExit,
                     Map<String, Integer> findingsByRule, int internalErrors) {

  double plainMedian() {
    return Numbers.median(plainSeconds);
  }

  double mapguardMedian() {
    return Numbers.median(mapguardSeconds);
  }

  /** The median of the per-pair ratios (each pair ran back to back, so shares the machine's mood). */
  double ratio() {
    List<Double> r = new java.util.ArrayList<>();
    for (int i = 0; i < plainSeconds.size(); i++) r.add(mapguardSeconds.get(i) / plainSeconds.get(i));
    return Numbers.median(r);
  }

  long plainRssMb() {
    return Numbers.medianLong(plainRssKb) / 1024;
  }

  long mapguardRssMb() {
    return Numbers.medianLong(mapguardRssKb) / 1024;
  }

  double rssRatio() {
    return (double) Numbers.medianLong(mapguardRssKb) / Numbers.medianLong(plainRssKb);
  }

  long ownMsMedian() {
    return Numbers.medianLong(mapguardOwnMs);
  }

  int findings() {
    return findingsByRule.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** MapGuard runs that failed although plain javac compiled the library. */
  int javacFailures() {
    int n = 0;
    for (int i = 0; i < mapguardExit.size(); i++) {
      if (mapguardExit.get(i) != 0 && plainExit.get(i) == 0) n++;
    }
    return n;
  }

  boolean plainCompiles() {
    return plainExit.stream().allMatch(c -> c == 0);
  }
}
