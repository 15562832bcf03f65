package dev.mapguard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class IdMapTest {

  private static Map<String, Integer> ids() {
    Map<String, Integer> m = new HashMap<>();
    m.put("p.B#g()", 3);
    m.put("p.A#f(int)", 2);
    m.put("p.A", 1);
    m.put("p.A$C#h()", 4);
    return m;
  }

  @Test
  void looksIdsUpAndIteratesThemInIdOrder() {
    SortedMap<String, Integer> map = IdMap.of(ids());
    assertThat(map.get("p.B#g()")).isEqualTo(3);
    assertThat(map.containsKey("p.A")).isTrue();
    assertThat(map).hasSize(4);
    assertThat(map.keySet()).containsExactly("p.A", "p.A#f(int)", "p.A$C#h()", "p.B#g()");
    assertThat(map.firstKey()).isEqualTo("p.A");
    assertThat(map.lastKey()).isEqualTo("p.B#g()");
  }

  @Test
  void theUnorderedViewHoldsTheSameValuesAndCannotChangeThem() {
    SortedMap<String, Integer> map = IdMap.of(ids());
    assertThat(IdMap.unordered(map)).containsExactlyInAnyOrder(1, 2, 3, 4);
    assertThatThrownBy(() -> IdMap.unordered(map).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(map.values()).containsExactly(1, 2, 4, 3); // in id order, unchanged
  }

  @Test
  void anEmptyMapHasNoFirstOrLastKey() {
    SortedMap<String, Integer> map = IdMap.of(Map.of());
    assertThat(map.entrySet()).isEmpty();
    assertThatThrownBy(map::firstKey).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(map::lastKey).isInstanceOf(NoSuchElementException.class);
    assertThat(IdMap.unordered(map)).isEmpty();
  }
}
