package com.google.common.util.concurrent;

/** Stub of Guava's Monitor: the methods test inputs call. */
public class Monitor {
  public abstract static class Guard {
    protected Guard(Monitor monitor) {}

    public abstract boolean isSatisfied();
  }

  public void enter() {}

  public void enterWhenUninterruptibly(Guard guard) {}

  public boolean enterIf(Guard guard) {
    return true;
  }

  public boolean tryEnter() {
    return true;
  }

  public void leave() {}
}
