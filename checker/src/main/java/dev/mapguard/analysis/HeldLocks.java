package dev.mapguard.analysis;

import dev.mapguard.model.LockRef;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The locks a method itself holds at each of its events: a forward must-analysis over the
 * structured body (the way javac's own flow analysis walks blocks, branches, loops and
 * try/finally). Joins intersect; loops iterate to a fixed point; a jump that leaves a
 * synchronized block or a try whose finally unlocks loses those locks on the way out.
 */
public final class HeldLocks {

  /**
   * What a call does to the caller's locks: a lock helper returns holding some locks, or releases
   * some; a {@code @MayReleaseLocks} method may release any lock but the caller's monitors.
   */
  public record CallEffect(List<LockRef> acquires, List<LockRef> releases, boolean mayReleaseAll) {
    public static final CallEffect NONE = new CallEffect(List.of(), List.of(), false);

    public CallEffect {
      acquires = List.copyOf(acquires);
      releases = List.copyOf(releases);
    }

    boolean isNone() {
      return acquires.isEmpty() && releases.isEmpty() && !mayReleaseAll;
    }

    // equals and hashCode written out, as TaskRef's records do (compared on hot paths)
    @Override
    public boolean equals(Object o) {
      return o instanceof CallEffect e && mayReleaseAll == e.mayReleaseAll
          && acquires.equals(e.acquires) && releases.equals(e.releases);
    }

    @Override
    public int hashCode() {
      return (acquires.hashCode() * 31 + releases.hashCode()) * 31 + Boolean.hashCode(mayReleaseAll);
    }
  }

  /**
   * The locks held at each event, and at the method's normal exits (as a summary for callers: a
   * lock helper such as {@code void lock() { evictionLock.lock(); }} returns holding its lock).
   *
   * @param acquired every lock the method takes somewhere (lock(), tryLock(), synchronized)
   * @param released every lock the method releases somewhere
   */
  public record Result(LockSet[] atEvent, LockSet atExit, java.util.Set<LockRef> acquired,
                       java.util.Set<LockRef> released) {}

  private final UnaryOperator<LockRef> canonical;
  private LockSet[] atEvent;
  /** Per event: what the call there does to the held locks (null: nothing). */
  private CallEffect[] effects;
  private LockSet exitState = LockSet.TOP;
  private final java.util.Set<LockRef> released = new java.util.HashSet<>();
  private final java.util.Set<LockRef> acquired = new java.util.HashSet<>();
  /** Monitors of the enclosing synchronized blocks: no call can release them. */
  private final List<LockRef> monitors = new ArrayList<>();
  /** Jump targets, innermost last. */
  private final Deque<Target> targets = new ArrayDeque<>();
  /** Locks released on the way out of each enclosing synchronized block or finally. */
  private final Deque<List<LockRef>> exits = new ArrayDeque<>();
  /** Running meet of every state met inside each enclosing try body (where a catch may start). */
  private final Deque<LockSet[]> tryStates = new ArrayDeque<>();

  private static final class Target {
    final Stmt owner;
    final String label;
    final boolean loop;
    final boolean switchLike;
    final int exitDepth;
    LockSet breakState = LockSet.TOP;
    LockSet continueState = LockSet.TOP;

    Target(Stmt owner, String label, boolean loop, boolean switchLike, int exitDepth) {
      this.owner = owner;
      this.label = label;
      this.loop = loop;
      this.switchLike = switchLike;
      this.exitDepth = exitDepth;
    }
  }

  private HeldLocks(UnaryOperator<LockRef> canonical) {
    this.canonical = canonical;
  }

  /** Locks held at each event of the method, from the method's own code only. */
  public static LockSet[] of(MethodInfo method, UnaryOperator<LockRef> canonical) {
    return analyse(method, canonical, c -> CallEffect.NONE).atEvent();
  }

  /** Locks held at each event and at exit, applying each call's effect on the held locks. */
  public static Result analyse(MethodInfo method, UnaryOperator<LockRef> canonical,
                               java.util.function.Function<dev.mapguard.model.Event.Call, CallEffect> effectOf) {
    HeldLocks h = new HeldLocks(canonical);
    h.effects = new CallEffect[method.events().size()];
    for (int i = 0; i < h.effects.length; i++) {
      if (method.events().get(i) instanceof dev.mapguard.model.Event.Call c) {
        CallEffect e = effectOf.apply(c);
        h.effects[i] = e == null || e.isNone() ? null : e;
      }
    }
    h.atEvent = new LockSet[method.events().size()];
    Arrays.fill(h.atEvent, LockSet.TOP);
    LockSet end = h.flow(method.body(), LockSet.EMPTY);
    h.exitState = h.exitState.meet(end);
    for (int i = 0; i < h.atEvent.length; i++) {
      if (h.atEvent[i].isTop()) h.atEvent[i] = LockSet.EMPTY; // unreachable code
    }
    LockSet exit = h.exitState.isTop() ? LockSet.EMPTY : h.exitState;
    return new Result(h.atEvent, exit, h.acquired, h.released);
  }

  private void seen(LockSet state) {
    for (LockSet[] t : tryStates) t[0] = t[0].meet(state);
  }

  /** Returns the state after {@code s} completes normally (TOP if it cannot). */
  private LockSet flow(Stmt s, LockSet in) {
    if (in.isTop()) return in; // unreachable
    if (s instanceof Stmt.Seq seq) {
      LockSet cur = in;
      for (Stmt c : seq.body()) cur = flow(c, cur);
      return cur;
    }
    if (s instanceof Stmt.At at) {
      atEvent[at.event()] = atEvent[at.event()].meet(in);
      CallEffect effect = effects[at.event()];
      if (effect == null) return in;
      LockSet out = in;
      if (effect.mayReleaseAll()) {
        out = LockSet.EMPTY;
        for (LockRef l : in.locks()) {
          if (monitors.contains(l)) out = out.with(l);
        }
      }
      for (LockRef l : effect.releases()) out = out.without(l, l.mode() == LockRef.Mode.EXCLUSIVE);
      for (LockRef l : effect.acquires()) out = out.with(l);
      seen(out);
      return out;
    }
    if (s instanceof Stmt.Branch b) {
      LockSet out = LockSet.TOP;
      for (Stmt arm : b.arms()) out = out.meet(flow(arm, in));
      return out;
    }
    if (s instanceof Stmt.Acquire a) {
      LockRef lock = canonical.apply(a.lock());
      if (lock == null) return in;
      acquired.add(lock);
      LockSet out = in.with(lock);
      seen(out);
      return out;
    }
    if (s instanceof Stmt.Release r) {
      LockRef lock = canonical.apply(r.lock());
      if (lock == null) return in;
      released.add(lock);
      LockSet out = in.without(lock, r.anyMode());
      seen(out);
      return out;
    }
    if (s instanceof Stmt.Sync sy) {
      LockRef lock = canonical.apply(sy.lock());
      if (lock == null) return flow(sy.body(), in);
      boolean already = in.contains(lock);
      exits.push(already ? List.of() : List.of(lock));
      monitors.add(lock);
      LockSet inner = flow(sy.body(), in.with(lock));
      monitors.remove(monitors.size() - 1);
      exits.pop();
      return already ? inner : inner.without(lock, false);
    }
    if (s instanceof Stmt.Loop loop) {
      return loop(loop, loop.label(), loop.body(), loop.exitsAtCondition(), in);
    }
    if (s instanceof Stmt.Breakable br) {
      Target t = new Target(br, br.label(), false, br.switchLike(), exits.size());
      targets.push(t);
      LockSet out = flow(br.body(), in);
      targets.pop();
      return out.meet(t.breakState);
    }
    if (s instanceof Stmt.Try t) {
      return tryStatement(t, in);
    }
    if (s instanceof Stmt.Jump j) {
      jump(j, in);
      return LockSet.TOP;
    }
    throw new IllegalStateException("unknown statement " + s);
  }

  private LockSet loop(Stmt owner, String label, Stmt body, boolean exitsAtCondition, LockSet in) {
    LockSet head = in;
    for (int round = 0; round < 64; round++) {
      Target t = new Target(owner, label, true, false, exits.size());
      targets.push(t);
      LockSet end = flow(body, head);
      targets.pop();
      LockSet next = in.meet(end).meet(t.continueState);
      if (next.equals(head)) {
        // for (;;) and while (true) are left only by break (or return, throw)
        return exitsAtCondition ? head.meet(t.breakState) : t.breakState;
      }
      head = next;
    }
    return LockSet.EMPTY; // cannot happen: lock sets only shrink
  }

  private LockSet tryStatement(Stmt.Try t, LockSet in) {
    List<LockRef> finallyReleases = t.finallyBlock() == null ? List.of() : releasesIn(t.finallyBlock());
    exits.push(finallyReleases);
    LockSet[] inside = {in};
    tryStates.push(inside);
    LockSet bodyOut = flow(t.body(), in);
    tryStates.pop();
    LockSet catchIn = inside[0];
    LockSet normal = bodyOut;
    for (Stmt c : t.catches()) normal = normal.meet(flow(c, catchIn));
    exits.pop();
    if (t.finallyBlock() == null) return normal;
    // the finally also runs on exceptional and abrupt exits; its events see their states too
    flow(t.finallyBlock(), catchIn);
    return normal.isTop() ? LockSet.TOP : flow(t.finallyBlock(), normal);
  }

  /** Locks a finally block releases (on any path): a jump through it no longer holds them. */
  private static List<LockRef> releasesIn(Stmt s) {
    List<LockRef> out = new ArrayList<>();
    collectReleases(s, out);
    return out;
  }

  private static void collectReleases(Stmt s, List<LockRef> out) {
    if (s instanceof Stmt.Release r) {
      out.add(r.anyMode() ? r.lock().withMode(LockRef.Mode.EXCLUSIVE) : r.lock());
    } else if (s instanceof Stmt.Seq seq) {
      for (Stmt c : seq.body()) collectReleases(c, out);
    } else if (s instanceof Stmt.Branch b) {
      for (Stmt c : b.arms()) collectReleases(c, out);
    } else if (s instanceof Stmt.Loop l) {
      collectReleases(l.body(), out);
    } else if (s instanceof Stmt.Breakable b) {
      collectReleases(b.body(), out);
    } else if (s instanceof Stmt.Sync sy) {
      collectReleases(sy.body(), out);
    } else if (s instanceof Stmt.Try t) {
      collectReleases(t.body(), out);
      for (Stmt c : t.catches()) collectReleases(c, out);
      if (t.finallyBlock() != null) collectReleases(t.finallyBlock(), out);
    }
  }

  private void jump(Stmt.Jump j, LockSet in) {
    seen(in);
    switch (j.kind()) {
      case RETURN -> exitState = exitState.meet(leaving(in, 0));
      case THROW -> { }
      case BREAK, CONTINUE, YIELD -> {
        for (Target t : targets) { // innermost first
          boolean matches = j.kind() == Stmt.JumpKind.YIELD ? t.switchLike
              : j.label() != null ? j.label().equals(t.label)
              : j.kind() == Stmt.JumpKind.CONTINUE ? t.loop : (t.loop || t.switchLike);
          if (!matches) continue;
          LockSet state = leaving(in, t.exitDepth);
          if (j.kind() == Stmt.JumpKind.CONTINUE) {
            t.continueState = t.continueState.meet(state);
          } else {
            t.breakState = t.breakState.meet(state);
          }
          return;
        }
      }
    }
  }

  /** The state after leaving every synchronized block and finally above {@code depth}. */
  private LockSet leaving(LockSet in, int depth) {
    LockSet out = in;
    int level = exits.size();
    for (List<LockRef> released : exits) { // innermost first
      if (level-- <= depth) break;
      for (LockRef l : released) {
        LockRef c = canonical.apply(l);
        if (c == null) continue;
        out = out.without(c, c.mode() == LockRef.Mode.EXCLUSIVE);
      }
    }
    return out;
  }
}
