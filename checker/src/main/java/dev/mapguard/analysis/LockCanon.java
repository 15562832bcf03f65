package dev.mapguard.analysis;

import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.Program;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Makes lock identities comparable across the program: {@code this} of a class and of its
 * subclasses is one lock (the same object at run time), and a field initialised from
 * {@code rw.readLock()} is that half of {@code rw}, and a lock parameter every call fills with the
 * same lock ({@code new JoinManager(node, this.clusterLock)}, kept in {@code JoinManager.lock}) is
 * that lock.
 */
final class LockCanon implements UnaryOperator<LockRef> {
  private final Program program;
  private final Map<LockRef, LockRef> cache = new HashMap<>();

  LockCanon(Program program) {
    this.program = program;
  }

  /** The canonical lock, or null for a field that is replaced at run time (it locks nothing stable). */
  @Override
  public LockRef apply(LockRef lock) {
    if (lock == null) return null;
    if (cache.containsKey(lock)) return cache.get(lock);
    LockRef c = canonical(lock, 0);
    cache.put(lock, c);
    return c;
  }

  private LockRef canonical(LockRef lock, int depth) {
    if (depth > 8) return lock;
    switch (lock.kind()) {
      case THIS -> {
        return new LockRef(LockRef.Kind.THIS, topClass(lock.id()), lock.mode());
      }
      case FIELD -> {
        if (program.reassignedFields().contains(lock.id())) return null;
        FieldInfo f = program.field(lock.id());
        if (f != null && f.lockAlias() != null) {
          LockRef alias = canonical(f.lockAlias(), depth + 1);
          return lock.mode() == LockRef.Mode.EXCLUSIVE ? alias : alias.withMode(lock.mode());
        }
        return lock;
      }
      case LOCAL -> {
        // a lock parameter every call of the program fills with the same lock is that lock
        Set<LockRef> passed = program.passedLocks().get(lock.id());
        if (passed == null || passed.isEmpty()) return lock;
        LockRef same = null;
        for (LockRef p : passed) {
          LockRef c = canonical(p, depth + 1);
          if (c == null || same != null && !same.equals(c)) return lock;
          same = c;
        }
        return lock.mode() == LockRef.Mode.EXCLUSIVE ? same : same.withMode(lock.mode());
      }
      default -> {
        return lock;
      }
    }
  }

  /** The highest superclass of {@code classId} that is still in the program. */
  private String topClass(String classId) {
    String cur = classId;
    for (int i = 0; i < 64; i++) {
      ClassInfo c = program.clazz(cur);
      if (c == null || c.superclass() == null || program.clazz(c.superclass()) == null) return cur;
      cur = c.superclass();
    }
    return cur;
  }
}
