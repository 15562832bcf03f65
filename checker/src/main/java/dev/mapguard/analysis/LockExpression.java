package dev.mapguard.analysis;

import dev.mapguard.model.LockRef;

/**
 * What a {@code @GuardedBy} or {@code @Holding} string names, once resolved against the class it
 * is written in: the lock (canonical, as the lock analysis identifies it) and whether that lock is
 * a read/write lock, or why it names nothing real.
 *
 * @param text      the expression as written
 * @param lock      the lock, with mode READ/WRITE for {@code rw.readLock()}/{@code rw.writeLock()};
 *                  null when the expression does not resolve
 * @param readWrite the lock is a ReadWriteLock named as a whole: reads need either half, writes
 *                  need the write lock
 * @param error     why the expression names nothing real, or null
 */
public record LockExpression(String text, LockRef lock, boolean readWrite, String error) {

  static LockExpression of(String text, LockRef lock, boolean readWrite) {
    return new LockExpression(text, lock, readWrite, null);
  }

  static LockExpression bad(String text, String error) {
    return new LockExpression(text, null, false, error);
  }

  public boolean resolved() {
    return lock != null;
  }
}
