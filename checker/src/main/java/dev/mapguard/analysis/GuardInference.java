package dev.mapguard.analysis;

import dev.mapguard.model.AccessKind;
import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.DeclaredField;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which lock each shared map field is meant to be guarded by, read from the code: the lock held
 * at most of its accesses, counting caller-held locks along every call path. An access in a
 * helper only ever called under the lock counts as guarded; one in a method called both with and
 * without it counts once each way, and the path without it is kept to show.
 *
 * <p>A guard is inferred when it is held at {@code threshold} of the accesses or more (default
 * {@value #DEFAULT_THRESHOLD}: 3 of 4 and 4 of 5 qualify, 2 of 3 and 1 of 2 do not). Accesses in
 * constructors and initialisers, and accesses to objects no other thread can see, do not count.
 * Only maps that are written after construction get a guard, and not those of thread-confined
 * code ({@code @NotThreadSafe} classes, or maps only ever used by one single-threaded root).
 */
public final class GuardInference {
  /** The default share of accesses that must hold a lock for it to be inferred as the guard. */
  public static final double DEFAULT_THRESHOLD = 0.75;

  /**
   * One way an access is reached with respect to a guard.
   *
   * @param guarded whether the guard is held (in a mode the access needs)
   * @param path    for an unguarded way: how the access is reached without the guard
   * @param context the thread context of {@code path} ({@link ThreadContexts#MAIN} for the calling thread)
   */
  public record Observation(AccessSite site, boolean guarded, TracePath path, int context,
                            LockSet held) {}

  /**
   * The guard inferred for a map field.
   *
   * @param expression the lock as a {@code @GuardedBy} string valid on the field
   * @param readWrite  the guard is a ReadWriteLock: reads need either half, writes the write lock
   * @param guarded    the guarded ways the field's accesses are reached (each access counted at
   *                   most once guarded and once unguarded)
   * @param total      all ways counted
   * @param unguarded  the accesses reached without the guard, in source order
   * @param helpers    methods whose accesses rely on the guard being held by every caller
   */
  public record Inferred(String cellId, FieldInfo field, LockRef lock, boolean readWrite,
                         String expression, int guarded, int total, List<Observation> unguarded,
                         List<String> helpers) {
    public boolean consistent() {
      return unguarded.isEmpty();
    }
  }

  /** A guard to check: a lock object and whether it is a ReadWriteLock named as a whole. */
  public record Guard(LockRef lock, boolean readWrite) {
    /** Whether holding the modes {@code state} lets an access of {@code kind} go ahead. */
    boolean satisfiedBy(int state, AccessKind kind) {
      boolean write = kind == AccessKind.WRITE || kind == AccessKind.REASSIGN;
      if (readWrite) {
        return write ? (state & LockReach.WRITE) != 0 : (state & (LockReach.READ | LockReach.WRITE)) != 0;
      }
      return switch (lock.mode()) {
        case EXCLUSIVE -> (state & LockReach.EXCLUSIVE) != 0;
        case READ -> (state & (LockReach.READ | LockReach.WRITE)) != 0;
        case WRITE -> (state & LockReach.WRITE) != 0;
      };
    }

    /** The lock object whose paths are searched (the mode does not matter there). */
    LockRef object() {
      return lock.withMode(LockRef.Mode.EXCLUSIVE);
    }
  }

  private final AnalysisResult result;
  private final double threshold;
  private final LockReach reach;
  private final TreeMap<String, Inferred> inferred = new TreeMap<>();

  GuardInference(AnalysisResult result, double threshold) {
    this.result = result;
    this.threshold = threshold;
    this.reach = new LockReach(result);
    for (Map.Entry<String, List<AccessSite>> e : result.sitesByCell().entrySet()) {
      Inferred g = infer(e.getKey(), e.getValue());
      if (g != null) inferred.put(e.getKey(), g);
    }
  }

  public double threshold() {
    return threshold;
  }

  /** Every inferred guard, by map cell id. */
  public List<Inferred> all() {
    return List.copyOf(inferred.values());
  }

  /** The guard inferred for a map cell, or null. */
  public Inferred of(String cellId) {
    return inferred.get(cellId);
  }

  // ---------------------------------------------------------------- which accesses count

  /**
   * The accesses of a map field that a guard speaks about: not in construction, not on objects
   * no other thread can see; empty when the field belongs to thread-confined code.
   */
  public List<AccessSite> guardedAccesses(String cellId) {
    List<AccessSite> sites = result.sitesByCell().getOrDefault(cellId, List.of());
    Cells.CellFacts cell = result.cell(cellId);
    FieldInfo field = cell.field();
    if (field == null || cellId.endsWith("/content")) return List.of();
    if (result.declaredGuards().confinedClass(field.classId())) return List.of();
    List<AccessSite> out = new ArrayList<>();
    for (AccessSite s : sites) {
      if (!s.owned() && !result.isConstruction(s)) out.add(s);
    }
    return confined(out) ? List.of() : out;
  }

  /** All accesses run on one thread that never runs twice at once (one single-threaded root). */
  private boolean confined(List<AccessSite> sites) {
    BitSet all = new BitSet();
    for (AccessSite s : sites) all.or(s.contexts());
    if (all.cardinality() != 1) return false;
    int only = all.nextSetBit(0);
    return only != ThreadContexts.MAIN && !result.contexts().context(only).selfConcurrent();
  }

  // ---------------------------------------------------------------- observations

  /** The ways {@code site} is reached, guarded or not by {@code guard}: at most one of each. */
  public List<Observation> observe(AccessSite site, Guard guard) {
    int ways = ways(site, guard);
    List<Observation> out = new ArrayList<>(2);
    if ((ways & GUARDED) != 0) out.add(new Observation(site, true, null, -1, site.locks()));
    if ((ways & UNGUARDED) != 0) {
      TracePath path = pathTo(site.timeMethod(), guard, site.viaCalls(),
          m -> guard.satisfiedBy(m, site.kind()));
      out.add(new Observation(site, false, path, contextOf(path), site.locks()));
    }
    return out;
  }

  private static final int GUARDED = 1;
  private static final int UNGUARDED = 2;

  /**
   * Whether {@code site} is reached holding the guard (on every path: its must-set has it), not
   * holding it (on every path: no caller may hold it), or both.
   */
  private int ways(AccessSite site, Guard guard) {
    int must = LockReach.modes(site.locks(), guard.object());
    if (guard.satisfiedBy(must, site.kind()) || guardedOnEachThread(site, guard)) return GUARDED;
    int may = must | reach.mayModes(site.timeMethod(), guard.object());
    return guard.satisfiedBy(may, site.kind()) ? GUARDED | UNGUARDED : UNGUARDED;
  }

  /**
   * Whether every thread the access is shared on reaches it holding the guard on all of its own
   * paths: a path without the guard on a thread where the object is that path's own does not count.
   */
  private boolean guardedOnEachThread(AccessSite site, Guard guard) {
    BitSet on = site.contexts();
    if (on.isEmpty()) return false;
    for (int c = on.nextSetBit(0); c >= 0; c = on.nextSetBit(c + 1)) {
      if (!guard.satisfiedBy(LockReach.modes(result.locksOn(site, c), guard.object()), site.kind())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a call made at event {@code event} of {@code caller} holds {@code guard} on every
   * path: null when it does, else the way it is reached without it (site-less observation).
   */
  public Observation observeCall(String caller, int event, Guard guard) {
    int own = LockReach.modes(result.heldAt(caller, event).union(result.entryLocks(caller)),
        guard.object());
    if (callSatisfied(guard, own)) return null;
    TracePath path = pathTo(caller, guard, List.of(), m -> callSatisfied(guard, m));
    return new Observation(null, false, path, contextOf(path), LockSet.EMPTY);
  }

  /** A caller needs one half of a read/write lock, whatever the callee does with it. */
  private static boolean callSatisfied(Guard guard, int modes) {
    return guard.readWrite() ? modes != 0 && (modes & ~LockReach.EXCLUSIVE) != 0
        : guard.satisfiedBy(modes, AccessKind.READ);
  }

  private TracePath pathTo(String method, Guard guard, List<CallGraph.Edge> tail,
                           java.util.function.IntPredicate satisfied) {
    List<CallGraph.Edge> calls = new ArrayList<>(reach.pathWithout(method, guard, satisfied));
    String entry = calls.isEmpty() ? method : calls.get(0).caller();
    calls.addAll(tail);
    return new TracePath(rootEnteredAt(entry), entry, calls);
  }

  private ThreadRoot rootEnteredAt(String method) {
    if (!result.contexts().isRootEntry(method)) return null;
    for (ThreadRoot r : result.contexts().roots()) {
      if (r.entries().contains(method)) return r;
    }
    return null;
  }

  private int contextOf(TracePath path) {
    if (path.root() == null) return ThreadContexts.MAIN;
    int c = result.contexts().contextOf(path.root());
    return c < 0 ? ThreadContexts.MAIN : c;
  }

  // ---------------------------------------------------------------- inference

  private Inferred infer(String cellId, List<AccessSite> all) {
    Cells.CellFacts cell = result.cell(cellId);
    if (!cell.unsafe() || cell.field() == null) return null;
    if (result.declaredGuards().ofField(cell.field().id()) != null) return null;
    List<AccessSite> sites = guardedAccesses(cellId);
    if (sites.isEmpty()) return null;
    boolean written = false;
    for (AccessSite s : sites) {
      written |= s.kind() == AccessKind.WRITE || s.kind() == AccessKind.REASSIGN;
    }
    if (!written) return null; // a map nobody changes after construction needs no lock
    Inferred best = null;
    for (LockRef candidate : candidates(sites)) {
      Guard guard = new Guard(candidate, readWrite(candidate, sites));
      String expression = result.guardExpressions().render(candidate, guard.readWrite(),
          cell.field().classId());
      if (expression == null) continue;
      int guarded = 0;
      int total = 0;
      for (AccessSite s : sites) {
        int ways = ways(s, guard);
        if ((ways & GUARDED) != 0) guarded++;
        total += Integer.bitCount(ways);
      }
      if (guarded == 0 || guarded < threshold * total) continue;
      Inferred g = new Inferred(cellId, cell.field(), candidate, guard.readWrite(), expression,
          guarded, total, List.of(), List.of());
      if (best == null || better(g, best)) best = g;
    }
    if (best == null) return null;
    // the outliers, each with the path by which it is reached unguarded, for the chosen guard only
    Guard chosen = new Guard(best.lock(), best.readWrite());
    List<Observation> unguarded = new ArrayList<>();
    for (AccessSite s : sites) {
      for (Observation o : observe(s, chosen)) {
        if (!o.guarded()) unguarded.add(o);
      }
    }
    return new Inferred(cellId, best.field(), best.lock(), best.readWrite(), best.expression(),
        best.guarded(), best.total(), unguarded, helpers(sites, chosen));
  }

  private static boolean better(Inferred a, Inferred b) {
    if (a.guarded() != b.guarded()) return a.guarded() > b.guarded();
    int ka = preference(a.lock().kind());
    int kb = preference(b.lock().kind());
    if (ka != kb) return ka < kb;
    return a.lock().compareTo(b.lock()) < 0;
  }

  /** Between locks held at the same accesses, a dedicated lock field says the most. */
  private static int preference(LockRef.Kind kind) {
    return switch (kind) {
      case FIELD -> 0;
      case THIS -> 1;
      case CLASS -> 2;
      case CALL -> 3;
      case LOCAL -> 4;
    };
  }

  /**
   * Lock objects held at some access on every path; one held on only some paths at every access
   * could not reach the threshold without being held on every path at most of them. Locks in
   * local variables cannot be named.
   */
  private Set<LockRef> candidates(List<AccessSite> sites) {
    Set<LockRef> out = new TreeSet<>();
    for (AccessSite s : sites) {
      for (LockRef l : s.locks().locks()) out.add(l.withMode(LockRef.Mode.EXCLUSIVE));
    }
    out.removeIf(l -> l.kind() == LockRef.Kind.LOCAL);
    return out;
  }

  /** A lock taken through its read or write half, or declared as a ReadWriteLock. */
  private boolean readWrite(LockRef object, List<AccessSite> sites) {
    if (object.kind() == LockRef.Kind.FIELD) {
      int hash = object.id().indexOf('#');
      ClassInfo c = result.program().clazz(object.id().substring(0, hash));
      DeclaredField f = c == null ? null : c.declaredField(object.id().substring(hash + 1));
      if (f != null) return f.lockType() == DeclaredField.LockType.READ_WRITE;
    }
    for (AccessSite s : sites) {
      for (LockRef l : s.locks().locks()) {
        if (l.sameObject(object) && l.mode() != LockRef.Mode.EXCLUSIVE) return true;
      }
    }
    return false;
  }

  /**
   * Methods that touch the map relying on callers for the guard (every way in holds it, but not
   * the method's own code), and the methods that call those the same way, up to where the lock is
   * taken. With {@code @GuardedBy}/{@code @Holding} on them, checkers that look at one method at a
   * time accept each access and each call, and make new callers take the lock.
   */
  private List<String> helpers(List<AccessSite> sites, Guard guard) {
    Set<String> out = new TreeSet<>();
    Deque<String> work = new ArrayDeque<>();
    for (AccessSite s : sites) {
      if (s.via() != null) continue; // the map came in as a parameter
      int own = LockReach.modes(result.heldAt(s.method(), s.event()), guard.object());
      if (guard.satisfiedBy(own, s.kind()) || !annotatable(s.method())) continue;
      List<Observation> ways = observe(s, guard);
      if (ways.size() == 1 && ways.get(0).guarded() && out.add(s.method())) work.add(s.method());
    }
    while (!work.isEmpty()) {
      String helper = work.poll();
      for (CallGraph.Edge e : result.calls().callersOf(helper)) {
        String caller = e.caller();
        if (out.contains(caller) || !annotatable(caller)) continue;
        int own = LockReach.modes(result.heldAt(caller, e.event()), guard.object());
        if (guard.satisfiedBy(own, AccessKind.READ)) continue; // the caller takes the lock itself
        if (observeCall(caller, e.event(), guard) == null && out.add(caller)) work.add(caller);
      }
    }
    return new ArrayList<>(out);
  }

  /** A method a lock annotation can be written on, and whose callers a checker would then check. */
  private boolean annotatable(String methodId) {
    MethodInfo m = result.program().method(methodId);
    return m != null && m.kind() == MethodInfo.Kind.METHOD && result.calls().hasCallers(methodId)
        && !result.contexts().isRootEntry(methodId);
  }
}
