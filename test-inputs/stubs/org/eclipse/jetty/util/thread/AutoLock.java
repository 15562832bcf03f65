package org.eclipse.jetty.util.thread;

import java.util.concurrent.locks.ReentrantLock;

/** Stand-in for Jetty's AutoLock: lock() takes the lock and returns this; close() releases it. */
public class AutoLock implements AutoCloseable {
  private final ReentrantLock lock = new ReentrantLock();

  public AutoLock lock() {
    lock.lock();
    return this;
  }

  public boolean isHeldByCurrentThread() {
    return lock.isHeldByCurrentThread();
  }

  @Override
  public void close() {
    if (lock.isHeldByCurrentThread()) lock.unlock();
  }
}
