package dev.mapguard.analysis;

import dev.mapguard.model.LockRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable set of held locks, the value of the must-hold analyses. {@link #TOP} stands for
 * "not reached yet" (every lock), the neutral element of {@link #meet}.
 */
public final class LockSet {
  public static final LockSet EMPTY = new LockSet(new LockRef[0], false);
  public static final LockSet TOP = new LockSet(new LockRef[0], true);

  private final LockRef[] locks; // sorted, distinct
  private final boolean top;

  private LockSet(LockRef[] locks, boolean top) {
    this.locks = locks;
    this.top = top;
  }

  public static LockSet of(LockRef... locks) {
    LockRef[] copy = locks.clone();
    Arrays.sort(copy);
    return new LockSet(dedupe(copy), false);
  }

  private static LockRef[] dedupe(LockRef[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || !sorted[n - 1].equals(sorted[i])) sorted[n++] = sorted[i];
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }

  public boolean isTop() {
    return top;
  }

  public boolean isEmpty() {
    return !top && locks.length == 0;
  }

  public List<LockRef> locks() {
    return Collections.unmodifiableList(Arrays.asList(locks));
  }

  public boolean contains(LockRef lock) {
    return !top && Arrays.binarySearch(locks, lock) >= 0;
  }

  public LockSet with(LockRef lock) {
    if (top || contains(lock)) return this;
    LockRef[] next = Arrays.copyOf(locks, locks.length + 1);
    next[locks.length] = lock;
    Arrays.sort(next);
    return new LockSet(next, false);
  }

  /** Removes the lock; with {@code anyMode}, every mode of the same lock object. */
  public LockSet without(LockRef lock, boolean anyMode) {
    if (top) return this;
    List<LockRef> kept = new ArrayList<>(locks.length);
    for (LockRef l : locks) {
      boolean match = anyMode ? l.sameObject(lock) : l.equals(lock);
      if (!match) kept.add(l);
    }
    return kept.size() == locks.length ? this : new LockSet(kept.toArray(new LockRef[0]), false);
  }

  /** Locks held on both paths. */
  public LockSet meet(LockSet other) {
    if (top) return other;
    if (other.top) return this;
    if (locks.length == 0 || other.locks.length == 0) return EMPTY;
    List<LockRef> both = new ArrayList<>(Math.min(locks.length, other.locks.length));
    boolean weakened = false;
    for (LockRef l : locks) {
      if (other.contains(l)) {
        both.add(l);
      } else if (l.mode() != LockRef.Mode.EXCLUSIVE && holdsOtherHalf(other, l)) {
        // one path holds the read half of a read/write lock, the other the write half: at least
        // the read half is held on both, which still shuts out writers
        both.add(l.withMode(LockRef.Mode.READ));
        weakened = true;
      }
    }
    if (!weakened && both.size() == locks.length) return this;
    if (!weakened && both.size() == other.locks.length) return other;
    LockRef[] out = both.toArray(new LockRef[0]);
    Arrays.sort(out);
    return new LockSet(dedupe(out), false);
  }

  private static boolean holdsOtherHalf(LockSet set, LockRef l) {
    for (LockRef o : set.locks) {
      if (o.sameObject(l) && o.mode() != LockRef.Mode.EXCLUSIVE && o.mode() != l.mode()) return true;
    }
    return false;
  }

  /** Locks held by either part (a caller's locks plus the callee's own). */
  public LockSet union(LockSet other) {
    if (top || other.top) return TOP;
    if (other.locks.length == 0) return this;
    if (locks.length == 0) return other;
    LockRef[] all = Arrays.copyOf(locks, locks.length + other.locks.length);
    System.arraycopy(other.locks, 0, all, locks.length, other.locks.length);
    Arrays.sort(all);
    return new LockSet(dedupe(all), false);
  }

  /** Whether some lock here and some lock there cannot be held by two threads at once. */
  public boolean excludes(LockSet other) {
    return excludes(other, false);
  }

  /**
   * As {@link #excludes(LockSet)}; with {@code ignoreThis}, {@code this} locks do not count (they
   * cannot guard a static field: each instance locks itself).
   */
  public boolean excludes(LockSet other, boolean ignoreThis) {
    if (top || other.top) return true;
    for (LockRef a : locks) {
      if (ignoreThis && a.kind() == LockRef.Kind.THIS) continue;
      for (LockRef b : other.locks) {
        if (a.excludes(b)) return true;
      }
    }
    return false;
  }

  /** The first lock of this set that excludes some lock of {@code other}, or null. */
  public LockRef commonWith(LockSet other) {
    if (top || other.top) return null;
    for (LockRef a : locks) {
      for (LockRef b : other.locks) {
        if (a.excludes(b)) return a;
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LockSet s && s.top == top && Arrays.equals(s.locks, locks);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(locks) * 31 + (top ? 1 : 0);
  }

  @Override
  public String toString() {
    if (top) return "{TOP}";
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < locks.length; i++) {
      if (i > 0) sb.append(", ");
      sb.append(locks[i].display());
    }
    return sb.append('}').toString();
  }
}
