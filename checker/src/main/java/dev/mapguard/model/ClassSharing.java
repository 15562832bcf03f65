package dev.mapguard.model;

import java.util.Set;

/**
 * What a class says about being shared between threads, and how its objects can reach code the
 * program runs on its own threads: the facts the client contract is decided on (see
 * {@code analysis.ClientContract}).
 *
 * @param evidence      whether the class shows it is meant to be shared, or says it is not
 * @param thisEscapes   some code of the class hands {@code this} on: as an argument, into a field,
 *                      an array or a collection (so other code may reach the object)
 * @param thisRegistered code that makes an object of the class (a constructor, an initialiser) hands
 *                      {@code this} on: the object registers itself with others as it is made (a
 *                      listener, a gauge), so whoever it registers with may use it from its threads
 * @param supertypes    every supertype of the class, in the program or not (class ids), less
 *                      {@code java.lang.Object}
 * @param acceptedTypes declared types (class ids) of parameters that code of the class keeps: stores
 *                      into a field, an array or a collection, or captures in a lambda or an inner
 *                      class. Objects of those types that a client made may be reached by the
 *                      program after the call returns.
 * @param keptGlobally  of those, the types of parameters kept in a static field or a collection held
 *                      by one: any thread may reach them
 * @param heldFields    ids of the instance fields (of classes of the program) whose object belongs
 *                      with the holder: every store gives a new object, a parameter of the
 *                      constructor storing it, or null, and the object goes nowhere but the
 *                      receiver of calls (or a return): no local, argument, field or method
 *                      reference takes it. An object a client's object holds so is the client's.
 * @param freshFields   ids of the instance fields (of classes of the program) every store of which
 *                      gives a new object ({@code new T(..)}) or null: in a final one, each object of
 *                      the class has an object of its own
 * @param storedGlobally declared types (class ids) of any objects, not only parameters, that code of
 *                      the class stores in a static field or hands to a collection a static field
 *                      holds (a {@code ThreadLocal} apart): objects of those types may reach any
 *                      thread, whoever made them
 */
public record ClassSharing(Evidence evidence, boolean thisEscapes, boolean thisRegistered,
                           Set<String> supertypes,
                          Set<String> acceptedTypes, Set<String> keptGlobally,
                          Set<String> heldFields, Set<String> freshFields,
                          Set<String> storedGlobally) {
  /** For classes whose facts are not known (hand-built models): never taken as confined. */
  public static final ClassSharing UNKNOWN =
      new ClassSharing(Evidence.SHARED, true, true, Set.of(), Set.of(), Set.of(), Set.of(),
          Set.of(), Set.of());

  public ClassSharing {
    supertypes = Set.copyOf(supertypes);
    acceptedTypes = Set.copyOf(acceptedTypes);
    keptGlobally = Set.copyOf(keptGlobally);
    heldFields = Set.copyOf(heldFields);
    freshFields = Set.copyOf(freshFields);
    storedGlobally = Set.copyOf(storedGlobally);
  }

  public enum Evidence {
    /** Nothing either way. */
    NONE,
    /**
     * Meant to be shared: {@code @ThreadSafe}, a volatile, lock or java.util.concurrent instance field, or
     * documented thread-safe.
     */
    SHARED,
    /** Annotated {@code @NotThreadSafe} or documented as not thread-safe. */
    NOT_THREAD_SAFE
  }
}
