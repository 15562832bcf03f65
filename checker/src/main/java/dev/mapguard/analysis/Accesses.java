package dev.mapguard.analysis;

import dev.mapguard.catalog.Catalog;
import dev.mapguard.catalog.CatalogRow;
import dev.mapguard.model.AccessKind;
import dev.mapguard.model.Alloc;
import dev.mapguard.model.CellRef;
import dev.mapguard.model.Event;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the access events of the program into access sites: cells merged, kinds refined (a get
 * on an access-ordered LinkedHashMap moves the entry, every operation of a WeakHashMap may clean
 * up), locks and threads attached. Accesses a helper makes through a map parameter become one
 * site per call that passes a map, so each carries its caller's locks and threads.
 */
final class Accesses {
  private static final int MAX_FORWARDING = 4;

  private final Program program;
  private final CallGraph calls;
  private final ThreadContexts contexts;
  private final EntryLocks entry;
  private final Function<String, LockSet[]> held;
  private final Cells cells;
  private final Function<String, MethodLayout> layouts;
  private final Set<String> accessOrderWrites = new HashSet<>();
  private final List<AccessSite> sites = new ArrayList<>();

  Accesses(Program program, CallGraph calls, ThreadContexts contexts, EntryLocks entry,
           Function<String, LockSet[]> held, Cells cells, Catalog catalog,
           Function<String, MethodLayout> layouts) {
    this.program = program;
    this.layouts = layouts;
    this.calls = calls;
    this.contexts = contexts;
    this.entry = entry;
    this.held = held;
    this.cells = cells;
    for (CatalogRow row : catalog.mapOperations) {
      if (row.kind().equals("access-order-write")) accessOrderWrites.addAll(row.methods());
    }
  }

  List<AccessSite> collect() {
    for (MethodInfo m : program.methods().values()) {
      List<Event> events = m.events();
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        if (e instanceof Event.Access a && !(a.cell() instanceof CellRef.Param)) {
          direct(m, i, a);
        } else if (e instanceof Event.Call c && !c.mapArgs().isEmpty()) {
          throughParameters(m, i, c);
        }
      }
    }
    return sites;
  }

  private void direct(MethodInfo m, int i, Event.Access seen) {
    String cell = cells.canonical(seen.cell());
    if (cell == null) return;
    Event.Access a = cells.judged(seen);
    Cells.CellFacts f = cells.facts(cell);
    LockSet locks = held.apply(m.id())[i].union(entry.of(m.id()));
    boolean ownMap = f.onlyFresh() && f.field() != null && !f.field().isStatic();
    BitSet threads = contexts.contextsOf(m.id());
    boolean owned = ownMap && a.receiver() == Event.Receiver.FRESH;
    // the object is another thread's to see only on the threads where some call path hands the
    // method a shared this (or, for a map of an object parameter, a shared argument:
    // PropertySettingJobFactory.setBeanProps(job, new JobDataMap())); on the others it is always
    // an object that path just made
    BitSet shared = !ownMap ? null
        : a.receiver() == Event.Receiver.THIS ? entry.sharedIn(m.id())
        : a.receiver() == Event.Receiver.OTHER && a.holderParam() >= 0
        ? entry.sharedParamIn(m.id(), a.holderParam()) : null;
    if (shared != null) {
      if (!shared.equals(threads)) {
        threads = (BitSet) threads.clone();
        threads.and(shared);
      }
      owned = threads.isEmpty();
      if (owned) threads = contexts.contextsOf(m.id());
    }
    boolean ownFrame = a.cell() instanceof CellRef.Local l && declaredIn(l, m.id())
        || a.cell() instanceof CellRef.Values v && ownValues(v, m.id());
    if (ownFrame && !owned && f.field() != null && filledBeforeHandedOn(m, i, (CellRef.Local) a.cell())) {
      owned = true;
    }
    add(m.id(), i, a, cell, f, a.cell(), locks, threads, null, -1, List.of(), owned, ownFrame);
  }

  private void throughParameters(MethodInfo caller, int callEvent, Event.Call call) {
    LockSet atCall = held.apply(caller.id())[callEvent].union(entry.of(caller.id()));
    for (Event.ArgBinding b : call.mapArgs()) {
      if (b.cell() instanceof CellRef.Param) continue; // the caller's callers bind it
      String cell = cells.canonical(b.cell());
      if (cell == null) continue;
      Cells.CellFacts f = cells.facts(cell);
      boolean ownFrame = b.cell() instanceof CellRef.Local l && declaredIn(l, caller.id());
      // a map the caller made and has not handed on yet: the helper fills it before anyone else
      // can see it (MemberMap.cloneAdding's putMember(addresses, member), then new MemberMap(addresses))
      boolean unpublished = ownFrame && f.field() != null
          && unpublishedAt(caller, callEvent, (CellRef.Local) b.cell());
      for (String target : calls.dispatch(call)) {
        List<CallGraph.Edge> path = new ArrayList<>();
        path.add(new CallGraph.Edge(caller.id(), callEvent, target, call.receiver()));
        instantiate(target, b.index(), cell, f, b.cell(), ownFrame, unpublished, caller.id(),
            callEvent, atCall, path, new HashSet<>(), 0);
      }
    }
  }

  /**
   * Whether access {@code event} of {@code m} is to a map that {@code m} made itself and has not
   * handed on yet: a local no lambda captures, holding only maps made here, accessed before any
   * call or store that hands it on can have run ({@code Map m = new HashMap<>(); m.put(..);
   * new QuorumMaj(m)}: the put comes before the map is anyone else's). Merged with the field it
   * ends up in, it would otherwise race with every use of that field.
   */
  private boolean filledBeforeHandedOn(MethodInfo m, int event, CellRef.Local local) {
    return madeHere(local) && !handedOnBefore(m, event, local, true);
  }

  /**
   * Whether the local's map is still the method's alone when call {@code event} passes it on: it
   * holds only maps made here, no lambda captures it, and nothing before the call hands it on.
   */
  private boolean unpublishedAt(MethodInfo m, int event, CellRef.Local local) {
    return madeHere(local) && !handedOnBefore(m, event, local, false);
  }

  private boolean madeHere(CellRef.Local local) {
    var info = program.locals().get(local.id());
    return info != null && !info.captured() && cells.ownKinds(local).onlyMadeHere();
  }

  /**
   * Whether an event of the method that can run before {@code event} hands on the map variable
   * {@code v} (a call passing it, a store of it, code started or run): {@code event} itself counts
   * when {@code orAt}.
   */
  private boolean handedOnBefore(MethodInfo m, int event, CellRef v, boolean orAt) {
    MethodLayout layout = null;
    List<Event> events = m.events();
    for (int j = 0; j < events.size(); j++) {
      if (!handsOn(events.get(j), v)) continue;
      if (j == event) {
        if (orAt) return true;
        continue;
      }
      if (layout == null) layout = layouts.apply(m.id());
      if (layout.canReach(j, event)) return true;
    }
    return false;
  }

  private static boolean handsOn(Event e, CellRef v) {
    if (e instanceof Event.Call c) {
      for (Event.ArgBinding b : c.mapArgs()) {
        if (b.cell().equals(v)) return true;
      }
      return false;
    }
    if (e instanceof Event.Store s) {
      if (s.target().equals(v)) return false;
      return s.value() instanceof Alloc.FromCell from && from.cell().equals(v)
          || v instanceof CellRef.Param p && s.value() instanceof Alloc.FromParam fp
          && fp.methodId().equals(p.methodId()) && fp.index() == p.index();
    }
    return e instanceof Event.Spawn || e instanceof Event.RunTask;
  }

  /**
   * Whether the maps inside a map are the frame's own: the outer map is a local of the method that
   * no lambda captures and that holds only maps made here, and every map put into it is made
   * there too (a grouping {@code Map<K, Map<..>>} a call builds for itself). Another call of the
   * method builds other maps; another thread that is handed the outer map afterwards sees them
   * through a variable of its own, whose accesses are not the frame's.
   */
  private boolean ownValues(CellRef.Values values, String method) {
    CellRef.Local outer = new CellRef.Local(values.mapCellId());
    if (!declaredIn(outer, method) || !madeHere(outer)) return false;
    String cell = cells.canonical(values);
    return cell != null && cells.facts(cell).onlyFresh() && cells.ownKinds(values).onlyMadeHere();
  }

  private boolean declaredIn(CellRef.Local local, String method) {
    var info = program.locals().get(local.id());
    return info != null && info.methodId().equals(method);
  }

  /**
   * The accesses a helper makes through its map parameter {@code param} (and those of the helpers
   * it passes it to), as accesses of the map the caller passed; {@code unpublished}: that map is
   * still the caller's alone, so an access the helper makes before handing the parameter on races
   * with nobody.
   */
  private void instantiate(String method, int param, String cell, Cells.CellFacts f,
                           CellRef passed, boolean ownFrame, boolean unpublished, String via,
                           int viaEvent, LockSet outerLocks,
                           List<CallGraph.Edge> path, Set<String> seen, int depth) {
    if (depth > MAX_FORWARDING || !seen.add(method + "/" + param)) return;
    MethodInfo m = program.method(method);
    if (m == null) return;
    List<Event> events = m.events();
    LockSet[] own = held.apply(method);
    CellRef.Param self = new CellRef.Param(method, param);
    LockRef paramLock = new LockRef(LockRef.Kind.LOCAL, self.id(), LockRef.Mode.EXCLUSIVE);
    for (int j = 0; j < events.size(); j++) {
      Event e = events.get(j);
      if (e instanceof Event.Access a && a.cell() instanceof CellRef.Param p
          && p.methodId().equals(method) && p.index() == param) {
        boolean owned = unpublished && !handedOnBefore(m, j, self, false);
        add(method, j, a, cell, f, passed, asPassed(own[j], paramLock, passed).union(outerLocks),
            contexts.contextsOf(via), via, viaEvent, path, owned, ownFrame);
      } else if (e instanceof Event.Call c) {
        for (Event.ArgBinding b : c.mapArgs()) {
          if (b.cell() instanceof CellRef.Param p && p.methodId().equals(method) && p.index() == param) {
            for (String target : calls.dispatch(c)) {
              List<CallGraph.Edge> next = new ArrayList<>(path);
              next.add(new CallGraph.Edge(method, j, target, c.receiver()));
              instantiate(target, b.index(), cell, f, passed, ownFrame,
                  unpublished && !handedOnBefore(m, j, self, false), via, viaEvent,
                  asPassed(own[j], paramLock, passed).union(outerLocks), next, seen, depth + 1);
            }
          }
        }
      }
    }
  }

  /**
   * The locks a helper holds, seen from the call that passes {@code passed}: {@code synchronized
   * (map)} on its map parameter holds the lock of the field the caller passed (Netty's
   * newOptionsArray(options) locks the same map as option()'s synchronized (options)).
   */
  private LockSet asPassed(LockSet locks, LockRef paramLock, CellRef passed) {
    if (locks.isEmpty() || !(passed instanceof CellRef.Field field)
        || program.reassignedFields().contains(field.id())) {
      return locks;
    }
    LockSet out = locks;
    for (LockRef l : locks.locks()) {
      if (l.kind() == LockRef.Kind.LOCAL && l.id().equals(paramLock.id())) {
        out = out.without(l, false).with(new LockRef(LockRef.Kind.FIELD, field.id(), l.mode()));
      }
    }
    return out;
  }

  private void add(String method, int event, Event.Access a, String cell, Cells.CellFacts f,
                   CellRef accessed, LockSet locks, BitSet threads, String via, int viaEvent,
                   List<CallGraph.Edge> viaCalls, boolean owned, boolean ownFrame) {
    AccessKind kind = a.kind();
    // a read that moves or cleans up entries: judged by the maps that reach the accessed variable
    // itself (through a parameter: the variable the caller passed)
    boolean accessOrdered = f.accessOrdered();
    boolean weak = f.weak();
    if (accessOrdered || weak) {
      Cells.OwnKinds own = cells.ownKinds(accessed);
      accessOrdered = own.accessOrdered();
      weak = own.weak();
    }
    if (kind == AccessKind.READ && accessOrdered && accessOrderWrites.contains(a.operation())) {
      kind = AccessKind.WRITE;
    }
    if (weak && (kind == AccessKind.READ || kind == AccessKind.ITERATE)) kind = AccessKind.WRITE;
    sites.add(new AccessSite(sites.size(), method, event, a, cell, kind, locks,
        threads, owned, ownFrame, via, viaEvent, viaCalls));
  }
}
