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
        return write ? (state & LockPaths.WRITE) != 0 : (state & (LockPaths.READ | LockPaths.WRITE)) != 0;
      }
      return switch (lock.mode()) {
        case EXCLUSIVE -> (state & LockPaths.EXCLUSIVE) != 0;
        case READ -> (state & (LockPaths.READ | LockPaths.WRITE)) != 0;
        case WRITE -> (state & LockPaths.WRITE) != 0;
      };
    }

    /** The lock object whose paths are searched (the mode does not matter there). */
    LockRef object() {
      return lock.withMode(LockRef.Mode.EXCLUSIVE);
    }
  }

  private final AnalysisResult result;
  private final double threshold;
  private final Map<LockRef, LockPaths> paths = new HashMap<>();
  private final Map<String, Set<LockRef>> mayEntry = new HashMap<>();
  private final TreeMap<String, Inferred> inferred = new TreeMap<>();

  GuardInference(AnalysisResult result, double threshold) {
    this.result = result;
    this.threshold = threshold;
    computeMayEntry();
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
    LockPaths p = pathsOf(guard.object());
    int own = LockPaths.modes(site.locks(), guard.object());
    int states = p.entryStates(site.timeMethod());
    if (states == 0) states = 1; // never reached from an entry point: as if entered with nothing
    Observation guarded = null;
    Observation unguarded = null;
    for (int s = 0; s < 8; s++) {
      if ((states & (1 << s)) == 0) continue;
      int eff = s | own;
      if (guard.satisfiedBy(eff, site.kind())) {
        if (guarded == null) guarded = new Observation(site, true, null, -1, site.locks());
      } else if (unguarded == null) {
        unguarded = unguardedWay(site, p, s);
      }
    }
    List<Observation> out = new ArrayList<>(2);
    if (guarded != null) out.add(guarded);
    if (unguarded != null) out.add(unguarded);
    return out;
  }

  /**
   * Whether a call made at event {@code event} of {@code caller} holds {@code guard} on every
   * path: null when it does, else the way it is reached without it (site-less observation).
   */
  public Observation observeCall(String caller, int event, Guard guard) {
    LockPaths p = pathsOf(guard.object());
    int own = LockPaths.modes(result.heldAt(caller, event).union(result.entryLocks(caller)),
        guard.object());
    int states = p.entryStates(caller);
    if (states == 0) states = 1;
    for (int s = 0; s < 8; s++) {
      if ((states & (1 << s)) == 0) continue;
      // a caller needs one half of a read/write lock, whatever the callee does with it
      int eff = s | own;
      boolean ok = guard.readWrite() ? eff != 0 && (eff & ~LockPaths.EXCLUSIVE) != 0
          : guard.satisfiedBy(eff, AccessKind.READ);
      if (!ok) {
        TracePath path = pathTo(caller, p, s, List.of());
        return new Observation(null, false, path, contextOf(path), LockSet.EMPTY);
      }
    }
    return null;
  }

  private Observation unguardedWay(AccessSite site, LockPaths p, int state) {
    TracePath path = pathTo(site.timeMethod(), p, state, site.viaCalls());
    return new Observation(site, false, path, contextOf(path), site.locks());
  }

  private TracePath pathTo(String method, LockPaths p, int state, List<CallGraph.Edge> tail) {
    List<CallGraph.Edge> calls = new ArrayList<>(p.path(method, state));
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

  private LockPaths pathsOf(LockRef object) {
    return paths.computeIfAbsent(object, o -> new LockPaths(result, o));
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
      List<Observation> unguarded = new ArrayList<>();
      for (AccessSite s : sites) {
        for (Observation o : observe(s, guard)) {
          total++;
          if (o.guarded()) guarded++; else unguarded.add(o);
        }
      }
      if (guarded == 0 || guarded < threshold * total) continue;
      Inferred g = new Inferred(cellId, cell.field(), candidate, guard.readWrite(), expression,
          guarded, total, unguarded, helpers(sites, guard));
      if (best == null || better(g, best)) best = g;
    }
    return best;
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

  /** Lock objects held at some access on some path (locks in local variables cannot be named). */
  private Set<LockRef> candidates(List<AccessSite> sites) {
    Set<LockRef> out = new TreeSet<>();
    for (AccessSite s : sites) {
      for (LockRef l : s.locks().locks()) out.add(l.withMode(LockRef.Mode.EXCLUSIVE));
      out.addAll(mayEntry.getOrDefault(s.timeMethod(), Set.of()));
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
      int own = LockPaths.modes(result.heldAt(s.method(), s.event()), guard.object());
      if (guard.satisfiedBy(own, s.kind()) || !annotatable(s.method())) continue;
      List<Observation> ways = observe(s, guard);
      if (ways.size() == 1 && ways.get(0).guarded() && out.add(s.method())) work.add(s.method());
    }
    while (!work.isEmpty()) {
      String helper = work.poll();
      for (CallGraph.Edge e : result.calls().callersOf(helper)) {
        String caller = e.caller();
        if (out.contains(caller) || !annotatable(caller)) continue;
        int own = LockPaths.modes(result.heldAt(caller, e.event()), guard.object());
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

  /** For each method, the lock objects some caller may hold on entry (a may-analysis). */
  private void computeMayEntry() {
    Program program = result.program();
    CallGraph calls = result.calls();
    Deque<String> work = new ArrayDeque<>(program.methods().keySet());
    for (String m : program.methods().keySet()) {
      Set<LockRef> declared = new TreeSet<>();
      for (LockRef l : result.declaredGuards().entryOf(m).locks()) {
        declared.add(l.withMode(LockRef.Mode.EXCLUSIVE));
      }
      mayEntry.put(m, declared);
    }
    int budget = 50 * Math.max(1, program.methods().size());
    while (!work.isEmpty() && budget-- > 0) {
      String m = work.poll();
      Set<LockRef> from = mayEntry.get(m);
      for (CallGraph.Edge e : calls.calleesOf(m)) {
        Set<LockRef> to = mayEntry.computeIfAbsent(e.callee(), k -> new TreeSet<>());
        boolean changed = false;
        for (LockRef l : from) changed |= to.add(l);
        for (LockRef l : result.heldAt(m, e.event()).locks()) {
          changed |= to.add(l.withMode(LockRef.Mode.EXCLUSIVE));
        }
        if (changed) work.add(e.callee());
      }
    }
    mayEntry.replaceAll((k, v) -> Collections.unmodifiableSet(v));
  }
}
