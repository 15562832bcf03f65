package dev.mapguard.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A seeded random sample of a library's findings, stratified by rule: each rule gets its share of
 * the sample and at least 2 when it has findings. Each finding's place in the draw is a hash of
 * the seed and its fingerprint, not its position in the run, so a finding that stays reported
 * keeps its chance of being drawn from one run to the next and the sample changes only where the
 * findings did.
 */
final class StratifiedSample {
  static final int SIZE = 20;
  static final int MIN_PER_RULE = 2;

  private StratifiedSample() {}

  /** The findings drawn, by rule in name order, each rule's in draw order. */
  static List<SarifFindings.Finding> draw(List<SarifFindings.Finding> findings, long seed, int size) {
    Map<String, List<SarifFindings.Finding>> byRule = new TreeMap<>();
    for (SarifFindings.Finding f : findings) byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
    Map<String, Integer> counts = new LinkedHashMap<>();
    byRule.forEach((rule, list) -> counts.put(rule, list.size()));
    Map<String, Integer> quotas = quotas(counts, size);
    List<SarifFindings.Finding> out = new ArrayList<>();
    byRule.forEach((rule, list) -> list.stream()
        .sorted(Comparator.comparingLong((SarifFindings.Finding f) -> rank(seed, f.fingerprint()))
            .thenComparing(SarifFindings.Finding::fingerprint))
        .limit(quotas.get(rule)).forEach(out::add));
    return out;
  }

  /**
   * How many findings of each rule to draw: all if there are at most {@code size}; otherwise each
   * rule its proportional share (largest remainders), at least {@link #MIN_PER_RULE} (or all it
   * has), never more than it has. The minimums are taken from the largest shares, so the total is
   * {@code size} unless there are too many rules to give each its minimum.
   */
  static Map<String, Integer> quotas(Map<String, Integer> counts, int size) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Integer> out = new LinkedHashMap<>();
    if (total <= size) {
      out.putAll(counts);
      return out;
    }
    Map<String, Double> ideal = new LinkedHashMap<>();
    counts.forEach((rule, n) -> ideal.put(rule, (double) size * n / total));
    counts.forEach((rule, n) -> out.put(rule, Math.max(floorOf(rule, counts, ideal), Math.min(n, MIN_PER_RULE))));
    while (sum(out) < size) { // the largest remainder that still has findings left
      String best = null;
      for (String rule : counts.keySet()) {
        if (out.get(rule) >= counts.get(rule)) continue;
        if (best == null || ideal.get(rule) - out.get(rule) > ideal.get(best) - out.get(best)) best = rule;
      }
      if (best == null) break;
      out.merge(best, 1, Integer::sum);
    }
    while (sum(out) > size) { // the most over-served rule (relative to its share) above its minimum
      String worst = null;
      for (String rule : counts.keySet()) {
        if (out.get(rule) <= Math.min(counts.get(rule), MIN_PER_RULE)) continue;
        if (worst == null || out.get(rule) / ideal.get(rule) > out.get(worst) / ideal.get(worst)) worst = rule;
      }
      if (worst == null) break;
      out.merge(worst, -1, Integer::sum);
    }
    return out;
  }

  private static int floorOf(String rule, Map<String, Integer> counts, Map<String, Double> ideal) {
    return Math.min(counts.get(rule), (int) Math.floor(ideal.get(rule)));
  }

  private static int sum(Map<String, Integer> m) {
    return m.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The finding's place in the draw: the first 8 bytes of SHA-256(seed:fingerprint). */
  static long rank(long seed, String fingerprint) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest((seed + ":" + fingerprint).getBytes(StandardCharsets.UTF_8));
      long r = 0;
      for (int i = 0; i < 8; i++) r = (r << 8) | (d[i] & 0xff);
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
