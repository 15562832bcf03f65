package dev.mapguard.analysis;

import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each event of a method sits in its control structure: the chain of enclosing branches
 * arms, loops and try parts. Answers the two ordering questions: do two events share a loop
 * (then neither is simply before the other), and does one event lie on every path to another
 * (a join that does not sit in a branch, loop or try the other is outside of).
 */
public final class MethodLayout {
  /** Per event: encoded frames, outermost first. A frame is nodeId * 64 + part, negative for loops. */
  private final int[][] paths;
  /** Per event and frame: whether that branch arm or try part always ends in return or throw. */
  private final boolean[][] exits;
  /** Per event: the loops around it, as loop numbers in source order (the extractor's loop ids). */
  private final int[][] loopIds;

  private MethodLayout(int events) {
    paths = new int[events][];
    exits = new boolean[events][];
    loopIds = new int[events][];
  }

  public static MethodLayout of(MethodInfo method) {
    MethodLayout layout = new MethodLayout(method.events().size());
    new Walker(layout).walk(method.body(), new ArrayList<>());
    return layout;
  }

  private static final class Walker {
    private final MethodLayout layout;
    private int nextNode;

    Walker(MethodLayout layout) {
      this.layout = layout;
    }

    private final List<Boolean> exiting = new ArrayList<>();
    private final List<Integer> openLoops = new ArrayList<>();
    private int nextLoop;

    private void push(List<Integer> frames, int frame, boolean exits) {
      frames.add(frame);
      exiting.add(exits);
    }

    private void pop(List<Integer> frames) {
      frames.remove(frames.size() - 1);
      exiting.remove(exiting.size() - 1);
    }

    void walk(Stmt s, List<Integer> frames) {
      if (s instanceof Stmt.At at) {
        int[] p = new int[frames.size()];
        boolean[] x = new boolean[frames.size()];
        for (int i = 0; i < p.length; i++) {
          p[i] = frames.get(i);
          x[i] = exiting.get(i);
        }
        if (at.event() < layout.paths.length) {
          layout.paths[at.event()] = p;
          layout.exits[at.event()] = x;
          layout.loopIds[at.event()] = openLoops.stream().mapToInt(Integer::intValue).toArray();
        }
      } else if (s instanceof Stmt.Seq seq) {
        for (Stmt c : seq.body()) walk(c, frames);
      } else if (s instanceof Stmt.Branch b) {
        int node = nextNode++;
        for (int i = 0; i < b.arms().size(); i++) {
          push(frames, node * 64 + Math.min(i, 63), leavesMethod(b.arms().get(i)));
          walk(b.arms().get(i), frames);
          pop(frames);
        }
      } else if (s instanceof Stmt.Loop l) {
        int node = nextNode++;
        push(frames, -(node * 64 + 1), false);
        openLoops.add(nextLoop++);
        walk(l.body(), frames);
        openLoops.remove(openLoops.size() - 1);
        pop(frames);
      } else if (s instanceof Stmt.Breakable b) {
        int node = nextNode++;
        push(frames, node * 64, false);
        walk(b.body(), frames);
        pop(frames);
      } else if (s instanceof Stmt.Sync sy) {
        walk(sy.body(), frames);
      } else if (s instanceof Stmt.Try t) {
        int node = nextNode++;
        push(frames, node * 64, false);
        walk(t.body(), frames);
        pop(frames);
        for (int i = 0; i < t.catches().size(); i++) {
          push(frames, node * 64 + 1 + Math.min(i, 61), leavesMethod(t.catches().get(i)));
          walk(t.catches().get(i), frames);
          pop(frames);
        }
        if (t.finallyBlock() != null) {
          push(frames, node * 64 + 63, false);
          walk(t.finallyBlock(), frames);
          pop(frames);
        }
      }
    }
  }

  /** Whether a statement never completes normally because it always returns or throws. */
  static boolean leavesMethod(Stmt s) {
    if (s instanceof Stmt.Jump j) {
      return j.kind() == Stmt.JumpKind.RETURN || j.kind() == Stmt.JumpKind.THROW;
    }
    if (s instanceof Stmt.Seq seq) {
      for (Stmt c : seq.body()) {
        if (leavesMethod(c)) return true;
      }
      return false;
    }
    if (s instanceof Stmt.Branch b) {
      for (Stmt arm : b.arms()) {
        if (!leavesMethod(arm)) return false;
      }
      return !b.arms().isEmpty();
    }
    if (s instanceof Stmt.Sync sy) return leavesMethod(sy.body());
    return false;
  }

  /**
   * Whether, after event {@code from}, the method can still get to event {@code to}: not when
   * {@code from} sits in a branch arm (not shared with {@code to}) that always returns or throws.
   */
  public boolean canReach(int from, int to) {
    int[] pf = path(from);
    int[] pt = path(to);
    boolean[] xf = from >= 0 && from < exits.length && exits[from] != null ? exits[from] : new boolean[0];
    int common = 0;
    while (common < Math.min(pf.length, pt.length) && pf[common] == pt[common]) common++;
    for (int i = common; i < xf.length; i++) {
      if (xf[i]) return false;
    }
    return from < to || shareLoop(from, to);
  }

  private int[] path(int event) {
    int[] p = event >= 0 && event < paths.length ? paths[event] : null;
    return p == null ? new int[0] : p;
  }

  /** Whether some loop encloses both events (then they repeat, interleaved). */
  public boolean shareLoop(int a, int b) {
    int[] pa = path(a);
    int[] pb = path(b);
    for (int i = 0; i < Math.min(pa.length, pb.length) && pa[i] == pb[i]; i++) {
      if (pa[i] < 0) return true;
    }
    return false;
  }

  /**
   * Whether a join at {@code join} has waited for everything by the time {@code later} runs: as
   * {@link #dominates}, except that a loop around the join (waiting for each Future of a list)
   * counts as done once {@code later} is past it.
   */
  public boolean joinDominates(int join, int later) {
    if (join >= later) return false;
    int[] pj = path(join);
    int[] pl = path(later);
    int k = 0;
    for (int f : pj) {
      if (k < pl.length && pl[k] == f) {
        k++;
        continue;
      }
      if (f >= 0) return false; // a branch or try part the later event is not in
      // a loop the later event is not in: skip it, as long as the later event is outside it
      for (int g : pl) {
        if (g == f) return false;
      }
    }
    return true;
  }

  /** Whether event {@code a} sits in no branch, loop or try of the method: it runs on every run. */
  public boolean topLevel(int a) {
    return path(a).length == 0;
  }

  /**
   * Whether some loop encloses both events, other than the loops with the given numbers (the
   * loops a per-iteration variable is declared in: each iteration has its own).
   */
  public boolean shareLoopOutside(int a, int b, List<Integer> perIteration) {
    int[] la = a >= 0 && a < loopIds.length && loopIds[a] != null ? loopIds[a] : new int[0];
    int[] lb = b >= 0 && b < loopIds.length && loopIds[b] != null ? loopIds[b] : new int[0];
    for (int x : la) {
      if (perIteration.contains(x)) continue;
      for (int y : lb) {
        if (x == y) return true;
      }
    }
    return false;
  }

  /** Whether event {@code a} is inside a loop of the method. */
  public boolean inLoop(int a) {
    for (int f : path(a)) {
      if (f < 0) return true;
    }
    return false;
  }

  /**
   * Whether {@code first} runs on every path that reaches {@code later}, given it comes earlier:
   * it sits in no branch, loop or try part that {@code later} is outside of.
   */
  public boolean dominates(int first, int later) {
    if (first >= later) return false;
    int[] pf = path(first);
    int[] pl = path(later);
    if (pf.length > pl.length) return false;
    for (int i = 0; i < pf.length; i++) {
      if (pf[i] != pl[i]) return false;
    }
    return true;
  }
}
