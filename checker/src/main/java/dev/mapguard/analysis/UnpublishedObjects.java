package dev.mapguard.analysis;

import dev.mapguard.model.Alloc;
import dev.mapguard.model.CellRef;
import dev.mapguard.model.Event;
import dev.mapguard.model.FieldInfo;
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
 * Accesses made while an object is being built, to a map that construction made for it: no other
 * thread can see the object yet, so they race with nothing. MapGuard does not tell one object of a
 * class from another; without this, a constructor filling the new object's map ({@code
 * allMembers.put(..)} in {@code QuorumMaj(Properties)}) races with every thread that reads that
 * field of objects published long before.
 *
 * <p>The access must be on {@code this} in a constructor or instance initialiser, a deserialisation
 * or lifecycle method the runtime calls on a new object (lifecycle.tsv), or a method only they call
 * on {@code this}; the map in the field must be one that code made (none of it stores a map it was
 * given, or got from a call that may return someone else's); and the class must not hand
 * {@code this} on as it is made ({@link SelfRegistration}).
 * Threads the construction itself starts see the object: against those the usual ordering rules
 * apply ({@link #seenBy}).
 */
final class UnpublishedObjects {
  private final Program program;
  private final CallGraph calls;
  private final ThreadContexts contexts;
  private final Ordering ordering;
  private final SelfRegistration registration;
  private final Map<Long, Boolean> bySiteAndContext = new HashMap<>();
  /** Access sites (by id) that touch no instance field on this: never unpublished. */
  private final BitSet never = new BitSet();
  /** Per class: the contexts asked about, and those that may see its objects being built. */
  private final Map<String, BitSet[]> seen = new HashMap<>();
  private final ConstructionCode construction;

  UnpublishedObjects(Program program, CallGraph calls, ThreadContexts contexts, Ordering ordering,
                     SelfRegistration registration, ConstructionCode construction) {
    this.program = program;
    this.construction = construction;
    this.registration = registration;
    this.calls = calls;
    this.contexts = contexts;
    this.ordering = ordering;
  }

  /**
   * Whether access {@code a}, running on context {@code own}, touches a map of an object still
   * being built that no thread of context {@code other} can see.
   */
  boolean hiddenFrom(AccessSite a, int own, int other) {
    if (never.get(a.id()) || !unpublished(a, own)) return false;
    String cls = cellClass(a);
    BitSet[] known = seen.computeIfAbsent(cls, k -> new BitSet[] {new BitSet(), new BitSet()});
    if (!known[0].get(other)) {
      known[0].set(other);
      if (seenBy(other, cls)) known[1].set(other);
    }
    return !known[1].get(other);
  }

  private String cellClass(AccessSite a) {
    return program.method(a.method()).classId();
  }

  private boolean unpublished(AccessSite a, int ctx) {
    if (!possible(a)) {
      never.set(a.id());
      return false;
    }
    long key = ((long) a.id() << 20) ^ ctx;
    return bySiteAndContext.computeIfAbsent(key, k -> decide(a, ctx));
  }

  /** What does not depend on the thread: an access on this to an instance field's map. */
  private boolean possible(AccessSite a) {
    if (a.via() != null || a.access().receiver() != Event.Receiver.THIS) return false;
    if (!(a.access().cell() instanceof CellRef.Field ref)) return false;
    FieldInfo field = program.field(ref.id());
    return field != null && !field.isStatic();
  }

  private boolean decide(AccessSite a, int ctx) {
    if (a.via() != null || a.access().receiver() != Event.Receiver.THIS) return false;
    if (!(a.access().cell() instanceof CellRef.Field ref)) return false;
    FieldInfo field = program.field(ref.id());
    if (field == null || field.isStatic()) return false;
    Set<String> onTheWay = ordering.constructionChain(a.method(), ctx);
    if (onTheWay == null) return false;
    Set<String> chain = new HashSet<>(onTheWay);
    for (String m : new ArrayList<>(chain)) {
      addDelegated(m, chain);
      // the runtime makes the object it deserialises with the no-argument constructor
      if (program.method(m).is(MethodInfo.INIT_LIKE)) addIds(construction.noArgConstructors(field.classId()), chain);
    }
    addIds(construction.initialisers(field.classId()), chain);
    for (String m : chain) {
      MethodInfo mi = program.method(m);
      if (mi == null || registration.registersItself(mi.classId()) || storesGivenMap(mi, field.id())) return false;
    }
    return !registration.registersItself(field.classId());
  }

  /** Adds the constructors of its own class a constructor delegates to ({@code this(..)}). */
  private void addDelegated(String method, Set<String> out) {
    MethodInfo m = program.method(method);
    if (m == null || m.kind() != MethodInfo.Kind.CONSTRUCTOR) return;
    for (Event e : m.events()) {
      if (!(e instanceof Event.Call c) || c.receiver() != Event.Receiver.THIS) continue;
      MethodInfo t = program.method(c.target());
      if (t != null && t.kind() == MethodInfo.Kind.CONSTRUCTOR && t.classId().equals(m.classId())
          && out.add(t.id())) {
        addDelegated(t.id(), out);
      }
    }
  }

  private static void addIds(List<MethodInfo> methods, Set<String> out) {
    for (MethodInfo m : methods) out.add(m.id());
  }


  /**
   * Whether the method puts into the field a map it did not make (a parameter, another variable, a
   * call that may return a map someone else has).
   */
  private boolean storesGivenMap(MethodInfo m, String fieldId) {
    for (Event e : m.events()) {
      if (e instanceof Event.Store s && s.target() instanceof CellRef.Field f && f.id().equals(fieldId)
          && !fresh(s.value())) {
        return true;
      }
    }
    return false;
  }

  /** A map made right there, or by a method of the program that only returns maps it makes. */
  private boolean fresh(Alloc value) {
    if (value instanceof Alloc.Known) return true;
    if (!(value instanceof Alloc.FromCall call)) return false;
    List<String> makers = calls.dispatch(call.methodId(), true);
    if (makers.isEmpty()) return false;
    for (String id : makers) {
      MethodInfo maker = program.method(id);
      if (maker == null || maker.returns().isEmpty()) return false;
      for (Alloc r : maker.returns()) {
        if (!(r instanceof Alloc.Known)) return false;
      }
    }
    return true;
  }

  /**
   * Whether code of {@code context} may see an object of {@code classId} while it is being built:
   * a thread started by construction code of the class, a class it extends or one extending it
   * (a thread started later by the object's other methods starts after construction).
   */
  private boolean seenBy(int context, String classId) {
    if (context == ThreadContexts.MAIN) return false;
    Set<String> related = calls.hierarchy().related(classId);
    for (ThreadRoot r : contexts.context(context).roots()) {
      if (r.spawner() == null) continue;
      MethodInfo s = program.method(r.spawner());
      if (s == null) return true;
      if (!related.contains(s.classId())) continue;
      if (ordering.constructionChain(s.id(), Ordering.ANY) != null) return true;
    }
    return false;
  }
}
