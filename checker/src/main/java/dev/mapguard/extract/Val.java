package dev.mapguard.extract;

import com.sun.source.tree.Tree;
import dev.mapguard.model.Alloc;
import dev.mapguard.model.CellRef;
import dev.mapguard.model.Event.Receiver;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MapKind;
import dev.mapguard.model.ObjectRef;
import dev.mapguard.model.TaskRef;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What an expression evaluates to, as far as the extractor cares: a map held by some variable, a
 * view or iterator of one, a new map, a lock, code to run, an executor, a stream... Everything
 * else is {@link #NONE}.
 */
sealed interface Val {
  Val NONE = new None();

  record None() implements Val {}

  /** The map held by {@code cell}; {@code tree} is where to report an access through it. */
  record MapV(CellRef cell, Receiver receiver, Tree tree) implements Val {}

  /** A view (keySet, values, entrySet, headMap...) of the map held by {@code cell}. */
  record ViewV(CellRef cell, String view, Receiver receiver, Tree tree) implements Val {}

  /** An iterator over a view of the map held by {@code cell}. */
  record IterV(CellRef cell, Receiver receiver, Tree tree) implements Val {}

  /** An entry of the map held by {@code cell} (the loop variable over entrySet()). */
  record EntryV(CellRef cell, Receiver receiver, Tree tree) implements Val {}

  /** An AtomicReference field holding a map. */
  record HolderV(String fieldId, Receiver receiver) implements Val {}

  /** A freshly made map of a known kind. */
  record NewMapV(Alloc.Known alloc) implements Val {}

  /** An unmodifiable or synchronized wrapper around another map value. */
  record WrapV(MapKind kind, Val inner, Alloc.Known alloc) implements Val {}

  /** A Collector that builds a map of this kind (Collectors.toMap...). */
  /**
   * A collector making maps of {@code kind}; {@code code}: the functions it was given (key and
   * value mappers, a merge function), which run where a stream collects with it.
   */
  record CollectorV(MapKind kind, List<Val> code) implements Val {
    public CollectorV {
      code = List.copyOf(code);
    }
  }

  /** A lock object made right here, that no other thread can lock: it excludes nothing. */
  record FreshLockV() implements Val {}

  /** A lock (or one half of a read/write lock). */
  record LockV(LockRef lock) implements Val {}

  /**
   * A local collection that tasks are added to (for invokeAll): {@code tasks} grows as adds are
   * met; {@code repeated[0]} is set when an add sits in a loop (one lambda, several tasks).
   */
  record TaskBagV(List<TaskRef> tasks, boolean[] repeated) implements Val {}

  /**
   * Code that can be run: a lambda, a method reference, code held in a variable. {@code literal}
   * when the lambda or method reference is written right here (not read from a variable).
   */
  record TaskV(List<TaskRef> tasks, boolean fresh, boolean literal) implements Val {}

  /**
   * An object of a class of the program; {@code fresh} when made here and not escaped before
   * source position {@code freshUntil} (an object a local holds is the method's own at the uses
   * before it may escape); {@code handOff} when made here and given away once (to a spawn) without
   * other uses; {@code self} when it is the running code's {@code this} (or an enclosing instance).
   * {@code origin} says where an object a local holds comes from (made here, or returned by a
   * method of the program), for the uses before {@code ownUntil}, the position from which it may
   * have escaped other than by being passed to the program's own methods.
   */
  record ObjV(TypeElement type, boolean fresh, long freshUntil, boolean handOff, boolean self,
              ObjectRef origin, long ownUntil) implements Val {
    ObjV(TypeElement type, boolean fresh) {
      this(type, fresh, Long.MAX_VALUE, fresh, false, ObjectRef.NONE, Long.MIN_VALUE);
    }

    ObjV(TypeElement type, boolean fresh, long freshUntil, boolean handOff) {
      this(type, fresh, freshUntil, handOff, false, ObjectRef.NONE, Long.MIN_VALUE);
    }

    /** {@code this}, or {@code Outer.this}: the object of the code running. */
    static ObjV thisOf(TypeElement type) {
      return new ObjV(type, false, Long.MAX_VALUE, false, true, ObjectRef.NONE, Long.MIN_VALUE);
    }

    /** Whether the object is still this method's own at source position {@code pos}. */
    boolean freshAt(long pos) {
      return fresh && pos < freshUntil;
    }

    /** Where the object comes from at source position {@code pos}, as far as the analyses ask. */
    ObjectRef originAt(long pos) {
      return pos < ownUntil ? origin : ObjectRef.NONE;
    }
  }

  /**
   * The object a call of the program's method {@code maker} returned (not a map or code), made on
   * the object {@code receiver} ({@code ObjectRef.NONE} when static or not known).
   */
  record MadeV(TypeElement type, String maker, dev.mapguard.model.ObjectRef receiver) implements Val {}

  /** The object of a class of the program a static field or an enum constant holds. */
  record StaticObjV(dev.mapguard.model.StaticObject object) implements Val {}

  /**
   * The object {@code this} holds in its instance field {@code fieldId} (declared by class
   * {@code holder}, of a type of the program): a client's object where {@code this} is one, if
   * the field turns out to be held (see {@code SharingNotes.objectFieldStored}).
   */
  record HeldObjV(String holder, String fieldId, boolean justMade, int viaParam) implements Val {
    /** The object {@code this} holds in the field ({@code viaParam} -1). */
    HeldObjV(String holder, String fieldId, boolean justMade) {
      this(holder, fieldId, justMade, -1);
    }
  }

  /** Parameter {@code index} of method {@code methodId}, an object of a class of the program. */
  record ParamObjV(String methodId, int index) implements Val {}

  /**
   * The result of calling a method of the program: a map, or a collection that may be a view;
   * {@code receiver} says how the object the method was called on was reached.
   */
  record CallV(String methodId, boolean collection, Receiver receiver) implements Val {}

  /** A Thread or Future returned by a spawn; {@code token} names it for start/join. */
  record SpawnV(String token, boolean thread) implements Val {}

  /** A CompletableFuture stage of chain {@code chain}. */
  record ChainV(String chain) implements Val {}

  /** A stream; {@code parallel} when its operations run on several threads. */
  record StreamV(boolean parallel) implements Val {}

  /** An executor or timer; {@code id} names the variable holding it (null if unnamed). */
  record ExecutorV(String id, boolean serial) implements Val {}
}
