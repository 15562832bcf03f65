package dev.mapguard.analysis;

import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Everything the analyses established about a program, for the rules to read: the threads each
 * method runs on, the locks held at each access, which accesses may overlap in time, and the
 * paths that reach them.
 */
public final class AnalysisResult {
  private final Program program;
  private final CallGraph calls;
  private final ThreadContexts contexts;
  private final Cells cells;
  private final SortedMap<String, List<AccessSite>> sitesByCell;
  private final Ordering ordering;
  private final Concurrency concurrency;
  private final Traces traces;
  private final Locks locks;
  private final Map<Double, GuardInference> guards = new java.util.HashMap<>();

  /** The lock facts the guard analyses read: held locks per event, entry locks, annotations. */
  record Locks(java.util.function.Function<String, LockSet[]> held, EntryLocks entry,
               ContextEntryLocks onThread, GuardExpressions expressions, DeclaredGuards declared) {}

  AnalysisResult(Program program, CallGraph calls, ThreadContexts contexts, Cells cells,
                 SortedMap<String, List<AccessSite>> sitesByCell, Ordering ordering,
                 Concurrency concurrency, Traces traces, Locks locks) {
    this.locks = locks;
    this.program = program;
    this.calls = calls;
    this.contexts = contexts;
    this.cells = cells;
    this.sitesByCell = sitesByCell;
    this.ordering = ordering;
    this.concurrency = concurrency;
    this.traces = traces;
  }

  public Program program() {
    return program;
  }

  public CallGraph calls() {
    return calls;
  }

  public ThreadContexts contexts() {
    return contexts;
  }

  /** Access sites per map (merged cell id), in a fixed order. */
  public Map<String, List<AccessSite>> sitesByCell() {
    return sitesByCell;
  }

  public Cells.CellFacts cell(String id) {
    return cells.facts(id);
  }

  /** The values stored into a map variable (by its own id). */
  public List<dev.mapguard.model.Alloc> storesInto(String cellId) {
    return cells.storesInto(cellId);
  }

  /** Whether the access is part of building the object or class (constructor, initialiser). */
  public boolean isConstruction(AccessSite a) {
    return ordering.constructionAccess(a, Ordering.ANY);
  }

  /**
   * Why several client threads may make this access at once (a static field, an object of a class
   * meant to be shared), or null when clients do not share its map.
   */
  public String whyClientsShare(AccessSite a) {
    return concurrency.whyClientsShare(a);
  }

  /** The contexts on which two accesses may run at once (ignoring locks), or null. */
  public int[] concurrent(AccessSite a, AccessSite b) {
    return concurrency.concurrent(a, b);
  }

  /** As {@link #concurrent(AccessSite, AccessSite)}; with {@code clientPairs} false, two client threads are not counted. */
  public int[] concurrent(AccessSite a, AccessSite b, boolean clientPairs) {
    return concurrency.concurrent(a, b, clientPairs);
  }

  /**
   * For each access matching {@code first}, in order, its first race (in the order of
   * {@code sites}) with an access matching {@code second} such that {@code pair} holds for the two;
   * none for an access without one. An access may race with itself when its thread runs several
   * times at once. Owned accesses and pairs that share a lock are never races. The rules report
   * one race per access, so the search for an access ends at its first: a map with hundreds of
   * accesses from many threads has races with most of them.
   */
  public List<Race> firstRaces(List<AccessSite> sites, Predicate<AccessSite> first,
                               Predicate<AccessSite> second,
                               BiPredicate<AccessSite, AccessSite> pair) {
    return firstRaces(sites, first, second, pair, true);
  }

  /** As above; with {@code clientPairs} false, races between two client threads are not sought. */
  public List<Race> firstRaces(List<AccessSite> sites, Predicate<AccessSite> first,
                               Predicate<AccessSite> second,
                               BiPredicate<AccessSite, AccessSite> pair, boolean clientPairs) {
    List<AccessSite> seconds = new ArrayList<>();
    for (AccessSite b : sites) {
      if (!b.owned() && second.test(b)) seconds.add(b);
    }
    // pairs whose lock sets exclude each other are skipped a whole lock set at a time, so a map
    // with thousands of accesses under one lock costs linear, not quadratic, time
    Map<LockSet, List<Integer>> byLocks = new LinkedHashMap<>();
    for (int i = 0; i < seconds.size(); i++) {
      byLocks.computeIfAbsent(seconds.get(i).locks(), k -> new ArrayList<>()).add(i);
    }
    Map<LockSet, int[]> partners = new HashMap<>();
    Map<LockSet, int[]> partnersOfStatic = new HashMap<>();
    List<Race> out = new ArrayList<>();
    for (AccessSite a : sites) {
      if (a.owned() || !first.test(a)) continue;
      // one instance's monitor does not guard a static map: other instances lock themselves
      Cells.CellFacts cell = cells.facts(a.cell());
      boolean staticMap = cell.field() != null && cell.field().isStatic();
      int[] others = (staticMap ? partnersOfStatic : partners)
          .computeIfAbsent(a.locks(), l -> notExcluded(l, byLocks, staticMap));
      for (int i : others) {
        AccessSite b = seconds.get(i);
        if (!pair.test(a, b)) continue;
        int[] ctx = concurrency.concurrent(a, b, clientPairs);
        if (ctx != null) {
          out.add(new Race(a, b, ctx[0], ctx[1]));
          break;
        }
      }
    }
    return out;
  }

  /** Indices (ascending, so pairs keep the sites' order) of the accesses not excluded by {@code locks}. */
  private static int[] notExcluded(LockSet locks, Map<LockSet, List<Integer>> byLocks, boolean ignoreThis) {
    List<Integer> out = new ArrayList<>();
    for (Map.Entry<LockSet, List<Integer>> g : byLocks.entrySet()) {
      if (!locks.excludes(g.getKey(), ignoreThis)) out.addAll(g.getValue());
    }
    return out.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  public TracePath trace(AccessSite a, int context) {
    return traces.of(a, context);
  }

  /** The lock annotations written in the program ({@code @GuardedBy}, {@code @Holding}...). */
  public DeclaredGuards declaredGuards() {
    return locks.declared();
  }

  /** Resolves and renders lock expressions of this program. */
  public GuardExpressions guardExpressions() {
    return locks.expressions();
  }

  /** Locks the method itself holds at its event {@code event} (callers' locks not included). */
  LockSet heldAt(String method, int event) {
    LockSet[] h = locks.held().apply(method);
    return event >= 0 && event < h.length ? h[event] : LockSet.EMPTY;
  }

  /** The locks held at the access on every call path of thread {@code context}. */
  LockSet locksOn(AccessSite site, int context) {
    return locks.onThread().at(site, context, cells.facts(site.cell()));
  }

  /** Locks every caller holds on entry to the method (and those its annotation demands). */
  LockSet entryLocks(String method) {
    return locks.entry().of(method);
  }

  /** The guards inferred for the program's maps at the default threshold. */
  public GuardInference guards() {
    return guards(GuardInference.DEFAULT_THRESHOLD);
  }

  /** The guards inferred for the program's maps: a lock held at {@code threshold} of the accesses or more. */
  public synchronized GuardInference guards(double threshold) {
    return guards.computeIfAbsent(threshold, t -> new GuardInference(this, t));
  }
}
