package dev.mapguard.analysis;

import dev.mapguard.model.CellRef;
import dev.mapguard.model.Event;
import dev.mapguard.model.LocalInfo;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * May two accesses run at the same time? They may when they can run on two different threads
 * (or on one root that runs on several threads at once) and no happens-before order separates
 * them. Two calls of one method never share its local variables.
 */
final class Concurrency {
  private final ThreadContexts contexts;
  private final Ordering ordering;
  private final Cells cells;
  private final Program program;
  private final EntryObjects entryObjects;
  private final ClientContract contract;
  private final ConcurrentClasses concurrentClasses;
  private final UnpublishedObjects unpublished;
  private final FlagPublication flags;
  private final ContextEntryLocks threadLocks;
  private final Map<Cells.CellFacts, Map<Integer, List<ThreadRoot>>> spawnedByOwners =
      new IdentityHashMap<>();

  Concurrency(Program program, ThreadContexts contexts, Ordering ordering, Cells cells,
              EntryObjects entryObjects, ClientContract contract,
              ConcurrentClasses concurrentClasses, UnpublishedObjects unpublished,
              FlagPublication flags, ContextEntryLocks threadLocks) {
    this.program = program;
    this.threadLocks = threadLocks;
    this.flags = flags;
    this.unpublished = unpublished;
    this.concurrentClasses = concurrentClasses;
    this.contract = contract;
    this.entryObjects = entryObjects;
    this.contexts = contexts;
    this.ordering = ordering;
    this.cells = cells;
  }

  /** Why client threads share the map of this access (see ClientContract), or null. */
  String whyClientsShare(AccessSite a) {
    return contract.whyClientsShare(a);
  }

  /** The contexts on which a and b may run at once, or null when they cannot. */
  int[] concurrent(AccessSite a, AccessSite b) {
    return concurrent(a, b, true);
  }

  /**
   * The contexts on which a and b may run at once, or null when they cannot; with
   * {@code clientPairs} false, two client threads are not counted.
   */
  int[] concurrent(AccessSite a, AccessSite b, boolean clientPairs) {
    // a local variable reaches other threads only through the lambdas that capture it: two
    // accesses made by the methods whose frames hold it run one after the other
    if (a.ownFrame() && b.ownFrame()) return null;
    if (!concurrentClasses.mayBeShared(a.cell())
        && !contract.sharedByClients(a) && !contract.sharedByClients(b)) {
      return null;
    }
    Cells.CellFacts f = cells.facts(a.cell());
    boolean local = f.local() != null && f.field() == null;
    if (!local && flags.orders(a, b)) return null;
    BitSet ca = a.contexts();
    BitSet cb = b.contexts();
    for (int x = ca.nextSetBit(0); x >= 0; x = ca.nextSetBit(x + 1)) {
      for (int y = cb.nextSetBit(0); y >= 0; y = cb.nextSetBit(y + 1)) {
        if (!clientPairs && x == ThreadContexts.MAIN && y == x) continue;
        if (x == ThreadContexts.MAIN && y != x && contract.separates(a, y)) continue;
        if (y == ThreadContexts.MAIN && y != x && contract.separates(b, x)) continue;
        if (!local && (unpublished.hiddenFrom(a, x, y) || unpublished.hiddenFrom(b, y, x))) continue;
        boolean overlap = local ? localMayOverlap(f, a, x, b, y) : mayOverlap(a, x, b, y);
        if (overlap && !lockedOn(a, x, b, y, f)) return new int[] {x, y};
      }
    }
    return null;
  }

  /**
   * Whether a on thread x and b on thread y hold a common lock once each side counts the locks
   * every call path of its own thread holds ({@link ContextEntryLocks}), not only those every path
   * of every thread holds ({@link ContextEntryLocks#at}). A static map is not guarded by
   * {@code this}.
   */
  private boolean lockedOn(AccessSite a, int x, AccessSite b, int y, Cells.CellFacts f) {
    LockSet onX = threadLocks.at(a, x, f);
    LockSet onY = threadLocks.at(b, y, f);
    if (onX.equals(a.locks()) && onY.equals(b.locks())) return false;
    return onX.excludes(onY, f.field() != null && f.field().isStatic());
  }

  /**
   * For a local variable: the threads that share it are the ones started by the run that owns
   * it (the declaring method, or a lambda inside it). Code on the threads that merely run the
   * declaring method (and its synchronous callbacks) has a variable of its own per run.
   */
  private boolean localMayOverlap(Cells.CellFacts f, AccessSite a, int x, AccessSite b, int y) {
    List<ThreadRoot> inX = spawnedByOwners(f, x);
    List<ThreadRoot> inY = spawnedByOwners(f, y);
    if (inX.isEmpty() && inY.isEmpty()) return false;
    if (x == y) {
      // copies of one task share the variable only when one run starts several of them, and the
      // variable is not itself made anew on each iteration of the loop that starts them
      for (ThreadRoot r : inX) {
        if (r.selfConcurrent() && !declaredPerIteration(f, r)) return true;
      }
      return false;
    }
    return mayOverlap(a, x, b, y);
  }

  /**
   * The roots of {@code context} that the runs owning a local variable start: asked for every pair
   * of the variable's accesses and every pair of their contexts, so kept per variable and context.
   */
  private List<ThreadRoot> spawnedByOwners(Cells.CellFacts f, int context) {
    if (context == ThreadContexts.MAIN) return List.of();
    return spawnedByOwners.computeIfAbsent(f, k -> new HashMap<>()).computeIfAbsent(context, c -> {
      List<String> owners = new ArrayList<>();
      for (LocalInfo l : f.locals()) owners.add(l.methodId());
      return contexts.spawnedWithin(c, owners, program);
    });
  }

  private static boolean declaredPerIteration(Cells.CellFacts f, ThreadRoot r) {
    if (r.loop() < 0) return false;
    for (LocalInfo l : f.locals()) {
      if (l.methodId().equals(r.spawner()) && l.loops().contains(r.loop())) return true;
    }
    return false;
  }

  private boolean mayOverlap(AccessSite a, int x, AccessSite b, int y) {
    if (x == y) {
      if (x == ThreadContexts.MAIN) {
        // client threads calling the API at once, on state every client shares
        return contract.sharedByClients(a) && contract.sharedByClients(b)
            && !ordering.constructionAccess(a, ThreadContexts.MAIN)
            && !ordering.constructionAccess(b, ThreadContexts.MAIN);
      }
      return contexts.context(x).selfConcurrent()
          && !(inOwnThreadObject(a, x) && inOwnThreadObject(b, x));
    }
    if (x == ThreadContexts.MAIN) return !orderedWith(a, x, y);
    if (y == ThreadContexts.MAIN) return !orderedWith(b, y, x);
    for (ThreadRoot r1 : contexts.context(x).roots()) {
      for (ThreadRoot r2 : contexts.context(y).roots()) {
        boolean ordered = ordering.before(a, r2, x) || ordering.after(a, r2, x)
            || ordering.before(b, r1, y) || ordering.after(b, r1, y) || ordering.sequential(r1, r2);
        if (!ordered) return true;
      }
    }
    return false;
  }

  /**
   * Whether the access touches a map held by the started Thread object of its context, a map made
   * for that object alone: copies of the root each have their own. An access in a helper the map
   * is passed to ({@code getOrCreate(this.calls, key)}) counts when every caller argument binding
   * that map is the field of the caller's own {@code this}.
   */
  private boolean inOwnThreadObject(AccessSite a, int context) {
    Cells.CellFacts f = cells.facts(a.cell());
    if (!f.onlyFresh() || f.field() == null || f.field().isStatic()) return false;
    if (a.via() == null) {
      return a.access().receiver() == Event.Receiver.THIS
          && entryObjects.onOwnThread(a.method(), context);
    }
    return passedFromOwnField(a) && entryObjects.onOwnThread(a.via(), context);
  }

  private boolean passedFromOwnField(AccessSite a) {
    MethodInfo via = program.method(a.via());
    if (via == null || !(via.events().get(a.viaEvent()) instanceof Event.Call call)) return false;
    boolean any = false;
    for (Event.ArgBinding b : call.mapArgs()) {
      if (!a.cell().equals(cells.canonical(b.cell()))) continue;
      if (!(b.cell() instanceof CellRef.Field) || b.receiver() != Event.Receiver.THIS) return false;
      any = true;
    }
    return any;
  }

  /**
   * Whether the access, running on context {@code own}, is ordered with every root of
   * {@code other} (before its start or after its end).
   */
  private boolean orderedWith(AccessSite a, int own, int other) {
    for (ThreadRoot r : contexts.context(other).roots()) {
      if (!ordering.before(a, r, own) && !ordering.after(a, r, own)) return false;
    }
    return true;
  }
}
