package dev.mapguard.model;

import java.util.List;

/**
 * The structured control flow of a method body, reduced to what the lock analysis needs: blocks,
 * branches, loops, try/finally, synchronized, lock/unlock, jumps, and the events (accesses,
 * calls, spawns, joins) in evaluation order. Events are numbered in the order they were met,
 * which is program order.
 */
public sealed interface Stmt {

  /** Statements run one after the other. */
  record Seq(List<Stmt> body) implements Stmt {
    public Seq {
      body = List.copyOf(body);
    }
  }

  /** Exactly one arm runs (if/else, switch cases, ?:, && and ||). An absent else is an empty arm. */
  record Branch(List<Stmt> arms) implements Stmt {
    public Branch {
      arms = List.copyOf(arms);
    }
  }

  /**
   * A loop body that runs zero or more times; {@code label} is null when unlabeled.
   * {@code exitsAtCondition} is false for {@code for (;;)} and {@code while (true)}: such a loop
   * is only left by a jump.
   */
  record Loop(String label, Stmt body, boolean exitsAtCondition) implements Stmt {
    public Loop(String label, Stmt body) {
      this(label, body, true);
    }
  }

  /** A statement that {@code break} can leave (a labeled block, a switch). */
  record Breakable(String label, boolean switchLike, Stmt body) implements Stmt {}

  /** try / catch / finally; {@code finallyBlock} may be null. */
  record Try(Stmt body, List<Stmt> catches, Stmt finallyBlock) implements Stmt {
    public Try {
      catches = List.copyOf(catches);
    }
  }

  /**
   * {@code synchronized (lock) { body }} (also a synchronized method body); {@code lock} is null
   * when the object is made right there ({@code synchronized (new Object())}): it excludes nothing.
   */
  record Sync(LockRef lock, Stmt body) implements Stmt {}

  /** {@code lock.lock()} and friends. */
  record Acquire(LockRef lock) implements Stmt {}

  /** {@code lock.unlock()} and friends; a release without mode releases every mode. */
  record Release(LockRef lock, boolean anyMode) implements Stmt {}

  /** break, continue, return, throw, yield. */
  record Jump(JumpKind kind, String label) implements Stmt {}

  enum JumpKind { BREAK, CONTINUE, RETURN, THROW, YIELD }

  /** The event with this index in {@link MethodInfo#events()}. */
  record At(int event) implements Stmt {}

  Seq EMPTY = new Seq(List.of());
}
