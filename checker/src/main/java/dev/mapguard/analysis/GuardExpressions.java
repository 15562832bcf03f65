package dev.mapguard.analysis;

import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.DeclaredField;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Lock expressions, both ways: resolves the strings of {@code @GuardedBy} / {@code @Holding}
 * ({@code this}, {@code Outer.this}, a field or field path, {@code Type.class}, a static field,
 * {@code itself}, a no-argument method call, {@code rw.readLock()} / {@code rw.writeLock()}) to
 * the lock identities the lock analysis uses, and renders an inferred lock back into the string
 * to write on a field.
 *
 * <p>Resolution follows Java's own rules for a name inside the class: fields of the class and its
 * superclasses first, then of the enclosing classes, then class names. Where a class lies outside
 * the program its members are not known, and a name that might be one of them is accepted.
 */
public final class GuardExpressions {
  private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][A-Za-z_$0-9]*");

  private final Program program;
  private final UnaryOperator<LockRef> canon;
  private final Map<String, List<String>> classesBySimpleName = new HashMap<>();

  GuardExpressions(Program program, UnaryOperator<LockRef> canon) {
    this.program = program;
    this.canon = canon;
    for (ClassInfo c : program.classes().values()) {
      if (c.anonymous()) continue;
      classesBySimpleName.computeIfAbsent(simpleName(c), k -> new ArrayList<>()).add(c.id());
    }
  }

  /** A resolver for a program on its own (tests, tools): lock identities made canonical. */
  public static GuardExpressions forProgram(Program program) {
    return new GuardExpressions(program, new LockCanon(program));
  }

  // ---------------------------------------------------------------- reading

  /**
   * Resolves {@code text} as written on a member of {@code classId}; {@code selfFieldId} is the
   * annotated field (for {@code itself}), or null on a method.
   */
  public LockExpression resolve(String text, String classId, String selfFieldId) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) return LockExpression.bad(text, "the lock expression is empty");
    if (t.equals("itself") || t.equals("<self>")) {
      if (selfFieldId == null) return LockExpression.bad(t, "'" + t + "' only means something on a field");
      return LockExpression.of(t, canon.apply(LockRef.field(selfFieldId)), false);
    }
    if (t.equals("this")) return LockExpression.of(t, canon.apply(LockRef.thisOf(classId)), false);
    LockRef.Mode mode = LockRef.Mode.EXCLUSIVE;
    String path = t;
    if (path.endsWith(".readLock()")) {
      mode = LockRef.Mode.READ;
      path = path.substring(0, path.length() - ".readLock()".length());
    } else if (path.endsWith(".writeLock()")) {
      mode = LockRef.Mode.WRITE;
      path = path.substring(0, path.length() - ".writeLock()".length());
    }
    String[] parts = path.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      boolean call = p.endsWith("()") && i == parts.length - 1 && mode == LockRef.Mode.EXCLUSIVE;
      String name = call ? p.substring(0, p.length() - 2) : p;
      if (!IDENT.matcher(name).matches()) {
        return LockExpression.bad(t, "'" + t + "' is not a lock expression MapGuard understands"
            + " (this, Outer.this, a field path, Type.class, itself, or a method call without arguments)");
      }
    }
    return resolvePath(t, parts, mode, classId);
  }

  private LockExpression resolvePath(String text, String[] parts, LockRef.Mode mode, String classId) {
    // the first part: this / Outer.this / a field / a class name (possibly qualified)
    String owner = null;        // the class whose member the next part names
    boolean ownerIsType = false; // next part is a static member of owner
    boolean unknown = false;     // somewhere outside the program: members cannot be checked
    LockRef lock = null;
    boolean readWrite = false;
    int i = 0;
    if (parts[0].equals("this")) {
      owner = classId;
      i = 1;
    } else {
      // Outer.this, or a class name (possibly qualified) followed by .class / .this / .field
      for (int j = parts.length - 1; j >= 1; j--) {
        String candidate = String.join(".", java.util.Arrays.copyOfRange(parts, 0, j));
        String cls = findClass(candidate, classId);
        if (cls == null) continue;
        if (fieldOrMethodVisible(parts[0], classId)) break; // a field shadows a class name
        if (parts[j].equals("this")) {
          String outer = enclosingOrSelf(classId, cls);
          if (outer == null) {
            return LockExpression.bad(text, "'" + text + "': " + display(cls)
                + " is not a class enclosing " + display(classId));
          }
          if (j == parts.length - 1) {
            return LockExpression.of(text, canon.apply(LockRef.thisOf(outer).withMode(mode)), false);
          }
          owner = outer;
          i = j + 1;
        } else if (parts[j].equals("class")) {
          if (j != parts.length - 1) return LockExpression.bad(text, "'" + text + "' goes on after .class");
          return LockExpression.of(text, LockRef.classLiteral(cls), false);
        } else {
          owner = cls;
          ownerIsType = true;
          i = j;
        }
        break;
      }
      if (owner == null && parts.length == 2 && parts[1].equals("class")) {
        // a class outside the program: Object.class, String.class
        return LockExpression.of(text, LockRef.classLiteral(externalClassId(parts[0])), false);
      }
    }
    if (i == parts.length) {
      return LockExpression.of(text, canon.apply(LockRef.thisOf(owner).withMode(mode)), false);
    }
    for (; i < parts.length; i++) {
      String part = parts[i];
      boolean last = i == parts.length - 1;
      if (part.endsWith("()")) {
        String method = part.substring(0, part.length() - 2);
        String found = owner == null ? findMethodInScope(method, classId) : findMethod(method, owner);
        if (found == null) {
          if (owner != null && !knownHierarchy(owner) || unknown) {
            return LockExpression.of(text, new LockRef(LockRef.Kind.CALL,
                (owner == null ? classId : owner) + "#" + method + "()", mode), false);
          }
          return LockExpression.bad(text, "'" + text + "': no method " + method + "() in "
              + display(owner == null ? classId : owner));
        }
        return LockExpression.of(text, new LockRef(LockRef.Kind.CALL, found, mode), false);
      }
      FieldHit hit;
      if (owner == null) {
        hit = findFieldInScope(part, classId);
        if (hit == null) {
          return LockExpression.bad(text, "'" + text + "': " + display(classId) + " has no field "
              + part + " and no class of that name is in the program");
        }
      } else if (unknown) {
        hit = new FieldHit(owner, null);
      } else {
        hit = findField(part, owner);
        if (hit == null) {
          if (!knownHierarchy(owner)) {
            hit = new FieldHit(owner, null);
          } else {
            return LockExpression.bad(text, "'" + text + "': " + display(owner) + " has no field " + part);
          }
        }
      }
      if (ownerIsType && hit.field() != null && !hit.field().isStatic()) {
        return LockExpression.bad(text, "'" + text + "': " + part + " is not a static field of "
            + display(owner));
      }
      ownerIsType = false;
      DeclaredField f = hit.field();
      if (f != null && f.lockType() == DeclaredField.LockType.NONE) {
        return LockExpression.bad(text, "'" + text + "': " + part + " is of primitive type "
            + f.typeId() + ", which cannot be locked");
      }
      lock = LockRef.field(hit.classId() + "#" + part);
      readWrite = f != null && f.lockType() == DeclaredField.LockType.READ_WRITE;
      if (!last) {
        owner = f == null ? owner : f.typeId();
        unknown = f == null || program.clazz(owner) == null;
      }
    }
    if (mode != LockRef.Mode.EXCLUSIVE) {
      return LockExpression.of(text, canon.apply(lock.withMode(mode)), false);
    }
    LockRef c = canon.apply(lock);
    // a Lock field initialised from rw.readLock() stands for that half of rw
    return LockExpression.of(text, c, readWrite && c.mode() == LockRef.Mode.EXCLUSIVE);
  }

  private record FieldHit(String classId, DeclaredField field) {}

  /** The field {@code name} of {@code classId} or one of its superclasses. */
  private FieldHit findField(String name, String classId) {
    String cur = classId;
    for (int depth = 0; cur != null && depth < 64; depth++) {
      ClassInfo c = program.clazz(cur);
      if (c == null) return null;
      DeclaredField f = c.declaredField(name);
      if (f != null) return new FieldHit(cur, f);
      cur = c.superclass();
    }
    return null;
  }

  /** A simple name used inside {@code classId}: its own and inherited fields, then enclosing classes'. */
  private FieldHit findFieldInScope(String name, String classId) {
    for (String c = classId; c != null; c = outerOf(c)) {
      FieldHit hit = findField(name, c);
      if (hit != null) return hit;
      if (!knownHierarchy(c)) return new FieldHit(c, null);
    }
    return null;
  }

  private boolean fieldOrMethodVisible(String name, String classId) {
    for (String c = classId; c != null; c = outerOf(c)) {
      if (findField(name, c) != null) return true;
    }
    return false;
  }

  private String findMethod(String name, String classId) {
    String cur = classId;
    for (int depth = 0; cur != null && depth < 64; depth++) {
      String id = cur + "#" + name + "()";
      MethodInfo m = program.method(id);
      if (m != null) return id;
      ClassInfo c = program.clazz(cur);
      if (c == null) return null;
      cur = c.superclass();
    }
    return null;
  }

  private String findMethodInScope(String name, String classId) {
    for (String c = classId; c != null; c = outerOf(c)) {
      String found = findMethod(name, c);
      if (found != null) return found;
    }
    return null;
  }

  /** Whether every superclass of {@code classId} is in the program (so its members are all known). */
  private boolean knownHierarchy(String classId) {
    String cur = classId;
    for (int depth = 0; cur != null && depth < 64; depth++) {
      ClassInfo c = program.clazz(cur);
      if (c == null) return false;
      if (c.superclass() == null || c.superclass().equals("java.lang.Object")) return true;
      cur = c.superclass();
    }
    return false;
  }

  private String outerOf(String classId) {
    ClassInfo c = program.clazz(classId);
    return c == null ? null : c.outer();
  }

  /** {@code cls} if it is {@code classId} or encloses it (also through subclassing), else null. */
  private String enclosingOrSelf(String classId, String cls) {
    for (String c = classId; c != null; c = outerOf(c)) {
      if (c.equals(cls)) return c;
    }
    return null;
  }

  /** A class named {@code name} (simple, nested {@code A.B}, or qualified) as seen from {@code from}. */
  private String findClass(String name, String from) {
    // enclosing classes and their nested classes first
    for (String c = from; c != null; c = outerOf(c)) {
      ClassInfo ci = program.clazz(c);
      if (ci != null && (simpleName(ci).equals(name) || ci.display().equals(name))) return c;
      String nested = c + "$" + name.replace('.', '$');
      if (program.clazz(nested) != null) return nested;
    }
    String pkg = packageOf(from);
    String samePackage = (pkg.isEmpty() ? "" : pkg + ".") + name.replace('.', '$');
    if (program.clazz(samePackage) != null) return samePackage;
    List<String> bySimple = classesBySimpleName.getOrDefault(name, List.of());
    if (bySimple.size() == 1) return bySimple.get(0);
    for (ClassInfo ci : program.classes().values()) {
      if (canonicalName(ci.id()).equals(name)) return ci.id();
    }
    return null;
  }

  /** The id the lock analysis gives a class literal outside the program ({@code Object.class}). */
  private static String externalClassId(String name) {
    return name.contains(".") ? name : "java.lang." + name;
  }

  // ---------------------------------------------------------------- writing

  /**
   * The string to write in {@code @GuardedBy} on a member of {@code classId} for {@code lock}
   * ({@code readWrite}: the whole ReadWriteLock), or null when no expression valid there names it
   * (a lock reached through another object, a local variable).
   */
  public String render(LockRef lock, boolean readWrite, String classId) {
    String base = switch (lock.kind()) {
      case THIS -> renderThis(lock.id(), classId);
      case CLASS -> typeName(lock.id(), classId) + ".class";
      case FIELD -> renderField(lock.id(), classId);
      case CALL -> renderCall(lock.id(), classId);
      case LOCAL -> null;
    };
    if (base == null) return null;
    return switch (lock.mode()) {
      case EXCLUSIVE -> base;
      case READ -> readWrite ? base : base + ".readLock()";
      case WRITE -> readWrite ? base : base + ".writeLock()";
    };
  }

  private String renderThis(String lockClass, String classId) {
    // in a supertype (an interface the class implements), this is the same object
    if (supertypeOf(classId, lockClass, 0)) return "this";
    String outer = null;
    for (String c = classId; c != null; c = outerOf(c)) {
      if (canon.apply(LockRef.thisOf(c)).id().equals(lockClass)) {
        if (c.equals(classId)) return "this";
        outer = c;
        break;
      }
    }
    return outer == null ? null : simpleName(program.clazz(outer)) + ".this";
  }

  /** Whether {@code sup} is {@code cls} or one of its superclasses or interfaces. */
  private boolean supertypeOf(String sup, String cls, int depth) {
    if (cls == null || depth > 32) return false;
    if (cls.equals(sup)) return true;
    ClassInfo c = program.clazz(cls);
    if (c == null) return false;
    if (supertypeOf(sup, c.superclass(), depth + 1)) return true;
    for (String i : c.interfaces()) {
      if (supertypeOf(sup, i, depth + 1)) return true;
    }
    return false;
  }

  private String renderField(String fieldId, String classId) {
    int hash = fieldId.indexOf('#');
    String owner = fieldId.substring(0, hash);
    String name = fieldId.substring(hash + 1);
    ClassInfo oc = program.clazz(owner);
    DeclaredField f = oc == null ? null : oc.declaredField(name);
    FieldHit visible = findFieldInScope(name, classId);
    boolean sameField = visible != null && visible.classId().equals(owner);
    if (f != null && f.isStatic()) {
      return sameField ? name : typeName(owner, classId) + "." + name;
    }
    if (visible == null || !sameField) return null;
    if (findField(name, classId) != null) return name;
    // an instance field of an enclosing class
    for (String c = outerOf(classId); c != null; c = outerOf(c)) {
      if (findField(name, c) != null) return simpleName(program.clazz(c)) + ".this." + name;
    }
    return null;
  }

  private String renderCall(String methodId, String classId) {
    String owner = methodId.substring(0, methodId.indexOf('#'));
    String name = methodId.substring(methodId.indexOf('#') + 1, methodId.indexOf('('));
    if (!methodId.endsWith("()")) return null;
    for (String c = classId; c != null; c = outerOf(c)) {
      String found = findMethod(name, c);
      if (found == null) continue;
      if (!found.equals(methodId) && !found.startsWith(owner + "#")) return null;
      return c.equals(classId) ? name + "()" : simpleName(program.clazz(c)) + ".this." + name + "()";
    }
    return null;
  }

  /** A class name as code in {@code from} writes it without an import: nested in the package, else qualified. */
  private String typeName(String classId, String from) {
    String pkg = packageOf(classId);
    String canonical = canonicalName(classId);
    if (pkg.equals(packageOf(from)) || pkg.equals("java.lang") && !classId.contains("$")) {
      return pkg.isEmpty() ? canonical : canonical.substring(pkg.length() + 1);
    }
    return canonical;
  }

  // ---------------------------------------------------------------- names

  private String packageOf(String classId) {
    ClassInfo c = program.clazz(classId);
    String top = classId;
    while (c != null && c.outer() != null) {
      top = c.outer();
      c = program.clazz(top);
    }
    String binary = classId.contains("$") && c != null ? top : classId;
    int dot = binary.lastIndexOf('.');
    return dot < 0 ? "" : binary.substring(0, dot);
  }

  private static String canonicalName(String classId) {
    return classId.replace('$', '.');
  }

  private static String simpleName(ClassInfo c) {
    String d = c.display();
    return d.substring(d.lastIndexOf('.') + 1);
  }

  private String display(String classId) {
    ClassInfo c = program.clazz(classId);
    return c == null ? classId : c.display();
  }
}
