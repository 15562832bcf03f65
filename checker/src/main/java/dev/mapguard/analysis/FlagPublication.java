package dev.mapguard.analysis;

import dev.mapguard.model.AccessKind;
import dev.mapguard.model.Event;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps published through a volatile flag, as in lazy initialisation:
 *
 * <pre>{@code
 * private static synchronized void init() {
 *   if (initialized) return;
 *   aliases.put(..); ...
 *   initialized = true;            // volatile
 * }
 * static List<Cipher> parse(..) {
 *   if (!initialized) init();
 *   return aliases.get(..);
 * }
 * }</pre>
 *
 * A write made before the flag is set (in the method that sets it, on every path, or in code
 * only such methods call before they set it) happens before a read made after a read of the flag
 * (in the reading method, or in every caller before the call): the reader saw the flag set, or
 * ran the initialiser itself. The writes must exclude each other (a common lock, or one thread
 * that runs once), or two initialisers could still fill the map while a reader that already
 * passed reads it. Which value of the flag a branch tests is not followed: a reader that reads
 * the map only when the flag is not set is taken as ordered too.
 */
final class FlagPublication {
  private static final int DEPTH = 4;

  private final Program program;
  private final CallGraph calls;
  private final ThreadContexts contexts;
  private final Function<String, MethodLayout> layouts;
  private final Map<String, List<AccessSite>> sitesByCell;
  private final Map<String, Set<String>> setAfter = new HashMap<>();
  private final Map<String, Boolean> readBefore = new HashMap<>();
  /** Per cell: the flags every write of the map is made before, when the writes exclude each other. */
  private final Map<String, Set<String>> publishedBy = new HashMap<>();

  FlagPublication(Program program, CallGraph calls, ThreadContexts contexts,
                  Function<String, MethodLayout> layouts, Map<String, List<AccessSite>> sitesByCell) {
    this.program = program;
    this.calls = calls;
    this.contexts = contexts;
    this.layouts = layouts;
    this.sitesByCell = sitesByCell;
  }

  /** Whether a flag orders the two accesses: one writes before it is set, the other reads after. */
  boolean orders(AccessSite a, AccessSite b) {
    return ordered(a, b) || ordered(b, a);
  }

  private boolean ordered(AccessSite write, AccessSite read) {
    if (!writes(write) || writes(read)) return false;
    Set<String> flags = publishedBy.computeIfAbsent(write.cell(), this::flagsOfCell);
    if (flags.isEmpty() || !flagsSetAfter(read.timeMethod(), read.timeEvent(), 0).isEmpty()) return false;
    for (String flag : flags) {
      if (readBefore(read.timeMethod(), read.timeEvent(), flag, 0)) return true;
    }
    return false;
  }

  private static boolean writes(AccessSite a) {
    return a.kind() == AccessKind.WRITE || a.kind() == AccessKind.REASSIGN;
  }

  /** The flags set after every write of the map, if its writes exclude each other; else none. */
  private Set<String> flagsOfCell(String cell) {
    Set<String> flags = null;
    LockSet common = null;
    BitSet where = new BitSet();
    for (AccessSite s : sitesByCell.getOrDefault(cell, List.of())) {
      if (!writes(s)) continue;
      Set<String> f = new HashSet<>(flagsSetAfter(s.timeMethod(), s.timeEvent(), 0));
      if (flags == null) {
        flags = f;
      } else {
        flags.retainAll(f);
      }
      if (flags.isEmpty()) return Set.of();
      common = common == null ? s.locks() : common.meet(s.locks());
      where.or(s.contexts());
    }
    if (flags == null) return Set.of();
    // one object's monitor does not exclude another's: a static map needs a lock of its own
    boolean locked = false;
    if (common != null && !common.isTop()) {
      for (dev.mapguard.model.LockRef l : common.locks()) {
        locked |= !(staticCell(cell) && l.kind() == dev.mapguard.model.LockRef.Kind.THIS);
      }
    }
    int only = where.cardinality() == 1 ? where.nextSetBit(0) : -1;
    boolean oneThread = only > ThreadContexts.MAIN && !contexts.context(only).selfConcurrent();
    return locked || oneThread ? flags : Set.of();
  }

  private boolean staticCell(String cell) {
    List<AccessSite> sites = sitesByCell.get(cell);
    if (sites == null || sites.isEmpty()) return false;
    dev.mapguard.model.CellRef ref = sites.get(0).access().cell();
    if (!(ref instanceof dev.mapguard.model.CellRef.Field f)) return false;
    var field = program.field(f.id());
    return field != null && field.isStatic();
  }

  /**
   * The flags set after {@code event} of {@code method} on every path through the method (set at
   * its top level, later, not in a loop with the event), or else after every call that leads to it.
   */
  private Set<String> flagsSetAfter(String method, int event, int depth) {
    String key = method + "@" + event;
    Set<String> known = setAfter.get(key);
    if (known != null) return known;
    setAfter.put(key, Set.of()); // a cycle sets nothing by itself
    Set<String> out = new HashSet<>();
    MethodInfo m = program.method(method);
    if (m != null) {
      MethodLayout layout = layouts.apply(method);
      List<Event> events = m.events();
      for (int j = event + 1; j < events.size(); j++) {
        if (events.get(j) instanceof Event.FlagSet f && layout.topLevel(j) && !layout.canReach(j, event)) {
          out.add(f.fieldId());
        }
      }
      if (out.isEmpty() && depth < DEPTH && !contexts.isRootEntry(method) && calls.hasCallers(method)) {
        boolean first = true;
        for (CallGraph.Edge e : calls.callersOf(method)) {
          Set<String> f = flagsSetAfter(e.caller(), e.event(), depth + 1);
          if (first) {
            out.addAll(f);
            first = false;
          } else {
            out.retainAll(f);
          }
          if (out.isEmpty()) break;
        }
      }
    }
    Set<String> result = Set.copyOf(out);
    setAfter.put(key, result);
    return result;
  }

  /** Whether the flag is read before {@code event} on every path to it, here or in every caller. */
  private boolean readBefore(String method, int event, String flag, int depth) {
    String key = method + "@" + event + "/" + flag;
    Boolean known = readBefore.get(key);
    if (known != null) return known;
    readBefore.put(key, false);
    boolean result = false;
    MethodInfo m = program.method(method);
    if (m != null) {
      MethodLayout layout = layouts.apply(method);
      List<Event> events = m.events();
      for (int j = 0; j < event && !result; j++) {
        result = events.get(j) instanceof Event.FlagRead f && f.fieldId().equals(flag)
            && layout.dominates(j, event);
      }
      if (!result && depth < DEPTH && !contexts.isRootEntry(method) && calls.hasCallers(method)) {
        result = true;
        for (CallGraph.Edge e : calls.callersOf(method)) {
          if (!readBefore(e.caller(), e.event(), flag, depth + 1)) {
            result = false;
            break;
          }
        }
      }
    }
    readBefore.put(key, result);
    return result;
  }
}
