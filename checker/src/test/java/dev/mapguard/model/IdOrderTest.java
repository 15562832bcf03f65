package dev.mapguard.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IdOrderTest {

  private static void assertNaturalOrder(Set<String> ids) {
    assertArrayEquals(new TreeSet<>(ids).toArray(new String[0]), IdOrder.sorted(ids),
        "ids: " + ids);
  }

  @Test
  void classesMembersAndNestedClassesInStringOrder() {
    assertNaturalOrder(Set.of("a.B", "a.B#f()", "a.B#f(int)", "a.B$C", "a.B$C#g()", "a.BC#h()",
        "a.B#lambda$f$3:5", "a.B#lambda$f$3:5#2", "a.B#<init>()", "a.B#<instinit>", "a.A#z()",
        "b.A", "a.B.C#x()", "a.B_#x()", "a.B0#x()", "a.B#f(int)::local@12"));
  }

  @Test
  void aClassPartBelowTheHashFallsBackToAWholeSort() {
    // not a binary name javac makes, but the order must stay the natural one whatever the ids
    assertNaturalOrder(Set.of("a.B#x()", "a.B!#y()", "a.B #z()", "a.B\"#w()", "a.B"));
  }

  @Test
  void randomIdsSortAsStrings() {
    randomRounds("ab.$#_1(),<>:@é"); // characters of real ids: the grouped sort
    randomRounds("ab.$#_1 !\""); // with characters below '#': the whole sort
  }

  private static void randomRounds(String alphabet) {
    Random random = new Random(42);
    List<String> prefixes = List.of("p.A", "p.A$B", "p.AB", "q");
    for (int round = 0; round < 200; round++) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < 40; i++) {
        StringBuilder sb = new StringBuilder(prefixes.get(random.nextInt(prefixes.size())));
        int extra = random.nextInt(6);
        for (int j = 0; j < extra; j++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        ids.add(sb.toString());
      }
      assertNaturalOrder(ids);
    }
  }
}
