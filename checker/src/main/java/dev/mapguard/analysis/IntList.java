package dev.mapguard.analysis;

import java.util.Arrays;

/** A growable list of method numbers, made into an array once complete. */
final class IntList {
  static final int[] NONE = new int[0];
  private int[] items = NONE;
  private int size;

  void add(int item) {
    if (size == items.length) items = Arrays.copyOf(items, Math.max(4, size * 2));
    items[size++] = item;
  }

  void clear() {
    size = 0;
  }

  int[] toArray() {
    return size == 0 ? NONE : Arrays.copyOf(items, size);
  }
}
