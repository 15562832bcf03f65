package dev.mapguard.analysis;

import java.util.BitSet;

/**
 * May two accesses run at the same time? They may when they can run on two different threads
 * (or on one root that runs on several threads at once) and no happens-before order separates
 * them. Two calls of one method never share its local variables.
 */
final class Concurrency {
  private final ThreadContexts contexts;
  private final Ordering ordering;
  private final Cells cells;

  Concurrency(ThreadContexts contexts, Ordering ordering, Cells cells) {
    this.contexts = contexts;
    this.ordering = ordering;
    this.cells = cells;
  }

  /** The contexts on which a and b may run at once, or null when they cannot. */
  int[] concurrent(AccessSite a, AccessSite b) {
    // a local variable reaches other threads only through the lambdas that capture it: two
    // accesses made by the methods whose frames hold it run one after the other
    if (a.ownFrame() && b.ownFrame()) return null;
    Cells.CellFacts f = cells.facts(a.cell());
    boolean local = f.local() != null && f.field() == null;
    BitSet ca = a.contexts();
    BitSet cb = b.contexts();
    for (int x = ca.nextSetBit(0); x >= 0; x = ca.nextSetBit(x + 1)) {
      for (int y = cb.nextSetBit(0); y >= 0; y = cb.nextSetBit(y + 1)) {
        if (mayOverlap(a, x, b, y, local)) return new int[] {x, y};
      }
    }
    return null;
  }

  private boolean mayOverlap(AccessSite a, int x, AccessSite b, int y, boolean local) {
    if (x == y) {
      if (x == ThreadContexts.MAIN) return false;
      return local ? contexts.repeatsWithinOneRun(x) : contexts.context(x).selfConcurrent();
    }
    if (x == ThreadContexts.MAIN) return !orderedWith(a, y);
    if (y == ThreadContexts.MAIN) return !orderedWith(b, x);
    for (ThreadRoot r1 : contexts.context(x).roots()) {
      for (ThreadRoot r2 : contexts.context(y).roots()) {
        boolean ordered = ordering.before(a, r2) || ordering.after(a, r2)
            || ordering.before(b, r1) || ordering.after(b, r1) || ordering.sequential(r1, r2);
        if (!ordered) return true;
      }
    }
    return false;
  }

  /** Whether the access is ordered with every root of the context (before its start or after its end). */
  private boolean orderedWith(AccessSite a, int context) {
    for (ThreadRoot r : contexts.context(context).roots()) {
      if (!ordering.before(a, r) && !ordering.after(a, r)) return false;
    }
    return true;
  }
}
