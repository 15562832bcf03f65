package dev.mapguard.extract;

import com.sun.source.tree.AssertTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import dev.mapguard.catalog.CatalogRow;
import dev.mapguard.extract.Val.ChainV;
import dev.mapguard.extract.Val.CollectorV;
import dev.mapguard.extract.Val.EntryV;
import dev.mapguard.extract.Val.ExecutorV;
import dev.mapguard.extract.Val.HolderV;
import dev.mapguard.extract.Val.IterV;
import dev.mapguard.extract.Val.LockV;
import dev.mapguard.extract.Val.MapV;
import dev.mapguard.extract.Val.NewMapV;
import dev.mapguard.extract.Val.ObjV;
import dev.mapguard.extract.Val.SpawnV;
import dev.mapguard.extract.Val.StreamV;
import dev.mapguard.extract.Val.TaskV;
import dev.mapguard.extract.Val.ViewV;
import dev.mapguard.extract.Val.WrapV;
import dev.mapguard.model.AccessKind;
import dev.mapguard.model.Alloc;
import dev.mapguard.model.CellRef;
import dev.mapguard.model.Event;
import dev.mapguard.model.Event.Receiver;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.LocalInfo;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MapKind;
import dev.mapguard.model.ObjectRef;
import dev.mapguard.model.RootKind;
import dev.mapguard.model.StaticObject;
import dev.mapguard.model.Stmt;
import dev.mapguard.model.TaskRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Translates one method body (or lambda body, or the initialisers of a class) from javac trees into
 * the model: the structured {@link Stmt} skeleton the lock analysis walks, and the {@link Event}s
 * (map accesses, calls, spawns, joins, stores) in evaluation order. Lambdas and local classes met
 * on the way are translated into methods and classes of their own.
 */
final class BodyTranslator {
  private final ExtractionContext cx;
  private final UnitContext unit;
  private final ClassExtractor.Scope scope;
  final String methodId;
  private final String methodName;
  private final LocalUsage usage;
  private final Map<Element, Val> locals;
  /** Trees whose map belongs to an object parameter of this method, by its index (see access). */
  private final Map<Tree, Integer> paramHolders = new java.util.IdentityHashMap<>();
  private final Map<Element, Integer> params = new HashMap<>();
  /**
   * The parameters known not to be null where the translation is (bits by index): tests that guard
   * the code ({@code if (p != null)}, {@code if (p == null) return;}). See {@link NullTests}.
   */
  private int nonNull;
  private final SharingNotes sharing;
  /** The @SuppressWarnings keys in force here (method and classes around it): lambdas inherit them. */
  private final java.util.Set<String> suppressions;
  private final List<Event> events = new ArrayList<>();
  private final Deque<List<Stmt>> out = new ArrayDeque<>();
  private final List<Alloc> returns = new ArrayList<>();
  private CellRef returnsCell;
  private boolean returnsVary;
  /** Some return gives a map that is not a field of this method's own {@code this}. */
  private boolean returnsForeign;
  /** Some return gives a new object made here; some return gives anything else (not null). */
  private boolean returnsNew;
  private boolean returnsOld;
  /**
   * While the resources of a try-with-resources are evaluated: the locks they take that closing
   * them releases ({@code try (AutoLock l = lock.lock())}); null elsewhere.
   */
  private List<LockRef> resourceLocks;
  private boolean returnsMap;
  private int spawnCount;
  /**
   * Lambdas kept in local variables, with the event that runs them where they were made: a
   * stand-in until the code is handed on (to a spawn, to a method that runs it, to a field), when
   * the stand-in is dropped and the real place it runs takes over.
   */
  private final Map<String, Integer> standIns = new HashMap<>();
  /** Ids of the loops around the current statement, innermost first. */
  private final Deque<Integer> loops = new ArrayDeque<>();
  private int nextLoop;
  /** Depth of code that runs only once an Error was thrown (see {@link #call}). */
  private int failureHandling;
  /**
   * Fields of {@code this} this body has stored a new object into, at its top level, with no other
   * store or use of the value since: see {@code ObjectRef.justMade}.
   */
  private final java.util.Set<String> justMade = new java.util.HashSet<>();

  BodyTranslator(ExtractionContext cx, UnitContext unit, ClassExtractor.Scope scope, String methodId,
                 String methodName, LocalUsage usage, Map<Element, Val> inheritedLocals,
                 java.util.Set<String> suppressions) {
    this.cx = cx;
    this.suppressions = suppressions;
    this.unit = unit;
    this.scope = scope;
    this.methodId = methodId;
    this.methodName = methodName;
    this.usage = usage;
    this.locals = new HashMap<>(inheritedLocals);
    this.sharing = new SharingNotes(cx, unit, scope,
        methodName.equals("<init>") || methodName.equals("<instinit>"), justMade::remove);
    out.push(new ArrayList<>());
  }

  /**
   * A call after which a field this body just filled may hold an object others can reach: a call on
   * {@code this} (its code may read the field and hand the object on), or one that is given
   * {@code this} or code (a lambda may read the field on another thread), unless it is a call on
   * the just-made object itself (giving it {@code this}, as {@code holder.setOperation(this)} does,
   * publishes neither).
   */
  private void forgetJustMade(Receiver recvKind, Val recv, List<Val> args) {
    if (justMade.isEmpty()) return;
    if (recvKind == Receiver.THIS || recvKind == Receiver.OUTER) {
      justMade.clear();
      return;
    }
    boolean onJustMade = recv instanceof Val.HeldObjV h && h.justMade();
    for (Val a : args) {
      if (a instanceof TaskV || a instanceof Val.TaskBagV || a instanceof ObjV o && o.self() && !onJustMade) {
        justMade.clear();
        return;
      }
    }
  }

  // ---------------------------------------------------------------- results

  List<Event> events() {
    return events;
  }

  Stmt finish() {
    return new Stmt.Seq(out.pop());
  }

  List<Alloc> returns() {
    return returns;
  }

  CellRef returnsCell() {
    return returnsVary ? null : returnsCell;
  }

  /** Whether every return gives a new object made here, or null (and at least one gives one). */
  boolean returnsNewObjects() {
    return returnsNew && !returnsOld;
  }

  /**
   * A return of a static field's object, directly or through a local some assignment gave it
   * ({@code DefaultConversionService cs = sharedInstance; .. return cs;}): every caller may get
   * that one object.
   */
  private void staticReturned(ExpressionTree tree, Val v) {
    if (v instanceof Val.StaticObjV st) {
      cx.program.returnsStatic(methodId, st.object());
    } else if (strip(tree) instanceof IdentifierTree id && unit.element(id) != null) {
      StaticObject o = staticSources.get(unit.element(id));
      if (o != null) cx.program.returnsStatic(methodId, o);
    }
  }

  /** Locals some assignment gives a static field's object (see {@link #staticReturned}). */
  private final Map<Element, StaticObject> staticSources = new HashMap<>();

  private boolean returnsSelf;
  private boolean returnsNotSelf;

  /** Whether every return gives the method's own {@code this} (a fluent method). */
  boolean returnsItself() {
    return returnsSelf && !returnsNotSelf;
  }

  private void objectReturned(ExpressionTree tree, Val v) {
    ExpressionTree e = strip(tree);
    if (v instanceof ObjV self && self.self() && e instanceof IdentifierTree) {
      returnsSelf = true;
    } else {
      returnsNotSelf = true;
    }
    if (e.getKind() == Tree.Kind.NULL_LITERAL) return;
    if (v instanceof ObjV o && !o.self() && o.freshAt(unit.start(e))) {
      returnsNew = true;
    } else {
      returnsOld = true;
    }
  }

  /** Whether the method always returns the map of one field of its own {@code this} (a getter). */
  boolean returnsOwnField() {
    return !returnsVary && returnsCell instanceof CellRef.Field && !returnsForeign;
  }

  Map<Element, Val> localsView() {
    return locals;
  }

  /** Declares the method's parameters: maps become parameter cells, code becomes parameter tasks. */
  void declareParameters(List<? extends VariableElement> ps, boolean returnsMapType) {
    this.returnsMap = returnsMapType;
    for (int i = 0; i < ps.size(); i++) {
      VariableElement p = ps.get(i);
      params.put(p, i);
      TypeMirror t = p.asType();
      MapTypeInfo mt = cx.recognizers.mapType(t);
      if (mt != null && mt.isMap()) {
        if (usage.captured(p)) {
          // a lambda shares it: track it as a variable of its own, filled by the callers
          CellRef.Local cell = localCell(p, null);
          emit(new Event.Store(cell, new Alloc.FromParam(methodId, i), unit.pos(0, 0)));
          locals.put(p, new MapV(cell, Receiver.OTHER, null));
        } else {
          locals.put(p, new MapV(new CellRef.Param(methodId, i), Receiver.OTHER, null));
        }
      } else if (t.getKind() == TypeKind.DECLARED && cx.recognizers.isExecutorType(t)) {
        locals.put(p, new ExecutorV(methodId + "::" + p.getSimpleName(), false));
      } else if (cx.recognizers.isTaskType(t)) {
        locals.put(p, new TaskV(List.of(new TaskRef.Param(methodId, i)), false, false));
      } else if (cx.recognizers.isLockType(t)) {
        locals.put(p, new LockV(new LockRef(LockRef.Kind.LOCAL, methodId + "::" + p.getSimpleName(),
            LockRef.Mode.EXCLUSIVE)));
      } else if (programObjectType(t) != null) {
        locals.put(p, new Val.ParamObjV(methodId, i));
      }
    }
  }

  /** The bit of the parameter {@code e} names, if a parameter the method never assigns; else 0. */
  private int paramBit(ExpressionTree e) {
    if (params.isEmpty()) return 0;
    e = NullTests.strip(e);
    if (!(e instanceof IdentifierTree)) return 0;
    Element el = unit.element(e);
    Integer i = el == null ? null : params.get(el);
    if (i == null || i >= 31 || usage.reassigned(el)) return 0;
    return 1 << i;
  }

  /** For each argument, the parameter of the method it passes on as is (-1: none); null for none. */
  private int[] forwardedParams(List<? extends ExpressionTree> args) {
    int[] out = null;
    for (int i = 0; i < args.size() && i < 31; i++) {
      int bit = paramBit(args.get(i));
      if (bit == 0) continue;
      if (out == null) {
        out = new int[Math.min(args.size(), 31)];
        java.util.Arrays.fill(out, -1);
      }
      out[i] = Integer.numberOfTrailingZeros(bit);
    }
    return out;
  }

  /** A call on a parameter ({@code handler.start()}) is made only when it is not null. */
  private int receiverParamBit(Tree at) {
    return at instanceof MethodInvocationTree mi && mi.getMethodSelect() instanceof MemberSelectTree ms
        ? paramBit(ms.getExpression()) : 0;
  }

  /** The class of the program a value of this type is an object of (not a map, code or lock). */
  private TypeElement programObjectType(TypeMirror t) {
    if (t.getKind() != TypeKind.DECLARED) return null;
    TypeElement te = cx.facts.classOf(t);
    return te != null && cx.recognizers.isSource(te) && te.getKind() != ElementKind.ENUM ? te : null;
  }

  /** A field initialiser ({@code private final T t = new T();}). */
  void fieldInitialiser(VariableElement field, ExpressionTree init) {
    sharing.objectFieldStored(field, init, java.util.Set.of());
  }

  /** The parameters of the method being translated, when it is a constructor. */
  private java.util.Set<? extends Element> constructorParams() {
    return methodName.equals("<init>") ? params.keySet() : java.util.Set.of();
  }

  /** A constructor's call of the field initialisers. */
  void initCall(String target, dev.mapguard.model.SourcePos pos) {
    emit(new Event.Call(target, false, Receiver.THIS, List.of(), List.of(), pos));
  }

  // ---------------------------------------------------------------- emitting

  private int emit(Event e) {
    events.add(e);
    out.peek().add(new Stmt.At(events.size() - 1));
    return events.size() - 1;
  }

  private void add(Stmt s) {
    out.peek().add(s);
  }

  // Nested blocks are collected with open/close pairs rather than a helper taking a lambda: in
  // the cold JVM of a compilation, a lambda allocated per if, loop or try costs a method-handle
  // call until the JIT has compiled the capture site.

  /** Starts collecting the statements of a nested block. */
  private void open() {
    out.push(new ArrayList<>());
  }

  /** Ends the block {@link #open()} started. */
  private Stmt close() {
    return new Stmt.Seq(out.pop());
  }

  /** One statement as a block of its own. */
  private Stmt block(Tree s) {
    open();
    statement(s);
    return close();
  }

  /** A read of a map field's value itself (not an operation on the map). */
  private void load(Val v, Tree at) {
    if (v instanceof MapV m && m.cell() instanceof CellRef.Field) {
      access(m.cell(), AccessKind.LOAD, "read of " + unit.text(at), m.tree() != null ? m.tree() : at,
          at, m.receiver());
    }
  }

  private void access(CellRef cell, AccessKind kind, String op, Tree reportAt, Tree whole,
                      Receiver receiver) {
    if (cell == null) return;
    Tree at = reportAt != null ? reportAt : whole;
    long start = unit.start(at);
    long end = Math.max(unit.pos(whole).endOffset(), start);
    dev.mapguard.model.SourcePos pos = unit.pos(start, end);
    cx.sites.add(at, unit.cu, pos);
    Integer holder = receiver == Receiver.OTHER ? paramHolders.get(at) : null;
    emit(new Event.Access(cell, kind, op, pos, unit.text(whole), receiver, holder == null ? -1 : holder));
  }

  /**
   * Remembers that the map value of {@code tree} ({@code data.map}, {@code data.getMap()}) belongs
   * to the object parameter the receiver {@code holder} stands for, if it is one of this method's.
   */
  private void heldByParameter(Tree tree, Val holder) {
    if (holder instanceof Val.ParamObjV p && p.methodId().equals(methodId)) paramHolders.put(tree, p.index());
  }

  // ---------------------------------------------------------------- statements

  void statement(Tree s) {
    if (s == null) return;
    int known = nonNull;
    translate(s);
    // what a test inside a loop, a switch or a try learnt holds only on some paths past it
    switch (s.getKind()) {
      case BLOCK, VARIABLE, EXPRESSION_STATEMENT, IF, SYNCHRONIZED -> { }
      default -> nonNull = known;
    }
  }

  private void translate(Tree s) {
    switch (s.getKind()) {
      case BLOCK -> {
        for (StatementTree st : ((BlockTree) s).getStatements()) statement(st);
      }
      case VARIABLE -> variable((VariableTree) s);
      case EXPRESSION_STATEMENT -> expr(((ExpressionStatementTree) s).getExpression());
      case IF -> ifStatement((IfTree) s);
      case WHILE_LOOP -> whileLoop(null, (WhileLoopTree) s);
      case DO_WHILE_LOOP -> doWhileLoop(null, (DoWhileLoopTree) s);
      case FOR_LOOP -> forLoop(null, (ForLoopTree) s);
      case ENHANCED_FOR_LOOP -> enhancedFor(null, (EnhancedForLoopTree) s);
      case LABELED_STATEMENT -> labeled((LabeledStatementTree) s);
      case SWITCH -> {
        SwitchTree sw = (SwitchTree) s;
        expr(sw.getExpression());
        switchCases(sw.getCases());
      }
      case TRY -> tryStatement((TryTree) s);
      case SYNCHRONIZED -> {
        SynchronizedTree sy = (SynchronizedTree) s;
        Val v = expr(sy.getExpression());
        LockRef lock = lockOf(v, sy.getExpression());
        add(new Stmt.Sync(lock, block(sy.getBlock())));
      }
      case RETURN -> {
        ReturnTree r = (ReturnTree) s;
        if (r.getExpression() != null) {
          Val v = expr(r.getExpression());
          returned(v);
          objectReturned(r.getExpression(), v);
          staticReturned(r.getExpression(), v);
        }
        add(new Stmt.Jump(Stmt.JumpKind.RETURN, null));
      }
      case THROW -> {
        expr(((ThrowTree) s).getExpression());
        add(new Stmt.Jump(Stmt.JumpKind.THROW, null));
      }
      case BREAK -> {
        BreakTree b = (BreakTree) s;
        add(new Stmt.Jump(Stmt.JumpKind.BREAK, b.getLabel() == null ? null : b.getLabel().toString()));
      }
      case CONTINUE -> {
        ContinueTree c = (ContinueTree) s;
        add(new Stmt.Jump(Stmt.JumpKind.CONTINUE,
            c.getLabel() == null ? null : c.getLabel().toString()));
      }
      case YIELD -> {
        expr(((YieldTree) s).getValue());
        add(new Stmt.Jump(Stmt.JumpKind.YIELD, null));
      }
      case ASSERT -> {
        AssertTree a = (AssertTree) s;
        open();
        expr(a.getCondition());
        expr(a.getDetail());
        add(new Stmt.Branch(List.of(close(), Stmt.EMPTY)));
      }
      case CLASS -> cx.classExtractor().localClass((ClassTree) s, unit, scope, methodId, locals,
          suppressions);
      default -> {
        // empty statements and anything without expressions of interest
      }
    }
  }

  /** Starts a loop's body. */
  private void enterLoop() {
    loops.push(nextLoop++);
    open();
  }

  /** Ends the loop {@link #enterLoop()} started; {@code condition} null: none, as in {@code for (;;)}. */
  private void exitLoop(String label, ExpressionTree condition) {
    loops.pop();
    add(new Stmt.Loop(label, close(), !alwaysTrue(condition)));
  }

  private static boolean alwaysTrue(ExpressionTree condition) {
    if (condition == null) return true;
    ExpressionTree c = strip(condition);
    return c instanceof com.sun.source.tree.LiteralTree lit && Boolean.TRUE.equals(lit.getValue());
  }

  private int innermostLoop() {
    return loops.isEmpty() ? -1 : loops.peek();
  }

  private void whileLoop(String label, WhileLoopTree w) {
    enterLoop();
    expr(w.getCondition());
    statement(w.getStatement());
    exitLoop(label, w.getCondition());
  }

  private void doWhileLoop(String label, DoWhileLoopTree d) {
    enterLoop();
    statement(d.getStatement());
    expr(d.getCondition());
    exitLoop(label, d.getCondition());
  }

  private void forLoop(String label, ForLoopTree f) {
    for (StatementTree init : f.getInitializer()) statement(init);
    enterLoop();
    expr(f.getCondition());
    statement(f.getStatement());
    for (ExpressionStatementTree u : f.getUpdate()) statement(u);
    exitLoop(label, f.getCondition());
  }

  private void enhancedFor(String label, EnhancedForLoopTree f) {
    Val iterable = expr(f.getExpression());
    if (iterable instanceof Val.CallV cv && cv.collection()) {
      iterable = new ViewV(new CellRef.Returned(cv.methodId()), "returned", cv.receiver(),
          f.getExpression());
    }
    if (iterable instanceof ViewV v) {
      access(v.cell(), AccessKind.ITERATE, "for-each over " + v.view() + "()", v.tree(),
          f.getExpression(), v.receiver());
    }
    Element var = unit.element(f.getVariable());
    if (iterable instanceof ViewV v && v.view().equals("entrySet") && var != null
        && !usage.reassigned(var)) {
      locals.put(var, new EntryV(v.cell(), v.receiver(), null));
    }
    enterLoop();
    statement(f.getStatement());
    exitLoop(label, f.getExpression());
  }

  private void labeled(LabeledStatementTree l) {
    String label = l.getLabel().toString();
    StatementTree body = l.getStatement();
    switch (body.getKind()) {
      case FOR_LOOP -> forLoop(label, (ForLoopTree) body);
      case ENHANCED_FOR_LOOP -> enhancedFor(label, (EnhancedForLoopTree) body);
      case WHILE_LOOP -> whileLoop(label, (WhileLoopTree) body);
      case DO_WHILE_LOOP -> doWhileLoop(label, (DoWhileLoopTree) body);
      default -> add(new Stmt.Breakable(label, false, block(body)));
    }
  }

  private void switchCases(List<? extends CaseTree> cases) {
    List<Stmt> arms = new ArrayList<>();
    boolean hasDefault = false;
    int known = nonNull;
    for (CaseTree c : cases) {
      if (c.getExpressions().isEmpty()) hasDefault = true;
      nonNull = known;
      open();
      if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
        Tree body = c.getBody();
        if (body instanceof ExpressionTree e) {
          expr(e);
        } else {
          statement(body);
        }
      } else if (c.getStatements() != null) {
        for (StatementTree st : c.getStatements()) statement(st);
      }
      arms.add(close());
    }
    if (!hasDefault) arms.add(Stmt.EMPTY);
    add(new Stmt.Breakable(null, true, new Stmt.Branch(arms)));
  }

  private void ifStatement(IfTree i) {
    ExpressionTree cond = strip(i.getCondition());
    LockRef tried = null;
    boolean negated = false;
    if (cond instanceof UnaryTree u && u.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
      ExpressionTree inner = strip(u.getExpression());
      tried = tryLockOf(inner);
      negated = tried != null;
      if (tried == null) expr(cond);
    } else {
      tried = tryLockOf(cond);
      if (tried == null) expr(cond);
    }
    int known = nonNull;
    int whenTrue = NullTests.nonNullWhen(cond, true, this::paramBit);
    int whenFalse = NullTests.nonNullWhen(cond, false, this::paramBit);
    open();
    if (tried != null && !negated) add(new Stmt.Acquire(tried));
    boolean onError = testsForError(cond);
    if (onError) failureHandling++;
    nonNull = known | whenTrue;
    statement(i.getThenStatement());
    if (onError) failureHandling--;
    Stmt then = close();
    open();
    if (tried != null && negated) add(new Stmt.Acquire(tried));
    nonNull = known | whenFalse;
    statement(i.getElseStatement());
    Stmt otherwise = close();
    if (tried == null && i.getElseStatement() == null && onlyLocksOf(then, nullTestedField(cond))) {
      // if (lock != null) lock.writeLock().lock(): a lock taken wherever there is one (an object
      // made without it is one its class does not share), as its helper's callers assume
      add(then);
    } else {
      add(new Stmt.Branch(List.of(then, otherwise)));
    }
    // if (p == null) return; ... : the rest runs only with p
    nonNull = known;
    if (NullTests.leavesMethod(i.getThenStatement())) {
      nonNull |= whenFalse;
    } else if (i.getElseStatement() != null && NullTests.leavesMethod(i.getElseStatement())) {
      nonNull |= whenTrue;
    }
  }

  /** The lock field a condition {@code lock != null} tests, or null. */
  private String nullTestedField(ExpressionTree cond) {
    if (!(NullTests.strip(cond) instanceof BinaryTree b) || b.getKind() != Tree.Kind.NOT_EQUAL_TO) return null;
    ExpressionTree l = NullTests.strip(b.getLeftOperand());
    ExpressionTree r = NullTests.strip(b.getRightOperand());
    ExpressionTree tested = r.getKind() == Tree.Kind.NULL_LITERAL ? l
        : l.getKind() == Tree.Kind.NULL_LITERAL ? r : null;
    if (!(tested instanceof IdentifierTree) && !(tested instanceof MemberSelectTree)) return null;
    return unit.element(tested) instanceof VariableElement v && v.getKind() == ElementKind.FIELD
        && cx.recognizers.isLockType(v.asType()) ? cx.fieldId(v) : null;
  }

  /**
   * Whether the statement only takes or releases locks held in fields of the class that declares
   * the lock field {@code fieldId} (not null): that lock, or the halves of it kept in fields of
   * their own ({@code if (lock != null) writeLock.lock();}).
   */
  private static boolean onlyLocksOf(Stmt s, String fieldId) {
    if (fieldId == null) return false;
    if (s instanceof Stmt.Seq seq) {
      boolean any = false;
      for (Stmt part : seq.body()) {
        if (!onlyLocksOf(part, fieldId)) return false;
        any = true;
      }
      return any;
    }
    LockRef lock = s instanceof Stmt.Acquire a ? a.lock() : s instanceof Stmt.Release r ? r.lock() : null;
    if (lock == null || lock.kind() != LockRef.Kind.FIELD) return false;
    int hash = fieldId.indexOf('#');
    return lock.id().equals(fieldId) || hash > 0 && lock.id().startsWith(fieldId.substring(0, hash + 1));
  }

  /** {@code lock.tryLock(...)} as a condition: the lock it takes when it returns true. */
  private LockRef tryLockOf(ExpressionTree cond) {
    if (!(cond instanceof MethodInvocationTree mi)) return null;
    if (!(unit.element(mi) instanceof ExecutableElement m)) return null;
    if (!cx.recognizers.locks.mayMatch(m.getSimpleName().toString())) return null;
    CatalogRow row = cx.recognizers.locks.match(m);
    if (row == null || !row.kind().startsWith("try-acquire")) return null;
    LockRef lock;
    if (mi.getMethodSelect() instanceof MemberSelectTree ms) {
      Val recv = expr(ms.getExpression());
      lock = lockOf(recv, ms.getExpression());
    } else if (!m.getModifiers().contains(Modifier.STATIC)) {
      // tryLock() with no receiver: the class is itself the lock (it extends ReentrantLock)
      lock = LockRef.thisOf(scope.classId());
    } else {
      return null;
    }
    for (ExpressionTree a : mi.getArguments()) expr(a);
    if (lock == null) return null;
    return switch (row.kind()) {
      case "try-acquire-read" -> lock.withMode(LockRef.Mode.READ);
      case "try-acquire-write" -> lock.withMode(LockRef.Mode.WRITE);
      default -> lock;
    };
  }

  private void tryStatement(TryTree t) {
    int knownAtTry = nonNull;
    List<String> executorsClosed = new ArrayList<>();
    List<LockRef> outerResourceLocks = resourceLocks;
    resourceLocks = new ArrayList<>();
    for (Tree r : t.getResources()) {
      if (r instanceof VariableTree v) {
        variable(v);
        Element e = unit.element(v);
        if (e != null && locals.get(e) instanceof ExecutorV ex && ex.id() != null) {
          executorsClosed.add(ex.id());
        }
      } else if (r instanceof ExpressionTree e) {
        if (expr(e) instanceof ExecutorV ex && ex.id() != null) executorsClosed.add(ex.id());
      }
    }
    List<LockRef> closing = resourceLocks;
    resourceLocks = outerResourceLocks;
    Stmt body = block(t.getBlock());
    if (!closing.isEmpty()) {
      // try (AutoLock l = lock.lock()) { .. }: the resources are closed, in reverse order, on
      // every way out of the block, before its catches and finally run
      List<Stmt> released = new ArrayList<>();
      for (int i = closing.size() - 1; i >= 0; i--) {
        LockRef l = closing.get(i);
        released.add(new Stmt.Release(l, l.mode() == LockRef.Mode.EXCLUSIVE));
      }
      body = new Stmt.Try(body, List.of(), new Stmt.Seq(released));
    }
    nonNull = knownAtTry;
    List<Stmt> catches = new ArrayList<>();
    for (CatchTree c : t.getCatches()) {
      boolean onError = catchesOnlyErrors(c);
      if (onError) failureHandling++;
      catches.add(block(c.getBlock()));
      if (onError) failureHandling--;
    }
    Stmt fin = t.getFinallyBlock() == null ? null : block(t.getFinallyBlock());
    add(new Stmt.Try(body, catches, fin));
    // closing an ExecutorService waits for its tasks (Java 19+): the resource is closed on every
    // way out of the try, so what follows the try sees the tasks done
    for (String ex : executorsClosed) {
      emit(new Event.Join("ExecutorService.close", null, ex, unit.pos(t.getBlock())));
    }
  }

  private void variable(VariableTree v) {
    Element e = unit.element(v);
    Val init = v.getInitializer() == null ? null : expr(v.getInitializer());
    if (init != null) load(init, v.getInitializer());
    sharing.letGo(init);
    if (e == null) return;
    if (init instanceof Val.StaticObjV st) staticSources.put(e, st.object());
    bindLocal(e, v, init);
  }

  /** Decides what a local variable stands for from its declaration. */
  private void bindLocal(Element e, Tree decl, Val init) {
    TypeMirror type = e.asType();
    MapTypeInfo mt = cx.recognizers.mapType(type);
    if (mt != null && mt.isMap()) {
      CellRef aliasCell = cellOf(init);
      if (aliasCell != null && !(init instanceof WrapV) && !usage.reassigned(e)) {
        locals.put(e, init instanceof MapV m ? m : new MapV(aliasCell, receiverOf(init, decl), null));
        return;
      }
      if (!usage.escapes(e)) {
        return; // confined to this method: nothing to track
      }
      CellRef.Local cell = localCell(e, decl);
      if (init != null) storeInto(cell, init, decl);
      locals.put(e, new MapV(cell, Receiver.OTHER, null));
      return;
    }
    boolean executorType = cx.recognizers.isExecutorType(type);
    boolean taskCollection = isTaskCollection(type);
    if ((init == null || init == Val.NONE) && !executorType && !taskCollection) {
      return; // nothing this variable could stand for: no need to know how it is used
    }
    boolean fixed = !usage.reassigned(e);
    if (fixed && taskCollection) {
      locals.put(e, new Val.TaskBagV(new ArrayList<>(), new boolean[1]));
      return;
    }
    if (init instanceof TaskV t && cx.recognizers.isTaskType(type)) {
      // a lambda in a local (also one assigned on several paths): it runs wherever it is handed on
      holdTasks(e, t, decl);
      return;
    }
    if (init == null || !fixed) return;
    if (init instanceof Val.FreshLockV && !usage.captured(e)) {
      locals.put(e, init); // a lock made per call guards nothing between calls
      return;
    }
    if (init instanceof ViewV || init instanceof IterV || init instanceof EntryV
        || init instanceof HolderV || init instanceof LockV || init instanceof TaskV
        || init instanceof SpawnV || init instanceof ChainV || init instanceof StreamV) {
      locals.put(e, init);
    } else if (init instanceof ExecutorV ex) {
      locals.put(e, new ExecutorV(ex.id() != null ? ex.id() : methodId + "::" + e.getSimpleName(),
          ex.serial()));
    } else if (init instanceof ObjV o) {
      boolean made = o.fresh() && !o.self();
      locals.put(e, new ObjV(o.type(), o.fresh(), usage.escapesFrom(e),
          o.fresh() && usage.handedOffOnce(e), false,
          made ? ObjectRef.madeHere(objectLocalId(e, decl)) : ObjectRef.NONE,
          made ? usage.escapesBesidesProgramArguments(e) : Long.MIN_VALUE));
    } else if (init instanceof Val.MadeV mv) {
      locals.put(e, madeBy(mv, e, decl));
    } else if (init instanceof MapV m && cx.recognizers.mapType(type) == null) {
      locals.put(e, m);
    }
    if (executorType && !(locals.get(e) instanceof ExecutorV)) {
      locals.put(e, new ExecutorV(methodId + "::" + e.getSimpleName(), false));
    }
  }

  /** A collection whose elements are tasks ({@code List<Callable<T>>}), as given to invokeAll. */
  private boolean isTaskCollection(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && cx.recognizers.isTaskCollection(type);
  }

  /**
   * A local variable of a functional type now (also) holds these tasks. Until they are handed on,
   * they count as run right here, on this thread (a stand-in call).
   */
  private void holdTasks(Element e, TaskV t, Tree at) {
    List<TaskRef> all = new ArrayList<>();
    if (locals.get(e) instanceof TaskV held) all.addAll(held.tasks());
    for (TaskRef r : t.tasks()) {
      if (!all.contains(r)) all.add(r);
      if (r instanceof TaskRef.Method m && !standIns.containsKey(m.methodId())) {
        standIns.put(m.methodId(), emit(new Event.RunTask(List.of(r), unit.pos(at))));
      }
    }
    locals.put(e, new TaskV(all, false, false));
  }

  /** The tasks have been handed on (or run at a known place): drop their stand-in calls. */
  private void handedOn(List<TaskRef> tasks) {
    if (standIns.isEmpty()) return;
    for (TaskRef r : tasks) {
      if (!(r instanceof TaskRef.Method m)) continue;
      Integer at = standIns.remove(m.methodId());
      if (at != null) events.set(at, new Event.RunTask(List.of(), events.get(at).pos()));
    }
  }

  private CellRef.Local localCell(Element e, Tree decl) {
    long start = decl == null ? 0 : unit.start(decl);
    String id = methodId + "::" + e.getSimpleName() + "@" + start;
    List<Integer> around = new ArrayList<>(loops);
    java.util.Collections.reverse(around);
    cx.program.addLocal(new LocalInfo(id, methodId, e.getSimpleName().toString(),
        e.getSimpleName() + " in " + scope.display() + "." + methodName + "()",
        e.asType().toString(), around, decl == null ? unit.pos(0, 0) : unit.pos(decl),
        usage.captured(e)));
    return new CellRef.Local(id);
  }

  private void returned(Val v) {
    if (v instanceof MapV m && m.tree() != null) load(v, m.tree());
    if (!returnsMap) return;
    Alloc a = v instanceof ViewV ? null : allocOf(v);
    if (a != null) returns.add(a);
    CellRef c = v instanceof WrapV w ? cellOf(w.inner()) : v instanceof ViewV vw ? vw.cell() : cellOf(v);
    if (c instanceof CellRef.Field || c instanceof CellRef.Content) {
      Val held = v instanceof WrapV w ? w.inner() : v;
      Receiver from = held instanceof MapV mv ? mv.receiver() : held instanceof ViewV vw ? vw.receiver()
          : Receiver.OTHER;
      if (!(c instanceof CellRef.Field) || from != Receiver.THIS) returnsForeign = true;
      if (returnsCell == null) {
        returnsCell = c;
      } else if (!returnsCell.equals(c)) {
        returnsVary = true;
      }
    } else if (a != null) {
      returnsVary = true;
    }
  }

  /** The lambda's expression body is its result. */
  void expressionBody(ExpressionTree body) {
    Val v = expr(body);
    returned(v);
  }

  // ---------------------------------------------------------------- expressions

  private static ExpressionTree strip(ExpressionTree e) {
    while (e instanceof ParenthesizedTree p) e = p.getExpression();
    return e;
  }

  Val expr(ExpressionTree e) {
    if (e == null) return Val.NONE;
    switch (e.getKind()) {
      case PARENTHESIZED:
        return expr(((ParenthesizedTree) e).getExpression());
      case TYPE_CAST:
        return expr(((TypeCastTree) e).getExpression());
      case IDENTIFIER:
        return identifier((IdentifierTree) e);
      case MEMBER_SELECT:
        return memberSelect((MemberSelectTree) e);
      case METHOD_INVOCATION:
        return invocation((MethodInvocationTree) e);
      case NEW_CLASS:
        return newClass((NewClassTree) e);
      case LAMBDA_EXPRESSION:
        return lambda((LambdaExpressionTree) e);
      case MEMBER_REFERENCE:
        return memberReference((MemberReferenceTree) e);
      case ASSIGNMENT:
        return assignment((AssignmentTree) e);
      case CONDITIONAL_EXPRESSION: {
        ConditionalExpressionTree c = (ConditionalExpressionTree) e;
        expr(c.getCondition());
        int known = nonNull;
        open();
        nonNull = known | NullTests.nonNullWhen(c.getCondition(), true, this::paramBit);
        Val whenTrue = expr(c.getTrueExpression());
        Stmt a = close();
        open();
        nonNull = known | NullTests.nonNullWhen(c.getCondition(), false, this::paramBit);
        Val whenFalse = expr(c.getFalseExpression());
        Stmt b = close();
        nonNull = known;
        add(new Stmt.Branch(List.of(a, b)));
        return preferKnown(whenTrue, whenFalse);
      }
      case CONDITIONAL_AND:
      case CONDITIONAL_OR: {
        BinaryTree b = (BinaryTree) e;
        expr(b.getLeftOperand());
        int known = nonNull;
        // the right operand runs only when the left one did not decide
        nonNull = known | NullTests.nonNullWhen(b.getLeftOperand(), e.getKind() == Tree.Kind.CONDITIONAL_AND, this::paramBit);
        open();
        expr(b.getRightOperand());
        Stmt right = close();
        nonNull = known;
        add(new Stmt.Branch(List.of(right, Stmt.EMPTY)));
        return Val.NONE;
      }
      case PLUS: {
        BinaryTree b = (BinaryTree) e;
        Val l = expr(b.getLeftOperand());
        Val r = expr(b.getRightOperand());
        TypeMirror t = unit.type(e);
        if (t != null && t.getKind() == TypeKind.DECLARED) { // string concatenation calls toString()
          iterateForToString(l, b.getLeftOperand());
          iterateForToString(r, b.getRightOperand());
        }
        return Val.NONE;
      }
      case SWITCH_EXPRESSION: {
        SwitchExpressionTree sw = (SwitchExpressionTree) e;
        expr(sw.getExpression());
        switchCases(sw.getCases());
        return Val.NONE;
      }
      case INSTANCE_OF:
        expr(((InstanceOfTree) e).getExpression());
        return Val.NONE;
      case NEW_ARRAY: {
        NewArrayTree na = (NewArrayTree) e;
        for (ExpressionTree d : na.getDimensions()) expr(d);
        if (na.getInitializers() != null) {
          for (ExpressionTree i : na.getInitializers()) taskAsCallback(expr(i), i);
        }
        return Val.NONE;
      }
      default:
        if (e instanceof CompoundAssignmentTree ca) {
          expr(ca.getVariable());
          expr(ca.getExpression());
          return Val.NONE;
        }
        if (e instanceof BinaryTree b) {
          Val l = expr(b.getLeftOperand());
          Val r = expr(b.getRightOperand());
          if (e.getKind() == Tree.Kind.EQUAL_TO || e.getKind() == Tree.Kind.NOT_EQUAL_TO) {
            load(l, b.getLeftOperand()); // if (cache == null) ...
            load(r, b.getRightOperand());
          }
          return Val.NONE;
        }
        if (e instanceof UnaryTree u) {
          expr(u.getExpression());
          return Val.NONE;
        }
        if (e instanceof com.sun.source.tree.ArrayAccessTree aa) {
          expr(aa.getExpression());
          expr(aa.getIndex());
          return Val.NONE;
        }
        return Val.NONE;
    }
  }

  private static Val preferKnown(Val a, Val b) {
    if (a instanceof TaskV ta && b instanceof TaskV tb) {
      List<TaskRef> both = new ArrayList<>(ta.tasks());
      for (TaskRef r : tb.tasks()) if (!both.contains(r)) both.add(r);
      return new TaskV(both, false, ta.literal() && tb.literal());
    }
    if (b instanceof TaskV && !(a instanceof TaskV)) return b;
    if (a instanceof NewMapV na && b instanceof NewMapV nb) {
      return na.alloc().kind() == MapKind.UNSAFE ? na : nb;
    }
    if (a == null || a == Val.NONE) return b == null ? Val.NONE : b;
    return a;
  }

  private void iterateForToString(Val v, Tree tree) {
    if (v instanceof MapV m) {
      access(m.cell(), AccessKind.ITERATE, "toString", tree, tree, m.receiver());
    } else if (v instanceof ViewV vv) {
      access(vv.cell(), AccessKind.ITERATE, "toString", tree, tree, vv.receiver());
    }
  }

  private Val identifier(IdentifierTree id) {
    if (cx.facts.isThis(id.getName())) return ObjV.thisOf(scope.type());
    Element e = unit.element(id);
    if (e == null) return Val.NONE;
    switch (e.getKind()) {
      case FIELD:
      case ENUM_CONSTANT:
        return field((VariableElement) e, implicitReceiver(e), id, Val.NONE);
      case PARAMETER:
        // a parameter of a method around this lambda or local class: captured, so kept
        if (!params.containsKey(e)) sharing.kept((VariableElement) e);
        return retarget(locals.getOrDefault(e, Val.NONE), id);
      case LOCAL_VARIABLE:
      case RESOURCE_VARIABLE:
      case EXCEPTION_PARAMETER:
        return retarget(locals.getOrDefault(e, Val.NONE), id);
      default:
        if (e.getKind().name().equals("BINDING_VARIABLE")) {
          return retarget(locals.getOrDefault(e, Val.NONE), id);
        }
        return Val.NONE;
    }
  }

  /** Reports later accesses through a local at the place the local is used. */
  private static Val retarget(Val v, Tree at) {
    if (v instanceof MapV m) return new MapV(m.cell(), m.receiver(), at);
    if (v instanceof ViewV w) return new ViewV(w.cell(), w.view(), w.receiver(), at);
    if (v instanceof IterV i) return new IterV(i.cell(), i.receiver(), at);
    if (v instanceof EntryV en) return new EntryV(en.cell(), en.receiver(), at);
    return v;
  }

  /** How an unqualified instance member is reached: this, or an enclosing instance. */
  private Receiver implicitReceiver(Element member) {
    if (member.getModifiers().contains(Modifier.STATIC)) return Receiver.OTHER;
    Element owner = member.getEnclosingElement();
    if (!(owner instanceof TypeElement ot)) return Receiver.OTHER;
    if (cx.facts.isSubtype(scope.type(), ot)) return Receiver.THIS;
    return enclosingInstanceOf(ot) ? Receiver.OUTER : Receiver.OTHER;
  }

  /** Whether a class around the current one (an enclosing instance of this) is a {@code type}. */
  private boolean enclosingInstanceOf(TypeElement type) {
    for (Element e = scope.type().getEnclosingElement(); e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement te && cx.facts.isSubtype(te, type)) return true;
      if (e.getKind() == ElementKind.PACKAGE) return false;
    }
    return false;
  }

  private Val memberSelect(MemberSelectTree ms) {
    Element e = unit.element(ms);
    if (e == null) {
      expr(ms.getExpression());
      return Val.NONE;
    }
    if (e.getKind() == ElementKind.FIELD || e.getKind() == ElementKind.ENUM_CONSTANT) {
      Qualifier q = qualifier(ms.getExpression(), e);
      if (q.receiver() == Receiver.OTHER) heldByParameter(ms, q.value());
      return field((VariableElement) e, q.receiver(), ms, q.value());
    }
    if (e.getKind() == ElementKind.CLASS || e.getKind() == ElementKind.INTERFACE
        || e.getKind() == ElementKind.PACKAGE || e.getKind() == ElementKind.ENUM) {
      return Val.NONE; // a type name
    }
    if (cx.facts.isThis(ms.getIdentifier())) {
      return unit.element(ms.getExpression()) instanceof TypeElement outer ? ObjV.thisOf(outer) : Val.NONE;
    }
    if (cx.facts.isClassKeyword(ms.getIdentifier())) return Val.NONE;
    return expr(ms.getExpression());
  }

  /** How the receiver of a field access was reached, and its value when it was evaluated. */
  private record Qualifier(Receiver receiver, Val value) {}

  /** Evaluates the qualifier of a field access or call and says how the receiver was reached. */
  private Receiver receiverOfQualifier(ExpressionTree qualifier, Element member) {
    return qualifier(qualifier, member).receiver();
  }

  private Qualifier qualifier(ExpressionTree qualifier, Element member) {
    ExpressionTree q = strip(qualifier);
    if (member.getModifiers().contains(Modifier.STATIC)) {
      Element qe = unit.element(q);
      if (!(qe instanceof TypeElement)) expr(q);
      return new Qualifier(Receiver.OTHER, Val.NONE);
    }
    if (q instanceof IdentifierTree id && (cx.facts.isThis(id.getName())
        || cx.facts.isSuper(id.getName()))) {
      return new Qualifier(Receiver.THIS, Val.NONE);
    }
    if (q instanceof MemberSelectTree ms && cx.facts.isThis(ms.getIdentifier())) {
      Element outer = unit.element(ms.getExpression());
      return new Qualifier(outer == scope.type() ? Receiver.THIS : Receiver.OUTER, Val.NONE);
    }
    Val v = expr(q);
    return new Qualifier(receiverOf(v, q), v);
  }

  /** An id for an object a local variable holds: the method, the name, the declaration's place. */
  private String objectLocalId(Element local, Tree decl) {
    return methodId + "::" + local.getSimpleName() + "@" + (decl == null ? 0 : unit.start(decl));
  }

  /** A local holding what a call of the program returned: the maker's own object, if it makes one. */
  private ObjV madeBy(Val.MadeV mv, Element local, Tree decl) {
    return new ObjV(mv.type(), false, Long.MIN_VALUE, false, false,
        ObjectRef.madeBy(objectLocalId(local, decl), mv.maker(), mv.receiver()),
        usage.escapesBesidesProgramArguments(local));
  }

  /** Where the object {@code v}, the value of {@code tree}, comes from, for a call through it. */
  private ObjectRef objectOf(Val v, Tree tree) {
    if (v instanceof ObjV o) {
      if (o.self()) return ObjectRef.SELF;
      long at = tree == null ? Long.MAX_VALUE : unit.start(tree);
      if (o.fresh() && o.origin().kind() == ObjectRef.Kind.NONE && o.freshAt(at)) {
        return ObjectRef.madeHere(null); // new T(..) used right there
      }
      return o.originAt(at);
    }
    if (v instanceof Val.ParamObjV p && p.methodId().equals(methodId)) return ObjectRef.param(p.index());
    // a factory's or a fluent call's result used right there: newJob().withIdentity(..)
    if (v instanceof Val.MadeV mv) return ObjectRef.madeBy(null, mv.maker(), mv.receiver());
    if (v instanceof Val.StaticObjV st) return ObjectRef.staticField(st.object().fieldId());
    if (v instanceof Val.HeldObjV h) {
      if (h.viaParam() >= 0) return ObjectRef.fieldOfParam(h.viaParam(), h.holder(), h.fieldId());
      return h.justMade() ? ObjectRef.justMadeIn(h.holder(), h.fieldId()) : ObjectRef.heldBy(h.holder(), h.fieldId());
    }
    return ObjectRef.NONE;
  }

  /** How the object {@code v}, the value of {@code tree}, was reached. */
  private Receiver receiverOf(Val v, Tree tree) {
    if (v instanceof ObjV o && o.freshAt(unit.start(tree))) return Receiver.FRESH;
    if (v instanceof TaskV t && t.fresh()) return Receiver.FRESH;
    return Receiver.OTHER;
  }

  private Val field(VariableElement f, Receiver recv, Tree tree, Val qualifier) {
    ProgramBuilder.FieldDraft draft = cx.classExtractor().fieldDraft(f);
    if (draft == null) {
      if (isFlag(f)) emit(new Event.FlagRead(cx.fieldId(f), unit.pos(tree)));
      // a singleton: every client that calls it shares its maps
      boolean isStatic = f.getKind() == ElementKind.ENUM_CONSTANT
          || f.getModifiers().contains(Modifier.STATIC);
      boolean programObject = programObjectType(f.asType()) != null;
      if (!(f.getEnclosingElement() instanceof TypeElement owner) || !cx.recognizers.isSource(owner)) {
        return Val.NONE;
      }
      if (isStatic) {
        TypeElement declared = cx.facts.classOf(f.asType());
        return (f.getKind() == ElementKind.ENUM_CONSTANT || programObject) && declared != null
            ? new Val.StaticObjV(new StaticObject(cx.fieldId(f), cx.classId(declared))) : Val.NONE;
      }
      if (!programObject) return Val.NONE;
      if (recv == Receiver.THIS || recv == Receiver.OUTER) {
        String id = cx.fieldId(f);
        return new Val.HeldObjV(cx.classId(owner), id, recv == Receiver.THIS && justMade.contains(id));
      }
      // another object's field: that object's holder is not followed, so take it as let go
      cx.program.fieldNotHeld(cx.fieldId(f));
      // a parameter's field (planner.dag): the object a parameter's object holds, which is the
      // caller's own where the parameter is (see ObjectRef.Kind.PARAM_FIELD)
      if (qualifier instanceof Val.ParamObjV p && p.methodId().equals(methodId)) {
        return new Val.HeldObjV(cx.classId(owner), cx.fieldId(f), false, p.index());
      }
      return Val.NONE;
    }
    return switch (draft.role) {
      case MAP -> new MapV(new CellRef.Field(draft.id), recv, tree);
      case MAP_HOLDER -> new HolderV(draft.id, recv);
      case LOCK -> new LockV(LockRef.field(draft.id));
      case EXECUTOR -> new ExecutorV(draft.id, false);
      case TASK -> new TaskV(List.of(new TaskRef.Field(draft.id)), false, false);
    };
  }

  // ---------------------------------------------------------------- assignment and stores

  private Val assignment(AssignmentTree a) {
    ExpressionTree lhs = strip(a.getVariable());
    Element e = unit.element(lhs);
    Receiver recv = Receiver.OTHER;
    if (e != null && (e.getKind() == ElementKind.FIELD)) {
      recv = lhs instanceof MemberSelectTree ms ? receiverOfQualifier(ms.getExpression(), e)
          : implicitReceiver(e);
    } else if (!(lhs instanceof IdentifierTree)) {
      expr(lhs);
    }
    Val value = expr(a.getExpression());
    load(value, a.getExpression());
    if (e == null || e.getKind() == ElementKind.FIELD) {
      sharing.stored(value, a.getExpression(), e, recv == Receiver.THIS);
    }
    if (e != null && e.getKind() == ElementKind.FIELD) {
      sharing.objectFieldStored((VariableElement) e, a.getExpression(), constructorParams());
      String id = cx.fieldId((VariableElement) e);
      justMade.remove(id);
      // this.f = new T(..) at the top level of the body: f holds that object from here on
      if (recv == Receiver.THIS && out.size() == 1 && value instanceof ObjV o && o.fresh()
          && strip(a.getExpression()).getKind() == Tree.Kind.NEW_CLASS) {
        justMade.add(id);
      }
    } else {
      sharing.letGo(value);
    }
    if (e == null) return value;
    if (value instanceof Val.StaticObjV st && e.getKind() == ElementKind.LOCAL_VARIABLE) {
      staticSources.put(e, st.object());
    }
    if (e.getKind() == ElementKind.FIELD && !e.getModifiers().contains(Modifier.FINAL)
        && !(methodName.startsWith("<") && e.getEnclosingElement() == scope.type())) {
      cx.program.fieldReassigned(cx.fieldId((VariableElement) e));
    }
    if (e.getKind() == ElementKind.FIELD) {
      ProgramBuilder.FieldDraft draft = cx.classExtractor().fieldDraft((VariableElement) e);
      if (draft != null) storeField(draft, value, lhs, a, recv);
      if (isFlag(e)) emit(new Event.FlagSet(cx.fieldId((VariableElement) e), unit.pos(a)));
    } else if (locals.get(e) instanceof MapV m && m.cell() instanceof CellRef.Local) {
      storeInto(m.cell(), value, a);
    } else if (value instanceof ObjV o && o.fresh() && !locals.containsKey(e)
        && e.getKind() == ElementKind.LOCAL_VARIABLE && usage.assignedOnce(e)) {
      // T x; ... x = new T(): as fresh as an initialiser would make it
      locals.put(e, new ObjV(o.type(), true, usage.escapesFrom(e), false, false,
          ObjectRef.madeHere(objectLocalId(e, lhs)), usage.escapesBesidesProgramArguments(e)));
    } else if (value instanceof Val.MadeV mv && !locals.containsKey(e)
        && e.getKind() == ElementKind.LOCAL_VARIABLE && usage.assignedOnce(e)) {
      locals.put(e, madeBy(mv, e, lhs));
    } else if (value instanceof TaskV t && cx.recognizers.isTaskType(e.asType())) {
      holdTasks(e, t, a);
    } else if (locals.get(e) instanceof TaskV) {
      // another value on this path: the variable may still hold the lambdas of other paths
    } else if (locals.containsKey(e) && !(locals.get(e) instanceof MapV) && usage.reassigned(e)) {
      locals.remove(e);
    }
    return value;
  }

  /** A volatile boolean field of the program: a flag that orders what comes before its writes. */
  private boolean isFlag(Element f) {
    return f.getKind() == ElementKind.FIELD && f.asType().getKind() == TypeKind.BOOLEAN
        && f.getModifiers().contains(Modifier.VOLATILE)
        && f.getEnclosingElement() instanceof TypeElement owner && cx.recognizers.isSource(owner);
  }

  /** A value stored into a field: its kinds of map, its tasks, its locks, its executors. */
  void storeField(ProgramBuilder.FieldDraft draft, Val value, Tree target, Tree whole,
                  Receiver recv) {
    switch (draft.role) {
      case MAP -> {
        CellRef cell = new CellRef.Field(draft.id);
        storeInto(cell, value, whole);
        if (target != null) access(cell, AccessKind.REASSIGN, "=", target, whole, recv);
      }
      case MAP_HOLDER -> {
        if (value instanceof WrapV w && w.kind() == MapKind.UNKNOWN) {
          storeInto(new CellRef.Content(draft.id), w.inner(), whole);
        }
      }
      case LOCK -> {
        if (value instanceof LockV l && draft.lockAlias == null && !l.lock().id().equals(draft.id)) {
          draft.lockAlias = l.lock();
        }
      }
      case EXECUTOR -> {
        boolean serial = value instanceof ExecutorV ex && ex.serial();
        draft.serialExecutor = (draft.serialExecutor == null || draft.serialExecutor) && serial;
      }
      case TASK -> {
        List<TaskRef> ts = tasksOf(value, null);
        if (ts != null) {
          handedOn(ts);
          draft.tasks.addAll(ts);
        }
      }
    }
  }

  private void storeInto(CellRef cell, Val value, Tree at) {
    Alloc alloc = allocOf(value);
    if (alloc != null) emit(new Event.Store(cell, alloc, unit.pos(at)));
  }

  /** What map a value is, as something that flows into a variable; null for nothing (null). */
  private Alloc allocOf(Val v) {
    if (v instanceof NewMapV n) return n.alloc();
    if (v instanceof WrapV w) {
      // unmodifiableMap(field) reads through to the field's map; wrapping a local (a copy being
      // published) makes a map of its own
      if (w.kind() == MapKind.IMMUTABLE && w.inner() instanceof MapV m && m.cell() instanceof CellRef.Field) {
        return new Alloc.View(m.cell());
      }
      return w.alloc();
    }
    if (v instanceof MapV m) {
      if (m.cell() instanceof CellRef.Param p) return new Alloc.FromParam(p.methodId(), p.index());
      return new Alloc.FromCell(m.cell());
    }
    if (v instanceof Val.CallV c && !c.collection()) return new Alloc.FromCall(c.methodId());
    if (v == null || v == Val.NONE) return null;
    return null;
  }

  private Alloc.Known known(MapKind kind, boolean accessOrdered, Tree at) {
    return new Alloc.Known(kind, accessOrdered, false, unit.pos(at), unit.text(at));
  }

  private static CellRef cellOf(Val v) {
    if (v instanceof MapV m) return m.cell();
    if (v instanceof WrapV w) return cellOf(w.inner());
    return null;
  }

  // ---------------------------------------------------------------- lambdas and references

  private Val lambda(LambdaExpressionTree l) {
    String id = cx.classExtractor().lambda(l, unit, scope, methodId, methodName, usage, locals,
        suppressions);
    return new TaskV(List.of(new TaskRef.Method(id)), true, true);
  }

  private Val memberReference(MemberReferenceTree r) {
    Element e = unit.element(r);
    ExpressionTree q = strip(r.getQualifierExpression());
    Val qualifier = Val.NONE;
    Element qe = unit.element(q);
    boolean typeQualifier = qe instanceof TypeElement;
    boolean superQualifier = q instanceof IdentifierTree id && cx.facts.isSuper(id.getName());
    if (!typeQualifier && !superQualifier) qualifier = expr(q);
    sharing.letGo(qualifier); // a method reference bound to it carries it anywhere
    if (!(e instanceof ExecutableElement m)) return Val.NONE;
    // map::get, cache::remove: a reference to a map operation accesses the map when it runs
    if (qualifier instanceof MapV mv && isLibrary(m)) {
      String op = cx.recognizers.operation("map", m.getSimpleName().toString());
      if (op != null && !op.equals("view")) {
        access(mv.cell(), kindOf(op), m.getSimpleName().toString(), mv.tree(), r, mv.receiver());
      }
      return Val.NONE;
    }
    ExecutableElement referenced = m;
    if (!superQualifier && declaredByObject(m)) {
      // doc::hashCode, Document::hashCode: as for a call (see invocation)
      ExecutableElement declared = interfaceDeclarationOf(m,
          typeQualifier ? (TypeElement) qe : cx.facts.classOf(unit.type(q)));
      if (declared != null) referenced = declared;
    }
    TypeElement owner = (TypeElement) referenced.getEnclosingElement();
    if (!cx.recognizers.isSource(owner)) return Val.NONE;
    String target = cx.methodId(referenced);
    java.util.Set<Modifier> mods = referenced.getModifiers();
    boolean isStatic = mods.contains(Modifier.STATIC);
    boolean virtual = !isStatic && !superQualifier && referenced.getKind() != ElementKind.CONSTRUCTOR
        && !mods.contains(Modifier.PRIVATE) && !mods.contains(Modifier.FINAL);
    TaskRef t = virtual ? new TaskRef.Virtual(target) : new TaskRef.Method(target);
    boolean fresh = qualifier instanceof ObjV o && o.freshAt(unit.start(r));
    return new TaskV(List.of(t), fresh, true);
  }

  private boolean isLibrary(ExecutableElement m) {
    return !(m.getEnclosingElement() instanceof TypeElement te) || !cx.recognizers.isSource(te);
  }

  /**
   * A lambda or method reference written as an argument of a library call (forEach,
   * computeIfAbsent...): the library runs it there, on this thread. Code merely held in a variable
   * and passed on (requireNonNull(task), list.add(task)) is not run by that.
   */
  private void taskAsCallback(Val v, Tree at) {
    if (v instanceof TaskV t && t.literal()) {
      handedOn(t.tasks());
      emit(new Event.RunTask(t.tasks(), unit.pos(at)));
    }
  }

  // ---------------------------------------------------------------- object creation

  /**
   * Whether {@code new T(..)} runs LinkedHashMap's own constructor: T is LinkedHashMap, or an
   * anonymous class extending it ({@code new LinkedHashMap<>(16, 0.75f, true) { removeEldestEntry }}).
   */
  private boolean isLinkedHashMapConstructor(Element created) {
    if (!(created instanceof TypeElement te)) return false;
    TypeElement own = te.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS
        ? cx.facts.classOf(te.getSuperclass()) : te;
    return own != null && own.getQualifiedName().contentEquals("java.util.LinkedHashMap");
  }

  private Val newClass(NewClassTree n) {
    if (n.getEnclosingExpression() != null) expr(n.getEnclosingExpression());
    Element ce = unit.element(n);
    TypeMirror type = unit.type(n);
    List<Val> args = new ArrayList<>();
    for (ExpressionTree a : n.getArguments()) args.add(expr(a));
    forgetJustMade(Receiver.FRESH, Val.NONE, args);
    sharing.constructorArguments(args, !(ce != null && ce.getEnclosingElement() instanceof TypeElement owner
        && cx.recognizers.isSource(owner)));
    ClassTree body = n.getClassBody();
    String anonId = null;
    if (body != null) {
      anonId = cx.classExtractor().anonymousClass(body, unit, scope, methodId, locals, suppressions);
    }
    if (!(ce instanceof ExecutableElement ctor)) {
      cx.sawErrors = true;
      return Val.NONE;
    }
    TypeElement cls = body != null && unit.element(body) instanceof TypeElement anon ? anon
        : (TypeElement) ctor.getEnclosingElement();

    if (body == null && !cx.recognizers.isSource(cls)
        && (cx.recognizers.isLockType(type) || cx.facts.isObject(cls))) {
      return new Val.FreshLockV();
    }
    MapTypeInfo mt = cx.recognizers.mapType(type);
    if (mt != null && mt.holder()) {
      return args.isEmpty() ? new WrapV(MapKind.UNKNOWN, Val.NONE, null)
          : new WrapV(MapKind.UNKNOWN, args.get(0), null);
    }
    if (mt != null) {
      consumeArguments(ctor, args, n.getArguments());
      // new LinkedHashMap<>(capacity, loadFactor, true): the JDK's constructor only, not a
      // three-argument constructor of some subclass whose last flag means something else
      boolean accessOrder = mt.kind() == MapKind.UNSAFE && args.size() == 3
          && isLinkedHashMapConstructor(body == null ? ctor.getEnclosingElement() : cls)
          && strip(n.getArguments().get(2)) instanceof com.sun.source.tree.LiteralTree lit
          && Boolean.TRUE.equals(lit.getValue());
      return new NewMapV(new Alloc.Known(mt.kind(), accessOrder, mt.weakReadsWrite(), unit.pos(n),
          unit.text(n)));
    }
    if (cx.recognizers.serialExecutors.mayMatch("<init>") && cx.recognizers.serialExecutors.match(ctor) != null) {
      return new ExecutorV(null, true);
    }
    if (cx.recognizers.spawns.mayMatch("<init>") && !cx.recognizers.isSource(cls)) {
      // a program's own Thread subclass is an object like any other: its start() spawns run()
      CatalogRow row = cx.recognizers.spawns.match(ctor);
      if (row != null) return spawn(row, ctor, null, args, n.getArguments(), n);
    }
    consumeArguments(ctor, args, n.getArguments());
    if (cx.recognizers.isSource(cls)) {
      call(ctor, false, Receiver.FRESH, args, n);
      if (anonId != null) {
        emit(new Event.Call(anonId + "#<instinit>", false, Receiver.FRESH, List.of(), List.of(),
            unit.pos(n)));
      }
      return new ObjV(cls, true);
    }
    if (cx.recognizers.isExecutorType(type)) return new ExecutorV(null, false);
    for (Val a : args) taskAsCallback(a, n);
    return Val.NONE;
  }

  // ---------------------------------------------------------------- method calls

  private Val invocation(MethodInvocationTree mi) {
    ExpressionTree select = strip(mi.getMethodSelect());
    Element se = unit.element(mi);
    if (!(se instanceof ExecutableElement m)) {
      cx.sawErrors = true;
      for (ExpressionTree a : mi.getArguments()) expr(a);
      return Val.NONE;
    }
    java.util.Set<Modifier> mods = m.getModifiers(); // javac makes a new set at every call
    Val recv;
    Receiver recvKind;
    boolean superCall = false;
    Tree recvTree = null;
    if (select instanceof MemberSelectTree ms) {
      ExpressionTree q = strip(ms.getExpression());
      recvTree = q;
      superCall = q instanceof IdentifierTree id && cx.facts.isSuper(id.getName());
      if (mods.contains(Modifier.STATIC)) {
        if (!(unit.element(q) instanceof TypeElement)) expr(q);
        recv = Val.NONE;
        recvKind = Receiver.OTHER;
      } else if (q instanceof IdentifierTree id && (cx.facts.isThis(id.getName()) || superCall)) {
        recv = new ObjV(scope.type(), false);
        recvKind = Receiver.THIS;
      } else {
        recv = expr(q);
        recvKind = receiverOf(recv, q);
        if (q instanceof MemberSelectTree qs && cx.facts.isThis(qs.getIdentifier())) {
          recvKind = unit.element(qs.getExpression()) == scope.type() ? Receiver.THIS : Receiver.OUTER;
        }
      }
    } else {
      recv = Val.NONE;
      recvKind = implicitReceiver(m);
      if (select instanceof IdentifierTree id
          && (cx.facts.isThis(id.getName()) || cx.facts.isSuper(id.getName()))) {
        recvKind = Receiver.THIS; // this(...) / super(...) in a constructor
        superCall = cx.facts.isSuper(id.getName());
      }
    }
    List<Val> args = new ArrayList<>(mi.getArguments().size());
    for (ExpressionTree a : mi.getArguments()) args.add(expr(a));
    String name = m.getSimpleName().toString();
    sharing.arguments(m, name, recvTree, args, mi.getArguments());
    forgetJustMade(recvKind, recv, args);

    boolean library = isLibrary(m);
    if (library && recvTree != null && !mods.contains(Modifier.STATIC) && declaredByObject(m)) {
      ExecutableElement declared = interfaceDeclarationOf(m, cx.facts.classOf(unit.type(recvTree)));
      if (declared != null) {
        call(declared, true, recvKind, args, mi);
        return Val.NONE; // a boolean, an int or a String: no value the model follows
      }
    }
    if (superCall && name.equals("clone") && args.isEmpty()) {
      // Object.clone() makes a new object, as fresh as new C(): nobody else has seen it yet
      return new ObjV(scope.type(), true);
    }
    if (library) {
      Val special = libraryCall(m, name, recv, recvTree, args, mi);
      if (special != null) return special;
      consumeArguments(m, args, mi.getArguments());
      for (Val a : args) taskAsCallback(a, mi);
      return Val.NONE;
    }
    // a lock API of the catalogue compiled as part of the program (Guava's Monitor when Guava
    // itself is compiled): the call takes or releases the receiver as it does for its users
    if (!superCall && cx.recognizers.locks.mayMatch(name)) {
      CatalogRow row = cx.recognizers.locks.match(m);
      if (row != null) lockOperation(row, recv, recvTree);
    }
    if (programCodeCall(m, recv, args, mi)) return Val.NONE;
    // a method of the program
    boolean virtual = !superCall && !mods.contains(Modifier.STATIC)
        && !mods.contains(Modifier.PRIVATE) && !mods.contains(Modifier.FINAL)
        && m.getKind() == ElementKind.METHOD;
    // a final method too: the class of its receiver bounds what its calls on this can run
    boolean onObject = virtual || !superCall && !mods.contains(Modifier.STATIC)
        && !mods.contains(Modifier.PRIVATE) && m.getKind() == ElementKind.METHOD;
    ObjectRef receiverObject = recvTree == null
        ? (recvKind == Receiver.THIS ? ObjectRef.SELF : ObjectRef.NONE) : objectOf(recv, recvTree);
    call(m, virtual, recvKind, args, mi, onObject ? narrowerReceiverClass(m, recvKind, recvTree) : null,
        recvTree == null ? ObjectRef.NONE : receiverObject);
    TypeMirror rt = m.getReturnType();
    if (cx.recognizers.mapType(rt) != null) {
      if (recvKind == Receiver.OTHER) heldByParameter(mi, recv);
      return new Val.CallV(cx.methodId(m), false, recvKind);
    }
    if (isCollection(rt)) { // may be a view of a map
      return new Val.CallV(cx.methodId(m), true, recvKind);
    }
    if (rt.getKind() == TypeKind.DECLARED && cx.recognizers.isExecutorType(rt)) {
      return new ExecutorV(null, false);
    }
    TypeElement made = programObjectType(rt);
    if (made != null && !cx.recognizers.isTaskType(rt) && !cx.recognizers.isLockType(rt)) {
      return new Val.MadeV(made, cx.methodId(m),
          mods.contains(Modifier.STATIC) ? ObjectRef.NONE : receiverObject);
    }
    return Val.NONE;
  }

  private boolean declaredByObject(ExecutableElement m) {
    return m.getEnclosingElement() instanceof TypeElement owner && cx.facts.isObject(owner);
  }

  /**
   * The program's interface declaration that one of {@code Object}'s methods, called or
   * referenced through a receiver of {@code receiverType}, stands for (see
   * {@link ClassExtractor#interfaceDeclaration}), or null.
   */
  private ExecutableElement interfaceDeclarationOf(ExecutableElement m, TypeElement receiverType) {
    if (receiverType == null || receiverType.getKind() != ElementKind.INTERFACE) return null;
    return cx.classExtractor().interfaceDeclaration(receiverType, m);
  }

  /**
   * The class id of the receiver's static type of a virtual call of {@code m}, when it is a class
   * of the program below the one declaring {@code m} (so fewer overrides can run), else null.
   */
  private String narrowerReceiverClass(ExecutableElement m, Receiver recvKind, Tree recvTree) {
    TypeElement type;
    if (recvTree == null || recvKind == Receiver.THIS) {
      if (recvKind != Receiver.THIS) return null; // an enclosing instance's method
      type = scope.type();
    } else {
      type = cx.facts.classOf(unit.type(recvTree));
      // ((Lifecycle) realm).start(): the object is a Realm whatever the cast says
      Tree inner = recvTree instanceof ExpressionTree e ? strip(e) : recvTree;
      if (inner instanceof com.sun.source.tree.TypeCastTree cast) {
        TypeElement before = cx.facts.classOf(unit.type(cast.getExpression()));
        if (before != null && cx.recognizers.isSource(before)
            && (type == null || !cx.facts.isSubtype(type, before))) {
          type = before; // an upcast, or a cast to an unrelated interface: the operand's type says more
        }
      }
    }
    if (type == null || type == m.getEnclosingElement() || !cx.recognizers.isSource(type)) return null;
    return cx.classId(type);
  }

  private void call(ExecutableElement m, boolean virtual, Receiver recv, List<Val> args, Tree at) {
    call(m, virtual, recv, args, at, null, ObjectRef.NONE);
  }

  private void call(ExecutableElement m, boolean virtual, Receiver recv, List<Val> args, Tree at,
                    String receiverClass, ObjectRef receiverObject) {
    List<Event.ArgBinding> maps = new ArrayList<>(0);
    List<Event.TaskArg> tasks = new ArrayList<>(0);
    List<Event.FreshArg> freshMaps = new ArrayList<>(0);
    for (int i = 0; i < args.size(); i++) {
      Val a = args.get(i);
      CellRef c = cellOf(a);
      if (a instanceof MapV mv) maps.add(new Event.ArgBinding(i, c, mv.receiver()));
      if (a instanceof NewMapV n) freshMaps.add(new Event.FreshArg(i, n.alloc()));
      if (a instanceof Val.CallV cv && !cv.collection()) {
        freshMaps.add(new Event.FreshArg(i, new Alloc.FromCall(cv.methodId())));
      }
      if (a instanceof TaskV t) {
        handedOn(t.tasks());
        tasks.add(new Event.TaskArg(i, t.tasks()));
        continue;
      }
      TypeMirror paramType = m.getParameters().size() > i ? m.getParameters().get(i).asType() : null;
      List<TaskRef> ts = a instanceof ObjV o ? taskFromObject(o, paramType) : null;
      if (ts == null) ts = programCodeArgument(a, paramType, i, at);
      if (ts != null) tasks.add(new Event.TaskArg(i, ts));
    }
    lockArguments(m, args);
    dev.mapguard.model.SourcePos callPos = unit.pos(at);
    // a call of an annotated method (@Holding, @GuardedBy) may be reported at the call
    if (!m.getAnnotationMirrors().isEmpty()) cx.sites.add(at, unit.cu, callPos);
    // what runs only once the JVM has thrown an Error (an OutOfMemoryError handler shutting the
    // process down) is failure handling: it reaches most of a program, and races with a dying JVM
    // are not what a build should stop for. Its own map accesses still count.
    if (failureHandling > 0) return;
    List<Event.ObjectArg> objects = new ArrayList<>(0);
    List<? extends ExpressionTree> argTrees = at instanceof MethodInvocationTree mi ? mi.getArguments()
        : at instanceof com.sun.source.tree.NewClassTree nc ? nc.getArguments() : List.of();
    for (int i = 0; i < args.size() && i < argTrees.size(); i++) {
      ObjectRef o = objectOf(args.get(i), argTrees.get(i));
      if (o.kind() != ObjectRef.Kind.NONE) objects.add(new Event.ObjectArg(i, o));
    }
    emit(new Event.Call(cx.methodId(m), virtual, recv, maps, tasks, callPos, receiverClass,
        freshMaps, receiverObject, objects, virtual ? genericReceiver(at) : null,
        Event.NullFacts.of(NullTests.nullArguments(argTrees), nonNull | receiverParamBit(at),
            forwardedParams(argTrees))));
  }

  /**
   * The receiver's static type with its type arguments, for a call on an object of a generic type
   * ({@code wrapper.wrap(..)} on a {@code ConduitWrapper<StreamSourceConduit>}); null when it has
   * none or none is one class.
   */
  private Event.GenericType genericReceiver(Tree at) {
    if (!(at instanceof MethodInvocationTree mi)
        || !(mi.getMethodSelect() instanceof MemberSelectTree ms)) {
      return null;
    }
    TypeMirror t = unit.type(ms.getExpression());
    if (!(t instanceof javax.lang.model.type.DeclaredType dt) || dt.getTypeArguments().isEmpty()) {
      return null;
    }
    List<String> args = cx.classExtractor().typeArgumentIds(dt);
    if (args.stream().allMatch("?"::equals)) return null;
    return new Event.GenericType(cx.classId((TypeElement) dt.asElement()), args);
  }

  /**
   * The locks this call passes for the callee's lock parameters: a lock field handed to every
   * collaborator's constructor ({@code new JoinManager(node, clusterLock)}) is one lock wherever
   * it is kept (see analysis.LockCanon).
   */
  private void lockArguments(ExecutableElement m, List<Val> args) {
    List<? extends VariableElement> params = m.getParameters();
    for (int i = 0; i < params.size() && i < args.size(); i++) {
      if (m.isVarArgs() && i == params.size() - 1) break;
      VariableElement p = params.get(i);
      if (!cx.recognizers.isLockType(p.asType())) continue;
      LockRef passed = args.get(i) instanceof LockV l ? l.lock() : null;
      cx.program.lockArgument(cx.methodId(m) + "::" + p.getSimpleName(), passed);
    }
  }

  /** Whether the condition is {@code x instanceof E} for an Error type E. */
  private boolean testsForError(ExpressionTree cond) {
    if (!(cond instanceof com.sun.source.tree.InstanceOfTree io)) return false;
    // e instanceof OutOfMemoryError oome: the pattern's variable has the type
    Tree type = io.getType() != null ? io.getType()
        : io.getPattern() instanceof com.sun.source.tree.BindingPatternTree b ? b.getVariable() : null;
    return type != null && isErrorType(unit.type(type));
  }

  /** Whether a caught type (each alternative of a multi-catch) is an Error type. */
  private boolean catchesOnlyErrors(CatchTree c) {
    TypeMirror t = unit.type(c.getParameter());
    if (t instanceof javax.lang.model.type.UnionType u) {
      for (TypeMirror alt : u.getAlternatives()) {
        if (!isErrorType(alt)) return false;
      }
      return true;
    }
    return isErrorType(t);
  }

  private boolean isErrorType(TypeMirror t) {
    TypeElement te = t == null ? null : cx.facts.classOf(t);
    return te != null && cx.facts.isSubtype(te, "java.lang.Error");
  }

  /**
   * An argument for a parameter whose type is a functional interface of the program
   * ({@code ConstructorFunction<K, V> func}), when it is not code the translator follows: an object
   * of a program class runs its own implementation; anything else may be any implementation; a
   * {@code null}, or a reference to a library method, runs nothing of the program. The callee runs
   * it in place ({@link #programCodeCall}), for this caller only.
   */
  private List<TaskRef> programCodeArgument(Val a, TypeMirror paramType, int index, Tree at) {
    TypeElement iface = programFunctionalInterface(paramType);
    if (iface == null) return null;
    List<? extends ExpressionTree> argTrees = at instanceof MethodInvocationTree mi ? mi.getArguments()
        : at instanceof com.sun.source.tree.NewClassTree nc ? nc.getArguments() : List.of();
    Tree.Kind argKind = index < argTrees.size() ? strip(argTrees.get(index)).getKind() : null;
    // null runs nothing; a reference to a library method (DataInput::readUTF) is code of its own,
    // no implementation of the interface in the program
    if (argKind == Tree.Kind.NULL_LITERAL || argKind == Tree.Kind.MEMBER_REFERENCE) return List.of();
    ExecutableElement sam = cx.recognizers.samOf(iface);
    if (a instanceof ObjV o && o.type() != null && cx.recognizers.isSource(o.type())) {
      ExecutableElement impl = implementationOf(o.type(), sam);
      if (impl != null) return List.of(new TaskRef.Method(cx.methodId(impl)));
    }
    // the interface may inherit its method from a wider one (MigrationRunnable extends Runnable)
    String bound = sam.getEnclosingElement() == iface ? null : cx.classId(iface);
    return List.of(new TaskRef.Virtual(cx.methodId(sam), bound));
  }

  /** The type, when it is a functional interface declared in the program; otherwise null. */
  private TypeElement programFunctionalInterface(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) return null;
    TypeElement te = cx.facts.classOf(type);
    if (te == null || te.getKind() != ElementKind.INTERFACE || !cx.recognizers.isSource(te)) return null;
    return cx.recognizers.samOf(te) != null ? te : null;
  }

  /**
   * {@code func.createNew(key)} where {@code func} is a parameter of a functional interface of the
   * program: the code each caller passes runs here (callback edges from those callers), not every
   * implementation of the interface for every caller.
   */
  private boolean programCodeCall(ExecutableElement m, Val recv, List<Val> args, Tree at) {
    if (!(recv instanceof TaskV t) || t.tasks().isEmpty()) return false;
    // a default method that applies the code rather than composing it (FunctionEx.apply calls
    // applyEx and wraps its exceptions; andThen returns new code) runs the callers' code too: the
    // interface holds no state of its own
    boolean applies = m.getModifiers().contains(Modifier.DEFAULT)
        && programFunctionalInterface(m.getReturnType()) == null
        && !cx.recognizers.isTaskType(m.getReturnType());
    if (!m.getModifiers().contains(Modifier.ABSTRACT) && !applies) return false;
    for (TaskRef r : t.tasks()) {
      if (!(r instanceof TaskRef.Param p) || !p.methodId().equals(methodId)) return false;
    }
    if (!(m.getEnclosingElement() instanceof TypeElement owner)
        || programFunctionalInterface(owner.asType()) == null) {
      return false;
    }
    for (Val a : args) taskAsCallback(a, at);
    emit(new Event.RunTask(t.tasks(), unit.pos(at)));
    return true;
  }

  /** Calls of library methods that matter: map operations, locks, spawns, joins, streams. */
  private Val libraryCall(ExecutableElement m, String name, Val recv, Tree recvTree, List<Val> args,
                          MethodInvocationTree mi) {
    if (recv instanceof Val.TaskBagV bag && (name.equals("add") || name.equals("addAll"))) {
      // tasks collected for invokeAll: they run when the collection is handed over, not now
      for (Val a : args) {
        List<TaskRef> ts = tasksOf(a, null);
        if (ts != null) {
          handedOn(ts);
          bag.tasks().addAll(ts);
        }
      }
      if (!loops.isEmpty()) bag.repeated()[0] = true;
      return Val.NONE;
    }
    // map, view, iterator, entry operations
    if (recv instanceof MapV mv) {
      String op = cx.recognizers.operation("map", name);
      if (op != null) return mapOperation(op, name, mv.cell(), mv.receiver(), mv.tree(), args, mi);
    } else if (recv instanceof ViewV vv) {
      String op = cx.recognizers.operation("view", name);
      if (op != null) {
        if (op.equals("view")) return new ViewV(vv.cell(), vv.view(), vv.receiver(), vv.tree());
        AccessKind k = kindOf(op);
        access(vv.cell(), k, vv.view() + "()." + name, vv.tree(), mi, vv.receiver());
        consumeArguments(m, args, mi.getArguments());
        if (name.equals("iterator") || name.equals("spliterator")) {
          return new IterV(vv.cell(), vv.receiver(), vv.tree());
        }
        if (name.equals("stream") || name.equals("parallelStream")) {
          return new StreamV(name.equals("parallelStream"));
        }
        if (k == AccessKind.ITERATE && name.equals("forEach")) {
          for (Val a : args) taskAsCallback(a, mi);
        }
        return Val.NONE;
      }
    } else if (recv instanceof IterV iv) {
      String op = cx.recognizers.operation("iterator", name);
      if (op != null) {
        // next/hasNext are covered by the iteration reported when the iterator was made
        if (op.equals("write")) access(iv.cell(), AccessKind.WRITE, "iterator." + name, iv.tree(), mi,
            iv.receiver());
        return Val.NONE;
      }
    } else if (recv instanceof EntryV ev) {
      String op = cx.recognizers.operation("entry", name);
      if (op != null) {
        access(ev.cell(), kindOf(op), "entry." + name, ev.tree(), mi, ev.receiver());
        return Val.NONE;
      }
    } else if (recv instanceof HolderV hv) {
      return holderOperation(hv, name, args, mi);
    } else if (recv instanceof Val.CallV cv && !cv.collection()) {
      // getMap().put(..): an access to whatever map the getter returns
      String op = cx.recognizers.operation("map", name);
      if (op != null) {
        return mapOperation(op, name, new CellRef.Returned(cv.methodId()), cv.receiver(), recvTree,
            args, mi);
      }
    } else if (recv instanceof Val.CallV cv) {
      // keys().iterator(): an access to the map, when the method returns a view of one
      Val view = new ViewV(new CellRef.Returned(cv.methodId()), "returned", cv.receiver(), recvTree);
      return libraryCall(m, name, view, recvTree, args, mi);
    }

    // locks
    if (cx.recognizers.locks.mayMatch(name)) {
      CatalogRow row = cx.recognizers.locks.match(m);
      if (row != null) return lockOperation(row, recv, recvTree);
    }
    // spawns
    if (cx.recognizers.spawns.mayMatch(name)) {
      CatalogRow row = cx.recognizers.spawns.match(m);
      if (row != null) return spawn(row, m, recv, args, mi.getArguments(), mi);
    }
    // Thread.start() on a thread made here
    if (name.equals("start") && m.getParameters().isEmpty()
        && cx.facts.isSubtype((TypeElement) m.getEnclosingElement(), "java.lang.Thread")) {
      return threadStart(recv, recvTree, mi);
    }
    // joins
    if (cx.recognizers.joins.mayMatch(name)) {
      CatalogRow row = cx.recognizers.joins.match(m);
      if (row != null) {
        join(row, m, recv, mi);
        return Val.NONE;
      }
    }
    if (recv instanceof TaskV t && m.getModifiers().contains(Modifier.ABSTRACT)) {
      // r.run() on a Runnable held in a variable: the code runs here, on this thread
      handedOn(t.tasks());
      for (Val a : args) taskAsCallback(a, mi);
      emit(new Event.RunTask(t.tasks(), unit.pos(mi)));
      return Val.NONE;
    }
    // streams: parallel or not; lambdas given to a parallel stream run on several threads
    TypeMirror rt = m.getReturnType();
    if (recv instanceof StreamV sv) {
      boolean parallel = name.equals("parallel") || (sv.parallel() && !name.equals("sequential"));
      // a collector's functions run where the stream collects with it
      List<Val> code = args;
      if (name.equals("collect") && !args.isEmpty() && args.get(0) instanceof CollectorV cv) {
        code = cv.code();
      }
      if (sv.parallel() && hasTask(code)) {
        spawnParallel(m, code, mi);
      } else {
        for (Val a : code) taskAsCallback(a, mi);
      }
      if (name.equals("collect") && !args.isEmpty() && args.get(0) instanceof CollectorV cv) {
        return new NewMapV(known(cv.kind(), false, mi));
      }
      return cx.recognizers.isStreamType(rt) ? new StreamV(parallel) : Val.NONE;
    }
    if (name.equals("parallelStream") || (name.equals("stream") && cx.recognizers.isStreamType(rt))) {
      return new StreamV(name.equals("parallelStream"));
    }
    // map factories and collectors
    if (cx.recognizers.factories.mayMatch(name)) {
      CatalogRow row = cx.recognizers.factories.match(m);
      if (row != null) {
        consumeArguments(m, args, mi.getArguments());
        return factoryResult(row.kind(), name, args, mi);
      }
    }
    // single-threaded executors
    if (cx.recognizers.serialExecutors.mayMatch(name) && cx.recognizers.serialExecutors.match(m) != null) {
      return new ExecutorV(null, true);
    }
    if (rt.getKind() == TypeKind.DECLARED && cx.recognizers.isExecutorType(rt)) {
      return new ExecutorV(null, false);
    }
    if (cx.recognizers.isStreamType(rt)) return new StreamV(false);
    return null;
  }

  private boolean isCollection(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED && cx.recognizers.isIterableType(t);
  }

  /** The arguments that are code (lambdas, method references). */
  private static List<Val> codeOf(List<Val> args) {
    List<Val> out = new ArrayList<>(0);
    for (Val a : args) if (a instanceof TaskV) out.add(a);
    return out;
  }

  private static boolean hasTask(List<Val> args) {
    for (Val a : args) if (a instanceof TaskV) return true;
    return false;
  }

  private Val mapOperation(String op, String name, CellRef cell, Receiver recv, Tree reportAt,
                           List<Val> args, MethodInvocationTree mi) {
    if (op.equals("view")) return new ViewV(cell, name, recv, reportAt);
    access(cell, kindOf(op), name, reportAt, mi, recv);
    MapTypeInfo result = cx.recognizers.mapType(unit.type(mi));
    if (result != null && result.isMap() && !(cell instanceof CellRef.Values)) {
      // a map of maps: the inner maps are shared as much as the outer one
      CellRef.Values values = new CellRef.Values(cell.id());
      if (name.startsWith("compute") || name.equals("merge")) {
        for (Val a : args) {
          if (a instanceof TaskV t) {
            for (TaskRef r : t.tasks()) {
              if (r instanceof TaskRef.Method tm) {
                emit(new Event.Store(values, new Alloc.FromCall(tm.methodId()), unit.pos(mi)));
              }
            }
          }
        }
      } else if ((name.equals("put") || name.equals("putIfAbsent")) && args.size() == 2) {
        storeInto(values, args.get(1), mi);
      }
      for (Val a : args) taskAsCallback(a, mi);
      return new MapV(values, Receiver.OTHER, mi);
    }
    // putAll(other) and equals(other) read the other map too
    if (name.equals("putAll") || name.equals("equals")) {
      for (int i = 0; i < args.size(); i++) iterateArgument(args.get(i), mi.getArguments().get(i));
    }
    for (Val a : args) taskAsCallback(a, mi);
    return Val.NONE;
  }

  private static AccessKind kindOf(String op) {
    return switch (op) {
      case "read" -> AccessKind.READ;
      case "write" -> AccessKind.WRITE;
      case "iterate", "iterator" -> AccessKind.ITERATE;
      default -> AccessKind.READ;
    };
  }

  private Val holderOperation(HolderV hv, String name, List<Val> args, MethodInvocationTree mi) {
    CellRef.Content content = new CellRef.Content(hv.fieldId());
    switch (name) {
      case "get", "getAcquire", "getPlain", "getOpaque" -> {
        return new MapV(content, Receiver.OTHER, mi);
      }
      case "set", "lazySet", "setRelease", "setPlain", "setOpaque", "getAndSet" -> {
        if (!args.isEmpty()) storeInto(content, args.get(args.size() - 1), mi);
        return name.equals("getAndSet") ? new MapV(content, Receiver.OTHER, mi) : Val.NONE;
      }
      case "compareAndSet", "weakCompareAndSet", "weakCompareAndSetPlain",
           "weakCompareAndSetVolatile", "compareAndExchange" -> {
        if (args.size() == 2) storeInto(content, args.get(1), mi);
        return Val.NONE;
      }
      case "updateAndGet", "getAndUpdate", "accumulateAndGet", "getAndAccumulate" -> {
        for (Val a : args) {
          if (a instanceof TaskV t) {
            for (TaskRef r : t.tasks()) {
              if (r instanceof TaskRef.Method tm) {
                emit(new Event.Store(content, new Alloc.FromCall(tm.methodId()), unit.pos(mi)));
              }
            }
          }
          taskAsCallback(a, mi);
        }
        return name.endsWith("AndGet") ? new MapV(content, Receiver.OTHER, mi) : Val.NONE;
      }
      default -> {
        return Val.NONE;
      }
    }
  }

  private Val lockOperation(CatalogRow row, Val recv, Tree recvTree) {
    // lock() with no receiver: the class is itself the lock (it extends ReentrantLock)
    LockRef lock = recvTree == null ? LockRef.thisOf(scope.classId()) : lockOf(recv, recvTree);
    if (lock == null) return recv; // a lock (or its halves) that only this call can see
    switch (row.kind()) {
      case "acquire" -> add(new Stmt.Acquire(lock));
      case "acquire-closeable" -> {
        // held until the closeable it returns is closed: tracked for try-with-resources only
        if (resourceLocks != null) {
          add(new Stmt.Acquire(lock));
          resourceLocks.add(lock);
        }
      }
      case "release" -> add(new Stmt.Release(lock, lock.mode() == LockRef.Mode.EXCLUSIVE));
      case "read-view" -> {
        return new LockV(lock.withMode(LockRef.Mode.READ));
      }
      case "write-view" -> {
        return new LockV(lock.withMode(LockRef.Mode.WRITE));
      }
      case "acquire-read" -> add(new Stmt.Acquire(lock.withMode(LockRef.Mode.READ)));
      case "acquire-write" -> add(new Stmt.Acquire(lock.withMode(LockRef.Mode.WRITE)));
      case "release-read" -> add(new Stmt.Release(lock.withMode(LockRef.Mode.READ), false));
      case "release-write" -> add(new Stmt.Release(lock.withMode(LockRef.Mode.WRITE), false));
      default -> {
        // try-acquire outside an if condition: the result is not tracked
      }
    }
    return Val.NONE;
  }

  /** The identity of a lock expression; null for an object no other thread can lock. */
  private LockRef lockOf(Val v, Tree tree) {
    if (v instanceof Val.FreshLockV) return null;
    if (v instanceof LockV l) return l.lock();
    if (v instanceof MapV m) {
      CellRef c = m.cell();
      if (c instanceof CellRef.Field f) return LockRef.field(f.id());
      return new LockRef(LockRef.Kind.LOCAL, c.id(), LockRef.Mode.EXCLUSIVE);
    }
    if (v instanceof HolderV h) return LockRef.field(h.fieldId());
    if (v instanceof ExecutorV ex && ex.id() != null) {
      return new LockRef(LockRef.Kind.FIELD, ex.id(), LockRef.Mode.EXCLUSIVE);
    }
    ExpressionTree e = tree instanceof ExpressionTree et ? strip(et) : null;
    if (e != null) {
      if (e instanceof IdentifierTree id && cx.facts.isThis(id.getName())) {
        return LockRef.thisOf(scope.classId());
      }
      if (e instanceof MemberSelectTree ms) {
        if (cx.facts.isThis(ms.getIdentifier()) && unit.element(ms.getExpression()) instanceof TypeElement t) {
          return LockRef.thisOf(cx.classId(t));
        }
        if (cx.facts.isClassKeyword(ms.getIdentifier()) && unit.element(ms.getExpression()) instanceof TypeElement t) {
          return LockRef.classLiteral(cx.classId(t));
        }
      }
      // locking an object of a program class is holding that class's monitor, as its own
      // synchronized methods and synchronized (this) do (client-side locking)
      TypeElement lockClass = cx.facts.classOf(unit.type(e));
      if (lockClass != null && cx.recognizers.isSource(lockClass)) {
        return LockRef.thisOf(cx.classId(lockClass));
      }
      Element el = unit.element(e);
      if (el instanceof VariableElement ve && ve.getKind() == ElementKind.FIELD) {
        return LockRef.field(cx.fieldId(ve));
      }
      if (e instanceof MethodInvocationTree mi && mi.getArguments().isEmpty()
          && unit.element(mi) instanceof ExecutableElement m) {
        return new LockRef(LockRef.Kind.CALL, cx.methodId(m), LockRef.Mode.EXCLUSIVE);
      }
      if (el != null && el.getKind() != ElementKind.FIELD) {
        return new LockRef(LockRef.Kind.LOCAL, methodId + "::" + el.getSimpleName(),
            LockRef.Mode.EXCLUSIVE);
      }
      return new LockRef(LockRef.Kind.LOCAL, methodId + "::" + unit.text(e) + "@" + unit.start(e),
          LockRef.Mode.EXCLUSIVE);
    }
    return new LockRef(LockRef.Kind.LOCAL, methodId + "::?", LockRef.Mode.EXCLUSIVE);
  }

  // ---------------------------------------------------------------- spawns, starts, joins

  private Val spawn(CatalogRow row, ExecutableElement m, Val recv, List<Val> args,
                    List<? extends ExpressionTree> argTrees, Tree at) {
    List<TaskRef> tasks = new ArrayList<>();
    boolean freshTask = true;
    boolean repeated = false;
    String executor = recv instanceof ExecutorV ex ? ex.id() : null;
    boolean serial = recv instanceof ExecutorV ex && ex.serial();
    List<? extends VariableElement> ps = m.getParameters();
    for (int i = 0; i < args.size(); i++) {
      TypeMirror pt = paramType(m, ps, i);
      Val a = args.get(i);
      if (a instanceof ExecutorV ex) { // CompletableFuture.supplyAsync(task, executor)
        executor = ex.id();
        serial = ex.serial();
        continue;
      }
      if (pt == null || !cx.recognizers.isTaskType(pt)) continue;
      List<TaskRef> ts = tasksOf(a, pt);
      if (ts != null) {
        handedOn(ts);
        tasks.addAll(ts);
        freshTask &= a instanceof ObjV o && o.handOff();
        repeated |= a instanceof Val.TaskBagV bag && bag.repeated()[0];
      }
    }
    RootKind kind = RootKind.valueOf(row.kind());
    String chain = null;
    if (row.has("chain")) {
      chain = recv instanceof ChainV c ? c.chain() : methodId + "@chain" + (spawnCount + 1);
    }
    String token = methodId + "@spawn" + (++spawnCount);
    String api = ((TypeElement) m.getEnclosingElement()).getSimpleName() + "."
        + (m.getKind() == ElementKind.CONSTRUCTOR ? "<init>" : m.getSimpleName());
    if (m.getKind() == ElementKind.CONSTRUCTOR) api = "new " + ((TypeElement) m.getEnclosingElement()).getSimpleName();
    if (!tasks.isEmpty()) {
      emit(new Event.Spawn(kind, api, tasks, executor, serial, chain, token,
          row.has("joins"), repeated, freshTask, innermostLoop(), unit.pos(at)));
    } else {
      for (Val a : args) taskAsCallback(a, at);
    }
    if (chain != null) return new ChainV(chain);
    return new SpawnV(token, row.has("deferred"));
  }

  private void spawnParallel(ExecutableElement m, List<Val> args, Tree at) {
    List<TaskRef> tasks = new ArrayList<>();
    for (Val a : args) {
      List<TaskRef> ts = tasksOf(a, null);
      if (ts != null) {
        handedOn(ts);
        tasks.addAll(ts);
      }
    }
    if (tasks.isEmpty()) return;
    emit(new Event.Spawn(RootKind.PARALLEL_STREAM, "parallel stream " + m.getSimpleName(), tasks,
        null, false, null, methodId + "@spawn" + (++spawnCount), true, true, false,
        innermostLoop(), unit.pos(at)));
  }

  private TypeMirror paramType(ExecutableElement m, List<? extends VariableElement> ps, int i) {
    if (ps.isEmpty()) return null;
    if (i < ps.size() - 1 || !m.isVarArgs()) return i < ps.size() ? ps.get(i).asType() : null;
    TypeMirror last = ps.get(ps.size() - 1).asType();
    return last instanceof ArrayType at ? at.getComponentType() : last;
  }

  /** The code a value stands for when handed over as a task. */
  private List<TaskRef> tasksOf(Val v, TypeMirror taskType) {
    if (v instanceof TaskV t) return t.tasks();
    if (v instanceof Val.TaskBagV bag) return List.copyOf(bag.tasks());
    if (v instanceof ObjV o) return taskFromObject(o, taskType);
    return null;
  }

  /** An object of a program class given as a Runnable/Callable: the method that runs. */
  private List<TaskRef> taskFromObject(ObjV o, TypeMirror taskType) {
    TypeElement cls = o.type();
    if (cls == null || !cx.recognizers.isSource(cls)) return null;
    TypeElement iface = taskType == null ? null : cx.facts.classOf(taskType);
    for (String t : List.of("java.lang.Runnable", "java.util.concurrent.Callable",
        "java.util.function.Supplier", "java.util.TimerTask")) {
      TypeElement candidate = cx.facts.type(t);
      if (candidate == null) continue;
      if (iface != null && !cx.facts.isSubtype(candidate, iface) && !cx.facts.isSubtype(iface, candidate)) {
        continue;
      }
      if (!cx.facts.isSubtype(cls, candidate)) continue;
      ExecutableElement sam = cx.recognizers.samOf(candidate);
      if (sam == null) continue;
      ExecutableElement impl = implementationOf(cls, sam);
      if (impl != null) return List.of(new TaskRef.Method(cx.methodId(impl)));
    }
    return null;
  }

  private ExecutableElement implementationOf(TypeElement cls, ExecutableElement sam) {
    for (TypeElement c = cls; c != null; c = superclassOf(c)) {
      for (Element member : c.getEnclosedElements()) {
        if (member instanceof ExecutableElement em && em.getKind() == ElementKind.METHOD
            && em.getSimpleName().equals(sam.getSimpleName())
            && !em.getModifiers().contains(Modifier.ABSTRACT)
            && cx.facts.elements.overrides(em, sam, cls)) {
          return cx.recognizers.isSource(c) ? em : null;
        }
      }
    }
    return null;
  }

  private TypeElement superclassOf(TypeElement c) {
    TypeMirror s = c.getSuperclass();
    return s.getKind() == TypeKind.DECLARED ? cx.facts.classOf(s) : null;
  }

  private Val threadStart(Val recv, Tree recvTree, Tree at) {
    if (recv instanceof SpawnV s && s.thread()) {
      emit(new Event.Start(s.token(), unit.pos(at)));
      return Val.NONE;
    }
    // start() of a Thread subclass of the program: its run() starts here. The object is known
    // (made here, or this), or only by its static type (a worker read from a list or a field).
    TypeElement type = recv instanceof ObjV o ? o.type()
        : recvTree == null ? scope.type() : cx.facts.classOf(unit.type(recvTree));
    if (type == null || !cx.recognizers.isSource(type)) return Val.NONE;
    List<TaskRef> ts = threadRun(type);
    if (ts != null) {
      boolean handOff = recv instanceof ObjV o && o.handOff();
      emit(new Event.Spawn(RootKind.THREAD, "Thread.start", ts, null, false, null,
          methodId + "@spawn" + (++spawnCount), false, false, handOff, innermostLoop(),
          unit.pos(at), true));
    }
    return Val.NONE;
  }

  private List<TaskRef> threadRun(TypeElement cls) {
    TypeElement thread = cx.facts.type("java.lang.Thread");
    if (cls == null || thread == null) return null;
    for (Element member : thread.getEnclosedElements()) {
      if (member instanceof ExecutableElement em && em.getSimpleName().contentEquals("run")
          && em.getParameters().isEmpty()) {
        ExecutableElement impl = implementationOf(cls, em);
        return impl == null ? null : List.of(new TaskRef.Method(cx.methodId(impl)));
      }
    }
    return null;
  }

  private void join(CatalogRow row, ExecutableElement m, Val recv, Tree at) {
    String api = ((TypeElement) m.getEnclosingElement()).getSimpleName() + "." + m.getSimpleName();
    String var = null;
    String executor = null;
    switch (row.kind()) {
      case "var" -> {
        if (recv instanceof SpawnV s) var = s.token();
        if (recv instanceof ChainV c) var = c.chain();
      }
      case "executor" -> {
        if (recv instanceof ExecutorV ex) executor = ex.id();
      }
      default -> { }
    }
    emit(new Event.Join(api, var, executor, unit.pos(at)));
  }

  // ---------------------------------------------------------------- library arguments

  /** Library calls that iterate a map or view passed to them (copy constructors, putAll...). */
  private void consumeArguments(ExecutableElement m, List<Val> args,
                                List<? extends ExpressionTree> trees) {
    String name = m.getKind() == ElementKind.CONSTRUCTOR ? "<init>" : m.getSimpleName().toString();
    if (!cx.recognizers.consumers.mayMatch(name)) return;
    if (cx.recognizers.consumers.match(m) == null) return;
    for (int i = 0; i < args.size() && i < trees.size(); i++) iterateArgument(args.get(i), trees.get(i));
  }

  private void iterateArgument(Val a, Tree tree) {
    if (a instanceof MapV mv) {
      access(mv.cell(), AccessKind.ITERATE, "copy", mv.tree(), tree, mv.receiver());
    } else if (a instanceof ViewV vv) {
      access(vv.cell(), AccessKind.ITERATE, "copy of " + vv.view() + "()", vv.tree(), tree,
          vv.receiver());
    }
  }

  private Val factoryResult(String kind, String name, List<Val> args, Tree at) {
    switch (kind) {
      case "immutable" -> {
        Val inner = args.isEmpty() ? Val.NONE : args.get(0);
        Alloc.Known alloc = known(MapKind.IMMUTABLE, false, at);
        // unmodifiableMap(m) is a read-only view of m; Map.copyOf(m) is a snapshot
        return name.startsWith("unmodifiable") && inner instanceof MapV
            ? new WrapV(MapKind.IMMUTABLE, inner, alloc) : new NewMapV(alloc);
      }
      case "synchronized" -> {
        Val inner = args.isEmpty() ? Val.NONE : args.get(0);
        return new WrapV(MapKind.SYNCHRONIZED, inner, known(MapKind.SYNCHRONIZED, false, at));
      }
      case "unsafe" -> {
        return new NewMapV(known(MapKind.UNSAFE, false, at));
      }
      case "concurrent" -> {
        return new NewMapV(known(MapKind.CONCURRENT, false, at));
      }
      case "unsafe-collector" -> {
        return new CollectorV(MapKind.UNSAFE, codeOf(args));
      }
      case "immutable-collector" -> {
        return new CollectorV(MapKind.IMMUTABLE, codeOf(args));
      }
      case "concurrent-collector" -> {
        return new CollectorV(MapKind.CONCURRENT, codeOf(args));
      }
      default -> throw new IllegalStateException("map-factories.tsv: unknown kind " + kind);
    }
  }
}
