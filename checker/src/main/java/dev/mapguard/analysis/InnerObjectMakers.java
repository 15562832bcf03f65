package dev.mapguard.analysis;

import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the inner objects of each class are made, for {@link EntryObjects}: an inner object's
 * enclosing instance is the {@code this} of the code that made it. When every object of an inner
 * class is made by code of its enclosing class running on the thread's own object (a network
 * thread's runner making its own metadata calls), the enclosing instance of every such object that
 * thread meets is its own object, however the thread reached the inner object (from a queue, a map
 * of calls in flight). Objects of the class that code stores where any thread may reach them (a
 * static field, a collection one holds: {@code ClassSharing.storedGlobally}) may come from another
 * thread's object, and so do those made by code that also runs elsewhere.
 */
final class InnerObjectMakers {
  private final Program program;
  private final CallGraph calls;
  private final ThreadContexts contexts;
  private final Set<String> storedGlobally = new HashSet<>();
  private final ConstructionCode construction;
  /** By inner class: the methods that make its objects, or null when some are not known. */
  private final Map<String, int[]> makers = new HashMap<>();

  InnerObjectMakers(Program program, CallGraph calls, ThreadContexts contexts) {
    this.program = program;
    this.calls = calls;
    this.contexts = contexts;
    this.construction = new ConstructionCode(program);
    for (ClassInfo c : program.classes().values()) storedGlobally.addAll(c.sharing().storedGlobally());
  }

  /**
   * Whether, on context {@code context}, the enclosing instance of the object running method
   * {@code method} (of an inner class) is always the object the thread entered with, given
   * {@code foreign}: by method number, the contexts on which its {@code this} may be another
   * object.
   */
  boolean enclosingIsOwn(int method, int context, BitSet[] foreign) {
    MethodInfo m = program.method(calls.id(method));
    if (m == null) return false;
    ClassInfo inner = program.clazz(m.classId());
    if (inner == null || inner.outer() == null || inner.sharing().thisEscapes()) return false;
    int[] made = makersOf(inner, m);
    if (made == null || made.length == 0) return false;
    for (int k : made) {
      MethodInfo maker = program.method(calls.id(k));
      if (maker == null || maker.is(MethodInfo.STATIC) || !inner.outer().equals(maker.classId())) {
        return false;
      }
      BitSet on = contexts.contextsOf(k);
      if (on.cardinality() != 1 || !on.get(context) || foreign[k].get(context)) return false;
    }
    return true;
  }

  /** The methods that make objects of the class (numbers), or null when unknown or published. */
  private int[] makersOf(ClassInfo inner, MethodInfo member) {
    if (makers.containsKey(inner.id())) return makers.get(inner.id());
    int[] out = findMakers(inner, member);
    makers.put(inner.id(), out);
    return out;
  }

  private int[] findMakers(ClassInfo inner, MethodInfo member) {
    for (String t : calls.hierarchy().related(inner.id())) {
      if (storedGlobally.contains(t)) return null;
    }
    if (inner.anonymous()) {
      // made only where it is written: by the method around it
      int k = member.lambdaOf() == null ? -1 : calls.number(member.lambdaOf());
      return k < 0 ? null : new int[] {k};
    }
    List<Integer> out = new ArrayList<>();
    for (MethodInfo c : construction.of(inner.id())) {
      int n = calls.number(c.id());
      if (n < 0) continue;
      for (int caller : calls.callerNumbers(n)) {
        MethodInfo from = program.method(calls.id(caller));
        // this(..) and instance initialisers run inside the making of the same object
        if (from != null && from.classId().equals(inner.id()) && from.isConstruction()) continue;
        out.add(caller);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
