package dev.mapguard.model;

/**
 * The identity of a lock, canonical across methods so that lock sets can be compared:
 * {@code this} of a class, a class literal, a field (instance-insensitive), a local variable,
 * or the result of a no-argument method. Read/write locks carry their mode.
 *
 * @param kind what the lock expression is
 * @param id   class id (THIS, CLASS), field id (FIELD), cell id (LOCAL), method id (CALL)
 * @param mode for a ReadWriteLock or StampedLock: which half; EXCLUSIVE otherwise
 */
public record LockRef(Kind kind, String id, Mode mode) implements Comparable<LockRef> {

  public enum Kind { THIS, CLASS, FIELD, LOCAL, CALL }

  public enum Mode { EXCLUSIVE, READ, WRITE }

  public static LockRef thisOf(String classId) {
    return new LockRef(Kind.THIS, classId, Mode.EXCLUSIVE);
  }

  public static LockRef classLiteral(String classId) {
    return new LockRef(Kind.CLASS, classId, Mode.EXCLUSIVE);
  }

  public static LockRef field(String fieldId) {
    return new LockRef(Kind.FIELD, fieldId, Mode.EXCLUSIVE);
  }

  public LockRef withMode(Mode newMode) {
    return new LockRef(kind, id, newMode);
  }

  // equals and hashCode written out, as TaskRef's records do (a hash key on hot paths)
  @Override
  public boolean equals(Object o) {
    return o instanceof LockRef l && kind == l.kind && mode == l.mode && id.equals(l.id);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + id.hashCode()) * 31 + mode.hashCode();
  }

  /** Same lock object, whatever the mode. */
  public boolean sameObject(LockRef other) {
    return kind == other.kind && id.equals(other.id);
  }

  /** True when holding this and {@code other} cannot happen on two threads at once. */
  public boolean excludes(LockRef other) {
    if (!sameObject(other)) return false;
    return !(mode == Mode.READ && other.mode == Mode.READ);
  }

  /** Human-readable form, e.g. {@code this}, {@code Cache.lock}, {@code Cache.rw.writeLock()}. */
  public String display() {
    String base = switch (kind) {
      case THIS -> simple(id) + ".this";
      case CLASS -> simple(id) + ".class";
      case FIELD -> simple(id);
      case LOCAL -> id.substring(id.lastIndexOf(':') + 1).replaceAll("@\\d+$", "");
      case CALL -> simpleMethod(id) + "()";
    };
    return switch (mode) {
      case EXCLUSIVE -> base;
      case READ -> base + ".readLock()";
      case WRITE -> base + ".writeLock()";
    };
  }

  private static String simple(String qualified) {
    // keep "Owner.field" / "Owner" with the package stripped and nested classes kept
    String s = qualified;
    int hash = s.indexOf('#');
    String cls = hash < 0 ? s : s.substring(0, hash);
    int dot = cls.lastIndexOf('.');
    String shortCls = (dot < 0 ? cls : cls.substring(dot + 1)).replace('$', '.');
    return hash < 0 ? shortCls : shortCls + "." + s.substring(hash + 1);
  }

  private static String simpleMethod(String methodId) {
    int paren = methodId.indexOf('(');
    return simple(paren < 0 ? methodId : methodId.substring(0, paren)).replace('#', '.');
  }

  @Override
  public int compareTo(LockRef o) {
    int c = kind.compareTo(o.kind);
    if (c != 0) return c;
    c = id.compareTo(o.id);
    return c != 0 ? c : mode.compareTo(o.mode);
  }

  @Override
  public String toString() {
    return display();
  }
}
