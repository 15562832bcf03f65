package dev.mapguard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RealBugTest {
  private static final RealBug.Version BUGGY = new RealBug.Version("buggy", Coordinates.parse("g:a:1"),
      List.of("a/**"), "a/Cache.java", "Cache.map", List.of(40, 50), List.of(), List.of(), "");

  private static SarifResults.Result result(String rule, SarifResults.Place... places) {
    return new SarifResults.Result(rule, "m", List.of(places));
  }

  private static SarifResults.Place at(String uri, int line) {
    return new SarifResults.Place(uri, line);
  }

  @Test
  void theDataFileHasFourBugsEachWithBothSides() throws Exception {
    List<RealBug> bugs = RealBug.load(Path.of("realbugs/bugs.tsv")); // surefire runs in bench/
    assertEquals(List.of("tomcat-bz50078", "dbcp-369", "datajpa-620", "spring-26183"),
        bugs.stream().map(RealBug::name).toList());
    for (RealBug b : bugs) {
      assertFalse(b.buggy().lines().isEmpty(), b.name());
      assertFalse(b.fixed().lines().isEmpty(), b.name());
    }
  }

  @Test
  void aRaceFindingAtAListedLineOrRelatedLineFlagsTheField() {
    FieldFindings f = FieldFindings.of(BUGGY, List.of(
        result("UnguardedMapAccess", at("a/Other.java", 12), at("a/Cache.java", 40)), // the other side at 40
        result("UnguardedMapAccess", at("a/Cache.java", 41)),                         // an unlisted line
        result("ConcurrentMapCheckThenAct", at("a/Cache.java", 50))));
    assertTrue(f.flagged());
    assertEquals(Map.of(40, Set.of("UnguardedMapAccess")), f.raceRulesByLine());
    assertEquals(1, f.others().size(), "another rule at the field is listed, not counted");
    assertEquals(3, f.inFile());
  }

  @Test
  void nothingAtTheListedLinesIsSilent() {
    assertFalse(FieldFindings.of(BUGGY, List.of(result("UnguardedMapAccess", at("b/Cache.java", 40)))).flagged());
  }
}
