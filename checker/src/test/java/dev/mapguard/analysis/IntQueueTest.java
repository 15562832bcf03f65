package dev.mapguard.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntQueueTest {

  @Test
  void takesNumbersInTheOrderTheyCameThroughGrowthAndCompaction() {
    IntQueue queue = new IntQueue();
    Deque<Integer> expected = new ArrayDeque<>();
    List<Integer> taken = new ArrayList<>();
    List<Integer> wanted = new ArrayList<>();
    int next = 0;
    // add more than taken, then take most: the array both grows and moves its rest to the front
    for (int round = 0; round < 50; round++) {
      for (int i = 0; i < 7 + round % 5; i++) {
        queue.add(next);
        expected.add(next++);
      }
      for (int i = 0; i < 5 && !queue.isEmpty(); i++) {
        taken.add(queue.poll());
        wanted.add(expected.poll());
      }
    }
    while (!queue.isEmpty()) {
      taken.add(queue.poll());
      wanted.add(expected.poll());
    }
    assertThat(taken).isEqualTo(wanted).hasSize(next);
    assertThat(expected).isEmpty();
  }

  @Test
  void aListGivesBackWhatWasAdded() {
    IntList list = new IntList();
    assertThat(list.toArray()).isEmpty();
    for (int i = 0; i < 100; i++) list.add(i * 3);
    assertThat(list.toArray()).hasSize(100).startsWith(0, 3, 6).endsWith(297);
    list.clear();
    list.add(7);
    assertThat(list.toArray()).containsExactly(7);
  }
}
