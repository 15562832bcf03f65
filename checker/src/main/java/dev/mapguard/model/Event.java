package dev.mapguard.model;

import java.util.List;

/** Something that happens in a method body and matters to the analysis. */
public sealed interface Event {
  SourcePos pos();

  /**
   * An access to a map.
   *
   * @param cell       the variable holding the map
   * @param kind       read, iterate, write, reassign
   * @param operation  the method or form, e.g. {@code put}, {@code for-each}, {@code =}
   * @param text       the normalised source text of the access (for fingerprints)
   * @param receiver   how the object holding the field was reached (this, a fresh local, other)
   * @param holderParam for a map reached through a parameter of the method ({@code data.map},
   *                   {@code data.getMap()}): that parameter's index; -1 otherwise
   */
  record Access(CellRef cell, AccessKind kind, String operation, SourcePos pos, String text,
                Receiver receiver, int holderParam) implements Event {
    public Access(CellRef cell, AccessKind kind, String operation, SourcePos pos, String text,
                  Receiver receiver) {
      this(cell, kind, operation, pos, text, receiver, -1);
    }
  }

  /** How the object whose field is accessed (or whose method is called) was reached. */
  enum Receiver {
    /** {@code this} (explicit or implicit), or a static member. */
    THIS,
    /** A local variable holding an object created in this method that has not escaped. */
    FRESH,
    /**
     * An enclosing instance of {@code this} ({@code Outer.this.f}, or an outer class's member
     * named without qualifier in an inner or anonymous class).
     */
    OUTER,
    /** Anything else. */
    OTHER
  }

  /**
   * A call of a method in the program (or that may be overridden in the program).
   *
   * @param target   the method as javac resolved it
   * @param virtual  whether overrides may run instead (non-static, non-private, non-super call)
   * @param receiver how the receiver was reached
   * @param mapArgs  map-valued arguments: for parameter index i, the cell passed
   * @param taskArgs code-valued arguments (lambdas, method references) by parameter index
   * @param freshMapArgs arguments that are maps made at the call, by parameter index
   * @param receiverClass for a call on an object (virtual or final), the class id of the
   *                 receiver's static type when it is narrower than the declaring class of
   *                 {@code target} (a call of {@code Store.put} on a {@code SafeStore}); null when
   *                 it is not known or not narrower. Only overrides that an object of that type can
   *                 run are dispatched to, and the calls the target makes on {@code this} are
   *                 bounded by it (see {@code analysis.ReceiverBounds}).
   * @param receiverObject where the receiver comes from, when it may be the caller's own object
   * @param objectArgs arguments that may be the caller's own objects, by parameter index
   * @param receiverType for a virtual call on an object of a generic type, that type with its
   *                 type arguments ({@code Wrapper<Source>}); null otherwise. Only classes that
   *                 instantiate the type with the same arguments can be the receiver.
   * @param nulls    which arguments are the literal {@code null}, and which parameters of the
   *                 calling method must not be null for the call to be made
   */
  record Call(String target, boolean virtual, Receiver receiver, List<ArgBinding> mapArgs,
              List<TaskArg> taskArgs, SourcePos pos, String receiverClass,
              List<FreshArg> freshMapArgs, ObjectRef receiverObject, List<ObjectArg> objectArgs,
              GenericType receiverType, NullFacts nulls)
      implements Event {
    public Call {
      mapArgs = List.copyOf(mapArgs);
      taskArgs = List.copyOf(taskArgs);
      freshMapArgs = List.copyOf(freshMapArgs);
      objectArgs = List.copyOf(objectArgs);
      if (nulls == null) nulls = NullFacts.NONE;
    }

    public Call(String target, boolean virtual, Receiver receiver, List<ArgBinding> mapArgs,
                List<TaskArg> taskArgs, SourcePos pos, String receiverClass,
                List<FreshArg> freshMapArgs, ObjectRef receiverObject, List<ObjectArg> objectArgs,
                GenericType receiverType) {
      this(target, virtual, receiver, mapArgs, taskArgs, pos, receiverClass, freshMapArgs,
          receiverObject, objectArgs, receiverType, NullFacts.NONE);
    }

    public Call(String target, boolean virtual, Receiver receiver, List<ArgBinding> mapArgs,
                List<TaskArg> taskArgs, SourcePos pos, String receiverClass,
                List<FreshArg> freshMapArgs, ObjectRef receiverObject, List<ObjectArg> objectArgs) {
      this(target, virtual, receiver, mapArgs, taskArgs, pos, receiverClass, freshMapArgs,
          receiverObject, objectArgs, null);
    }

    public Call(String target, boolean virtual, Receiver receiver, List<ArgBinding> mapArgs,
                List<TaskArg> taskArgs, SourcePos pos, String receiverClass,
                List<FreshArg> freshMapArgs) {
      this(target, virtual, receiver, mapArgs, taskArgs, pos, receiverClass, freshMapArgs,
          ObjectRef.NONE, List.of());
    }

    /** A call whose receiver's static type is the declaring class of the target. */
    public Call(String target, boolean virtual, Receiver receiver, List<ArgBinding> mapArgs,
                List<TaskArg> taskArgs, SourcePos pos) {
      this(target, virtual, receiver, mapArgs, taskArgs, pos, null, List.of());
    }
  }

  /**
   * A generic class or interface with its type arguments as class ids, {@code "?"} for an argument
   * that is not one class (a type variable, a wildcard, an array): see {@code Program.typeArgumentsOf}.
   */
  record GenericType(String classId, List<String> args) {
    public GenericType {
      args = List.copyOf(args);
    }
  }

  /**
   * What a call says about {@code null}, as bits by parameter index (the first 31):
   * {@code nullArgs}, the arguments that are the literal {@code null} ({@code setHandler(null)});
   * {@code needsNonNull}, the parameters of the calling method the call is made only when they are
   * not null: it is their method's call ({@code handler.start()}) or it runs only after a test
   * ({@code if (handler != null) addManaged(handler);}); {@code forwards}, the caller's parameters
   * passed on as arguments. A caller passing null for such a parameter, directly or through
   * callers that pass it on, does not reach that call (see {@code analysis.ReceiverBounds}).
   */
  record NullFacts(int nullArgs, int needsNonNull, int[] forwards) {
    public static final NullFacts NONE = new NullFacts(0, 0, null);

    /**
     * @param forwards for each argument, the index of the calling method's parameter it passes on
     *                 as is, or -1; null when no argument does
     */
    public static NullFacts of(int nullArgs, int needsNonNull, int[] forwards) {
      return nullArgs == 0 && needsNonNull == 0 && forwards == null ? NONE
          : new NullFacts(nullArgs, needsNonNull, forwards);
    }

    /**
     * The callee's parameters that are null when the caller's parameters {@code callerNulls} are:
     * the literal nulls, and the caller's null parameters passed on ({@code updateBean(old, handler)}).
     */
    public int nullsInto(int callerNulls) {
      return nullArgs | passedOn(callerNulls, false);
    }

    /**
     * The caller's parameters passed on as the callee's parameters {@code calleeParams}: what the
     * callee needs of its parameters, asked of the caller's ({@code setErrorHandler(h)} calling
     * {@code updateBean(old, h)}).
     */
    public int fromCallee(int calleeParams) {
      return passedOn(calleeParams, true);
    }

    /** Forwarded bits: caller's to callee's ({@code backwards} false), or callee's to caller's. */
    private int passedOn(int bits, boolean backwards) {
      if (forwards == null || bits == 0) return 0;
      int out = 0;
      for (int j = 0; j < forwards.length && j < 31; j++) {
        if (forwards[j] < 0) continue;
        int from = backwards ? j : forwards[j];
        int to = backwards ? forwards[j] : j;
        if ((bits & 1 << from) != 0) out |= 1 << to;
      }
      return out;
    }
  }

  /** Argument {@code index} of a call is an object that may be the caller's own (see ObjectRef). */
  record ObjectArg(int index, ObjectRef object) {}

  /**
   * Argument {@code index} of a call is a map made right there ({@code super(new HashMap<>())}), or
   * the result of a call of the program made there ({@code super(Maps.newHashMap())}): a
   * {@link Alloc.Known} or an {@link Alloc.FromCall}. Nobody else holds it if the call only
   * returns maps it makes.
   */
  record FreshArg(int index, Alloc map) {}

  /**
   * Argument {@code index} of a call is the map held by {@code cell}; {@code receiver} says how the
   * object holding that field was reached ({@code helper(this.map)}: THIS).
   */
  record ArgBinding(int index, CellRef cell, Receiver receiver) {}

  /** Argument {@code index} of a call is code: these tasks. */
  record TaskArg(int index, List<TaskRef> tasks) {
    public TaskArg {
      tasks = List.copyOf(tasks);
    }
  }

  /**
   * Runs code given to the method as a parameter, on the current thread ({@code r.run()} on a
   * Runnable parameter): a call of whatever the callers pass.
   */
  record RunTask(List<TaskRef> tasks, SourcePos pos) implements Event {
    public RunTask {
      tasks = List.copyOf(tasks);
    }
  }

  /**
   * Code handed to another thread.
   *
   * @param kind       the kind of root
   * @param api        the API used, e.g. {@code ExecutorService.submit}
   * @param tasks      what runs on the other thread
   * @param executor   the executor/timer the task goes to (a cell-like id), or null
   * @param serial     true when that executor is known to run one task at a time
   * @param chain      id shared by the stages of one CompletableFuture chain, or null
   * @param bindVar    local variable that receives the Thread/Future, or null
   * @param joinsAtOnce true when the API waits for the task before returning (invoke, parallel streams)
   * @param selfConcurrent true when this one spawn may run several copies at once (parallel streams)
   * @param freshTask  true when the task is an object made for this spawn alone ({@code new Task()}):
   *                   its own fields belong to the new thread
   * @param loop       id of the innermost loop of the method around the spawn, or -1
   * @param ownThread  true when the task is run() of the Thread object being started (a program's
   *                   Thread subclass): a thread can be started once, so every start runs on an
   *                   object of its own
   */
  record Spawn(RootKind kind, String api, List<TaskRef> tasks, String executor, boolean serial,
               String chain, String bindVar, boolean joinsAtOnce,
               boolean selfConcurrent, boolean freshTask, int loop, SourcePos pos,
               boolean ownThread) implements Event {
    public Spawn {
      tasks = List.copyOf(tasks);
    }

    /** A spawn whose task is not the started Thread object's own run(). */
    public Spawn(RootKind kind, String api, List<TaskRef> tasks, String executor, boolean serial,
                 String chain, String bindVar, boolean joinsAtOnce,
                 boolean selfConcurrent, boolean freshTask, int loop, SourcePos pos) {
      this(kind, api, tasks, executor, serial, chain, bindVar, joinsAtOnce, selfConcurrent,
          freshTask, loop, pos, false);
    }
  }

  /** {@code var.start()} on a Thread stored in a local variable. */
  record Start(String bindVar, SourcePos pos) implements Event {}

  /**
   * Waiting for other threads: join/get on a variable, awaitTermination/close on an executor,
   * or a wait that is not tied to one variable (latch.await, allOf().join()).
   *
   * @param var      the local variable of the Thread/Future, or null
   * @param executor the executor waited for, or null
   */
  record Join(String api, String var, String executor, SourcePos pos) implements Event {
    public boolean untargeted() {
      return var == null && executor == null;
    }
  }

  /**
   * A map value stored into a variable: field initialiser, assignment, or constructor argument
   * reaching a field. Tells which kinds of map a variable can hold; a store into a field outside
   * construction is also a REASSIGN access, recorded separately.
   */
  record Store(CellRef target, Alloc value, SourcePos pos) implements Event {}

  /**
   * A read of a volatile boolean field (a flag such as {@code initialized}): code that runs only
   * after it saw the flag set sees what was written before it was set.
   */
  record FlagRead(String fieldId, SourcePos pos) implements Event {}

  /** An assignment to a volatile boolean field ({@code initialized = true}). */
  record FlagSet(String fieldId, SourcePos pos) implements Event {}
}
