package dev.mapguard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StratifiedSampleTest {
  static SarifFindings.Finding finding(String rule, int n) {
    return new SarifFindings.Finding("mapguard/v1=" + rule + n + ":1", rule, "a/B.java:" + n, "m" + n, List.of());
  }

  static List<SarifFindings.Finding> findings(Map<String, Integer> counts) {
    List<SarifFindings.Finding> out = new ArrayList<>();
    counts.forEach((rule, n) -> {
      for (int i = 1; i <= n; i++) out.add(finding(rule, i));
    });
    return out;
  }

  @Test
  void allFindingsWhenThereAreFewerThanTheSize() {
    assertEquals(Map.of("A", 7, "B", 3), StratifiedSample.quotas(Map.of("A", 7, "B", 3), 20));
  }

  @Test
  void eachRuleItsShareAndAtLeastTwo() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("Big", 300);
    counts.put("Mid", 90);
    counts.put("Rare", 1);
    counts.put("Small", 9);
    Map<String, Integer> q = StratifiedSample.quotas(counts, 20);
    assertEquals(20, q.values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(1, q.get("Rare"), "all it has");
    assertEquals(2, q.get("Small"), "the minimum, above its share of 0.45");
    assertEquals(4, q.get("Mid"), "its share of 4.5, after the minimums are paid for");
    assertEquals(13, q.get("Big"));
  }

  @Test
  void tooManyRulesForTheSizeGiveEachItsMinimum() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) counts.put("R" + i, 5);
    Map<String, Integer> q = StratifiedSample.quotas(counts, 20);
    q.values().forEach(n -> assertEquals(2, n));
  }

  @Test
  void theDrawIsSeededAndStableWhenOtherFindingsComeAndGo() {
    List<SarifFindings.Finding> before = findings(Map.of("A", 100));
    List<SarifFindings.Finding> drawn = StratifiedSample.draw(before, 42, 20);
    assertEquals(drawn, StratifiedSample.draw(before, 42, 20));
    assertTrue(!drawn.equals(StratifiedSample.draw(before, 43, 20)), "another seed, another sample");
    // a finding that was not drawn disappears: every drawn finding is drawn again
    List<SarifFindings.Finding> after = new ArrayList<>(before);
    after.removeIf(f -> !drawn.contains(f) && f.location().endsWith(":7"));
    assertEquals(drawn, StratifiedSample.draw(after, 42, 20));
  }
}
