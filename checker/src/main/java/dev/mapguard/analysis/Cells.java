package dev.mapguard.analysis;

import dev.mapguard.model.Alloc;
import dev.mapguard.model.CellRef;
import dev.mapguard.model.Event;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.LocalInfo;
import dev.mapguard.model.MapKind;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The map variables of the program and what they hold. A field assigned from a parameter is the
 * same map as whatever the callers pass there, so those variables are merged into one cell
 * (union-find); each cell then learns the kinds of map that flow into it, following
 * assignments, getters and parameters.
 */
public final class Cells {

  /** What is known about one (merged) map variable. */
  public record CellFacts(String id, String display, boolean unsafe, boolean accessOrdered,
                          boolean weak, boolean synchronizedWrapper, boolean onlyFresh,
                          FieldInfo field, LocalInfo local, List<LocalInfo> locals, String kindName) {}

  private final Program program;
  private final CallGraph calls;
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, List<Alloc>> stores = new HashMap<>();
  /** Locals whose map is copied into another variable (a field, another local). */
  private final Set<String> handedOn = new HashSet<>();
  private final Map<String, CellFacts> facts = new HashMap<>();

  Cells(Program program, CallGraph calls) {
    this.program = program;
    this.calls = calls;
    for (MethodInfo m : program.methods().values()) {
      for (Event e : m.events()) {
        if (e instanceof Event.Store s) {
          stores.computeIfAbsent(s.target().id(), k -> new ArrayList<>()).add(s.value());
          if (s.value() instanceof Alloc.FromCell from && from.cell() instanceof CellRef.Local
              && !from.cell().equals(s.target())) {
            handedOn.add(from.cell().id());
          }
        }
      }
    }
    // a field (or captured parameter) filled from a parameter is the callers' map; a field given
    // unmodifiableMap(other) reads through to the other field's map
    for (MethodInfo m : program.methods().values()) {
      for (Event e : m.events()) {
        if (e instanceof Event.Store s && s.value() instanceof Alloc.View v) {
          union(s.target().id(), v.of().id());
        }
        if (e instanceof Event.Store s && s.value() instanceof Alloc.FromParam p
            && !(s.target() instanceof CellRef.Param)) {
          for (CallGraph.Edge edge : calls.callersOf(p.methodId())) {
            Event call = program.method(edge.caller()).events().get(edge.event());
            if (!(call instanceof Event.Call c)) continue;
            for (Event.ArgBinding b : c.mapArgs()) {
              if (b.index() == p.index() && !(b.cell() instanceof CellRef.Param)
                  && !(b.cell() instanceof CellRef.Returned)) {
                union(s.target().id(), b.cell().id());
              }
            }
          }
        }
      }
    }
  }

  private String find(String id) {
    String p = parent.get(id);
    if (p == null) return id;
    String root = find(p);
    if (!root.equals(p)) parent.put(id, root);
    return root;
  }

  private void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb)) return;
    // keep fields as representatives: their names are what users know
    boolean aField = program.field(ra) != null;
    boolean bField = program.field(rb) != null;
    if (bField && !aField) {
      parent.put(ra, rb);
    } else if (aField == bField && rb.compareTo(ra) < 0) {
      parent.put(ra, rb);
    } else {
      parent.put(rb, ra);
    }
  }

  /** The representative id of a cell (after merging), or null for cells we cannot name. */
  public String canonical(CellRef cell) {
    if (cell instanceof CellRef.Returned r) {
      CellRef returned = returnedBy(r.methodId());
      return returned == null ? null : canonical(returned);
    }
    if (cell instanceof CellRef.Values v && v.mapCellId().endsWith("/returned")) {
      return null;
    }
    if (cell instanceof CellRef.Param) return null;
    return find(cell.id());
  }

  /**
   * The access as the analyses judge it: a map a getter returned belongs to the object the getter
   * was called on only when the getter returns a field of its own {@code this} ({@code
   * node.getAttributes().putAll(..)} on a {@code node} just made is that node's map); otherwise
   * the object it belongs to is unknown.
   */
  Event.Access judged(Event.Access a) {
    if (!(a.cell() instanceof CellRef.Returned r) || a.receiver() == Event.Receiver.OTHER
        || returnsOwnField(r.methodId())) {
      return a;
    }
    return new Event.Access(a.cell(), a.kind(), a.operation(), a.pos(), a.text(), Event.Receiver.OTHER,
        a.holderParam());
  }

  private boolean returnsOwnField(String methodId) {
    MethodInfo m = program.method(methodId);
    if (m != null && !m.is(MethodInfo.ABSTRACT)) return m.is(MethodInfo.RETURNS_OWN_FIELD);
    boolean any = false;
    for (String impl : calls.dispatch(methodId, true)) {
      MethodInfo im = program.method(impl);
      if (im == null || im.is(MethodInfo.ABSTRACT)) continue;
      if (!im.is(MethodInfo.RETURNS_OWN_FIELD)) return false;
      any = true;
    }
    return any;
  }

  /**
   * The map variable a getter returns: its own, or, for a method without a body (an interface
   * getter), the one every implementation in the program returns.
   */
  private CellRef returnedBy(String methodId) {
    MethodInfo m = program.method(methodId);
    if (m != null && m.returnsCell() != null) return m.returnsCell();
    CellRef found = null;
    for (String impl : calls.dispatch(methodId, true)) {
      MethodInfo im = program.method(impl);
      if (im == null || im.returnsCell() == null) continue;
      if (found != null && !found.equals(im.returnsCell())) return null; // ambiguous
      found = im.returnsCell();
    }
    return found;
  }

  private Map<String, List<String>> groups;

  /** All ids merged into the representative {@code id}. */
  private List<String> members(String id) {
    if (groups == null) {
      groups = new HashMap<>();
      for (String k : parent.keySet()) groups.computeIfAbsent(find(k), r -> new ArrayList<>()).add(k);
    }
    List<String> out = new ArrayList<>();
    out.add(id);
    for (String k : groups.getOrDefault(id, List.of())) {
      if (!k.equals(id)) out.add(k);
    }
    return out;
  }

  /** The values stored into variable {@code id} itself (not its merged partners). */
  public List<Alloc> storesInto(String id) {
    return stores.getOrDefault(id, List.of());
  }

  /**
   * What flows into one variable by its own stores: whether an access-ordered or weak map can, and
   * whether every map that does is made right there (no parameter, no call result).
   */
  public record OwnKinds(boolean accessOrdered, boolean weak, boolean onlyMadeHere) {}

  private final Map<String, OwnKinds> ownKinds = new HashMap<>();

  /**
   * The kinds of map that flow into this variable itself (its stores, followed through
   * parameters, getters and copies of other variables), not into everything merged with it: an
   * access-ordered LinkedHashMap stored into one plug-in's field does not make a read of another
   * plug-in's field a write because both were passed one caller's map.
   */
  public OwnKinds ownKinds(CellRef cell) {
    OwnKinds known = ownKinds.get(cell.id());
    if (known == null) {
      Set<Alloc.Known> kinds = new LinkedHashSet<>();
      boolean[] unknown = {false};
      collect(cell.id(), kinds, unknown, new HashSet<>(), 0);
      boolean accessOrdered = false;
      boolean weak = false;
      for (Alloc.Known k : kinds) {
        accessOrdered |= k.accessOrdered();
        weak |= k.weak();
      }
      known = new OwnKinds(accessOrdered, weak, !unknown[0] && !kinds.isEmpty());
      ownKinds.put(cell.id(), known);
    }
    return known;
  }

  public CellFacts facts(String id) {
    // not computeIfAbsent: computing the maps inside a map computes that map's facts first,
    // and a HashMap must not change while it computes a value
    CellFacts known = facts.get(id);
    if (known == null) {
      known = compute(id);
      facts.put(id, known);
    }
    return known;
  }

  private CellFacts compute(String id) {
    List<String> members = parent.isEmpty() ? List.of(id) : members(id);
    FieldInfo field = null;
    LocalInfo local = null;
    List<LocalInfo> locals = new ArrayList<>();
    for (String m : members) {
      if (field == null) field = program.field(m);
      LocalInfo l = program.locals().get(m);
      if (l != null) locals.add(l);
      if (local == null) local = l;
    }
    if (field == null && id.endsWith("/content")) {
      field = program.field(id.substring(0, id.length() - "/content".length()));
    }
    Set<Alloc.Known> known = new LinkedHashSet<>();
    boolean[] unknown = {false};
    for (String m : members) collect(m, known, unknown, new HashSet<>(), 0);
    boolean unsafe = false;
    boolean accessOrdered = false;
    boolean weak = false;
    boolean syncWrapper = false;
    String kindName = null;
    MapKind declared = field != null && !id.endsWith("/content") ? field.declaredKind() : MapKind.UNKNOWN;
    if (declared == MapKind.UNSAFE) {
      unsafe = true;
      kindName = field.declaredType();
    }
    boolean onlyFresh = !unknown[0];
    for (Alloc.Known k : known) {
      if (k.kind() == MapKind.UNSAFE) {
        unsafe = true;
        if (kindName == null) kindName = simpleTypeOf(k.text());
      }
      accessOrdered |= k.accessOrdered();
      weak |= k.weak();
      syncWrapper |= k.kind() == MapKind.SYNCHRONIZED;
    }
    // a variable declared as a concurrent type holds a concurrent map whatever flows in
    if (declared == MapKind.CONCURRENT || declared == MapKind.IMMUTABLE) unsafe = false;
    String display = field != null ? field.display() + (id.endsWith("/content") ? ".get()" : "")
        : local != null ? local.display() : id;
    if (id.endsWith("/values")) {
      display = "the maps inside " + facts(id.substring(0, id.length() - "/values".length())).display();
      field = null;
    }
    return new CellFacts(id, display, unsafe, accessOrdered, weak, syncWrapper, onlyFresh, field,
        local, locals, kindName == null ? "map" : kindName);
  }

  private static String simpleTypeOf(String text) {
    // "new HashMap<>()" -> HashMap; "Maps.newHashMap()" -> map
    String t = text.startsWith("new ") ? text.substring(4) : text;
    int end = 0;
    while (end < t.length() && Character.isJavaIdentifierPart(t.charAt(end)) || end < t.length() && t.charAt(end) == '.') end++;
    String name = t.substring(0, end);
    name = name.substring(name.lastIndexOf('.') + 1);
    return text.startsWith("new ") && !name.isEmpty() ? name : "map";
  }

  /** Gathers the map kinds that flow into variable {@code id}. */
  private void collect(String id, Set<Alloc.Known> out, boolean[] unknown, Set<String> seen, int depth) {
    if (depth > 12 || !seen.add(id)) return;
    for (Alloc a : stores.getOrDefault(id, List.of())) collectAlloc(a, out, unknown, seen, depth);
  }

  private void collectAlloc(Alloc a, Set<Alloc.Known> out, boolean[] unknown, Set<String> seen,
                            int depth) {
    if (a instanceof Alloc.Known k) {
      if (k.kind() == MapKind.UNKNOWN) unknown[0] = true; else out.add(k);
    } else if (a instanceof Alloc.View v) {
      collect(v.of().id(), out, unknown, seen, depth + 1);
    } else if (a instanceof Alloc.FromCell c) {
      unknown[0] = true;
      collect(c.cell().id(), out, unknown, seen, depth + 1);
    } else if (a instanceof Alloc.FromCall c) {
      // the result of a factory that only returns maps it makes is as fresh as a new map
      Set<Alloc.Known> made = new LinkedHashSet<>();
      if (freshlyMade(c, made, new HashSet<>(), 0) && !made.isEmpty()) {
        out.addAll(made);
        return;
      }
      unknown[0] = true;
      for (String target : calls.dispatch(c.methodId(), true)) {
        if (!seen.add("call:" + target)) continue;
        MethodInfo m = program.method(target);
        if (m == null) continue;
        for (Alloc r : m.returns()) collectAlloc(r, out, unknown, seen, depth + 1);
      }
    } else if (a instanceof Alloc.FromParam p) {
      String key = "param:" + p.methodId() + "/" + p.index();
      if (!seen.add(key)) return;
      List<CallGraph.Edge> callers = calls.callersOf(p.methodId());
      // a map from the method's callers: unknown, unless every caller passes a map it just made
      if (callers.isEmpty()) unknown[0] = true;
      for (CallGraph.Edge edge : callers) {
        Event call = program.method(edge.caller()).events().get(edge.event());
        if (!(call instanceof Event.Call c)) {
          unknown[0] = true;
          continue;
        }
        if (freshArgument(c, p.index(), out)) continue;
        unknown[0] = true;
        for (Event.ArgBinding b : c.mapArgs()) {
          if (b.index() == p.index()) {
            if (b.cell() instanceof CellRef.Param pp) {
              collectAlloc(new Alloc.FromParam(pp.methodId(), pp.index()), out, unknown, seen, depth + 1);
            } else {
              collect(b.cell().id(), out, unknown, seen, depth + 1);
            }
          }
        }
      }
    }
  }

  /** Whether argument {@code index} of the call is a map made at the call (added to {@code out}). */
  private boolean freshArgument(Event.Call c, int index, Set<Alloc.Known> out) {
    for (Event.FreshArg f : c.freshMapArgs()) {
      if (f.index() != index) continue;
      Set<Alloc.Known> made = new LinkedHashSet<>();
      if (!freshlyMade(f.map(), made, new HashSet<>(), 0) || made.isEmpty()) return false;
      out.addAll(made);
      return true;
    }
    return false;
  }

  /**
   * Whether a local a method returns holds only maps made for it ({@code Map m; if (..) m =
   * config.values(); else m = new HashMap<>(); ..; return m;}): every store into it is freshly
   * made, nothing copies it into another variable or passes it to a callee, and no code the method
   * starts may keep it.
   */
  private boolean freshLocal(CellRef.Local l, Set<Alloc.Known> out, Set<String> seen, int depth) {
    if (!seen.add("local:" + l.id())) return true; // a cycle adds no map of its own
    LocalInfo info = program.locals().get(l.id());
    List<Alloc> into = stores.get(l.id());
    if (info == null || into == null || into.isEmpty() || handedOn.contains(l.id())) return false;
    MethodInfo owner = program.method(info.methodId());
    if (owner == null) return false;
    for (Event e : owner.events()) {
      if (info.captured() && e instanceof Event.Spawn) return false; // a task started here may keep it
      if (e instanceof Event.Call c) {
        for (Event.ArgBinding b : c.mapArgs()) {
          if (b.cell().equals(l)) return false; // the callee may keep it
        }
      }
    }
    for (Alloc a : into) {
      if (!freshlyMade(a, out, seen, depth + 1)) return false;
    }
    return true;
  }

  /**
   * Whether the value is a map made for its receiver alone: a new map of a known kind, or the
   * result of a method of the program that only returns such maps (a factory).
   */
  private boolean freshlyMade(Alloc a, Set<Alloc.Known> out, Set<String> seen, int depth) {
    if (a instanceof Alloc.Known k) {
      if (k.kind() == MapKind.UNKNOWN) return false;
      out.add(k);
      return true;
    }
    if (a instanceof Alloc.FromCell fc && fc.cell() instanceof CellRef.Local l && depth <= 4) {
      return freshLocal(l, out, seen, depth);
    }
    if (!(a instanceof Alloc.FromCall c) || depth > 4) return false;
    List<String> targets = calls.dispatch(c.methodId(), true);
    if (targets.isEmpty()) return false;
    for (String target : targets) {
      if (!seen.add(target)) continue;
      MethodInfo m = program.method(target);
      if (m == null || m.returns().isEmpty()) return false;
      for (Alloc r : m.returns()) {
        if (!freshlyMade(r, out, seen, depth + 1)) return false;
      }
    }
    return true;
  }
}
