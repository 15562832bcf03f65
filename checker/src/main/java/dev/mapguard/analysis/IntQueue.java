package dev.mapguard.analysis;

import java.util.Arrays;

/**
 * A first-in first-out work list of method numbers for the fixed points over the call graph: a
 * number may be queued again after it was taken, as the fixed points need.
 */
final class IntQueue {
  private int[] items = new int[64];
  private int head;
  private int tail;

  void add(int item) {
    if (tail == items.length) {
      if (head > items.length / 2) {
        // most of the array is already taken: move what is left to the front
        System.arraycopy(items, head, items, 0, tail - head);
        tail -= head;
        head = 0;
      } else {
        items = Arrays.copyOf(items, items.length * 2);
      }
    }
    items[tail++] = item;
  }

  boolean isEmpty() {
    return head == tail;
  }

  int poll() {
    return items[head++];
  }
}
