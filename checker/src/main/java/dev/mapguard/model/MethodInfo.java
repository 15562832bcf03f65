package dev.mapguard.model;

import java.util.List;
import java.util.Set;

/**
 * A method body of the program: a method, constructor, initialiser, or lambda.
 *
 * @param id          {@code pkg.Owner#name(ParamType,...)}; lambdas get {@code ...#lambda$L:C}
 * @param display     for messages, e.g. {@code Inventory.restock(..)}
 * @param overrides   ids of the methods this one overrides (also outside the program)
 * @param rootDecls   why the method runs on other threads without a visible spawn
 * @param lambdaOf    for a lambda (or a method of an anonymous/local class): the enclosing method
 * @param returns     what map values the method returns (for map-typed results)
 * @param returnsCell the map variable whose map the method always returns (a getter), or null
 * @param suppressions the {@code @SuppressWarnings} keys on the method and its enclosing classes
 */
public record MethodInfo(String id, String classId, String name, String display, Kind kind,
                         int flags, List<String> overrides, List<RootDecl> rootDecls,
                         String lambdaOf, Stmt body, List<Event> events, List<Alloc> returns,
                         CellRef returnsCell, List<AnnotationInfo> annotations,
                         Set<String> suppressions, SourcePos pos) {

  public enum Kind {
    METHOD, CONSTRUCTOR,
    /** Field initialisers and instance initialiser blocks; run by every constructor. */
    INSTANCE_INIT,
    /** Static field initialisers and static blocks. */
    STATIC_INIT,
    LAMBDA
  }

  public static final int STATIC = 1;
  public static final int SYNCHRONIZED = 2;
  public static final int PRIVATE = 4;
  public static final int PUBLIC = 8;
  public static final int ABSTRACT = 16;
  /** Runs after construction and before the object is used by other threads (@PostConstruct). */
  public static final int INIT_LIKE = 32;
  /** The body has a synchronized block (a synchronized method's body is one). Read off the body. */
  public static final int SYNCHRONIZES = 64;
  /** The body takes or releases a lock explicitly ({@code lock()}, {@code unlock()}...). Read off the body. */
  public static final int LOCKS_EXPLICITLY = 128;
  /** The body has a loop. Read off the body. */
  public static final int HAS_LOOP = 256;
  /**
   * The method always returns the map of one field of its own {@code this} ({@code return
   * attributes;}): the map a caller gets is the field of the object it called the method on.
   */
  public static final int RETURNS_OWN_FIELD = 512;
  /** Every return gives an object the method made ({@code new T(..)}) or null: a factory. */
  public static final int RETURNS_NEW = 1024;
  /**
   * Code outside the program cannot call the method: a private or package-private method, not a
   * hook the runtime calls by name (serialization's {@code writeObject}...) and with no annotation
   * a framework may call it by (only {@code java.lang} ones and {@code @VisibleForTesting}). When
   * nothing in the program calls it either, no thread runs it.
   */
  public static final int OUT_OF_CLIENTS_REACH = 2048;
  /**
   * Every return gives the method's own {@code this} (a fluent builder's {@code withIdentity(..)}):
   * a call's result is the object it was called on.
   */
  public static final int RETURNS_THIS = 4096;
  /**
   * Bit {@code i} from here: the method keeps parameter {@code i} beyond the call (stores it,
   * captures it, hands it to library code), other than by passing it to methods of the program.
   * Parameters from the fifteenth on are taken as kept.
   */
  public static final int KEEPS_PARAM_0 = 1 << 16;
  public static final int KEEPS_PARAM_LIMIT = 15;
  /** The flags read off the body, whatever the caller passed for them. */
  private static final int BODY_SHAPE = SYNCHRONIZES | LOCKS_EXPLICITLY | HAS_LOOP;

  public MethodInfo {
    // one walk of the body here, where the analyses would otherwise walk it once per question
    flags = (flags & ~BODY_SHAPE) | shapeOf(body);
    overrides = List.copyOf(overrides);
    rootDecls = List.copyOf(rootDecls);
    events = List.copyOf(events);
    returns = List.copyOf(returns);
    annotations = List.copyOf(annotations);
    suppressions = Set.copyOf(suppressions);
  }

  /** Whether the method keeps parameter {@code index} beyond the call (see {@link #KEEPS_PARAM_0}). */
  public boolean keepsParam(int index) {
    return index >= KEEPS_PARAM_LIMIT || (flags & (KEEPS_PARAM_0 << index)) != 0;
  }

  public boolean is(int flag) {
    return (flags & flag) != 0;
  }

  private static int shapeOf(Stmt s) {
    if (s instanceof Stmt.Seq seq) return shapeOf(seq.body());
    if (s instanceof Stmt.Branch b) return shapeOf(b.arms());
    if (s instanceof Stmt.Loop l) return HAS_LOOP | shapeOf(l.body());
    if (s instanceof Stmt.Breakable b) return shapeOf(b.body());
    if (s instanceof Stmt.Sync sy) return SYNCHRONIZES | shapeOf(sy.body());
    if (s instanceof Stmt.Acquire || s instanceof Stmt.Release) return LOCKS_EXPLICITLY;
    if (s instanceof Stmt.Try t) {
      return shapeOf(t.body()) | shapeOf(t.catches()) | (t.finallyBlock() == null ? 0 : shapeOf(t.finallyBlock()));
    }
    return 0; // an event, a jump, or no body
  }

  private static int shapeOf(List<Stmt> stmts) {
    int shape = 0;
    for (Stmt s : stmts) shape |= shapeOf(s);
    return shape;
  }

  /** Constructors and initialisers: the code that builds an object or a class. */
  public boolean isConstruction() {
    return kind == Kind.CONSTRUCTOR || kind == Kind.INSTANCE_INIT || kind == Kind.STATIC_INIT;
  }
}
