package dev.mapguard.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapguard.model.Program;
import org.junit.jupiter.api.Test;

class CellsTest {
  /**
   * The facts of the maps stored inside a map name the outer map, so computing them computes the
   * outer map's facts too. Asked first (as happened on guava's ImmutableMap.copyOf and in
   * kafka-clients), this used to throw ConcurrentModificationException from the cache.
   */
  @Test
  void valuesCellFirstComputesItsMapToo() {
    Program program = new Models().program();
    Cells cells = new Cells(program, new CallGraph(program));
    Cells.CellFacts values = cells.facts(Models.MAP + "/values");
    assertThat(values.display()).isEqualTo("the maps inside Service.map");
    assertThat(cells.facts(Models.MAP).display()).isEqualTo("Service.map");
  }
}
