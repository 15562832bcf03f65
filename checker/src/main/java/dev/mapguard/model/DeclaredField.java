package dev.mapguard.model;

/**
 * Any field a class declares, as far as lock expressions need it: {@code @GuardedBy("a.b")}
 * names fields that are not maps (a plain {@code Object lock}), so lock expressions are resolved
 * against every field, not only the fields the analysis tracks.
 *
 * @param id       the field's id (as {@link FieldInfo#id()} and the cells name it)
 * @param typeId   binary name of the field's erased type, or the primitive's name
 * @param lockType what kind of lock the field's value can be
 */
public record DeclaredField(String id, String name, String typeId, boolean isStatic, boolean isFinal,
                            LockType lockType) {

  /**
   * What a field's value can serve as. A {@code Lock} field and a plain {@code Object} field are
   * the same here: a guard names the object, and what counts as holding it is decided where locks
   * are taken (the held-lock analysis), not by the field.
   */
  public enum LockType {
    /** A primitive: not a lock at all. */
    NONE,
    /** Any object: its monitor, or the lock it is ({@code Lock}, {@code StampedLock}...). */
    OBJECT,
    /** A {@code ReadWriteLock}: guards with its read and write halves. */
    READ_WRITE
  }
}
