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

  private MethodLayout(int events) {
    paths = new int[events][];
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

    void walk(Stmt s, List<Integer> frames) {
      if (s instanceof Stmt.At at) {
        int[] p = new int[frames.size()];
        for (int i = 0; i < p.length; i++) p[i] = frames.get(i);
        if (at.event() < layout.paths.length) layout.paths[at.event()] = p;
      } else if (s instanceof Stmt.Seq seq) {
        for (Stmt c : seq.body()) walk(c, frames);
      } else if (s instanceof Stmt.Branch b) {
        int node = nextNode++;
        for (int i = 0; i < b.arms().size(); i++) {
          frames.add(node * 64 + Math.min(i, 63));
          walk(b.arms().get(i), frames);
          frames.remove(frames.size() - 1);
        }
      } else if (s instanceof Stmt.Loop l) {
        int node = nextNode++;
        frames.add(-(node * 64 + 1));
        walk(l.body(), frames);
        frames.remove(frames.size() - 1);
      } else if (s instanceof Stmt.Breakable b) {
        int node = nextNode++;
        frames.add(node * 64);
        walk(b.body(), frames);
        frames.remove(frames.size() - 1);
      } else if (s instanceof Stmt.Sync sy) {
        walk(sy.body(), frames);
      } else if (s instanceof Stmt.Try t) {
        int node = nextNode++;
        frames.add(node * 64);
        walk(t.body(), frames);
        frames.remove(frames.size() - 1);
        for (int i = 0; i < t.catches().size(); i++) {
          frames.add(node * 64 + 1 + Math.min(i, 61));
          walk(t.catches().get(i), frames);
          frames.remove(frames.size() - 1);
        }
        if (t.finallyBlock() != null) {
          frames.add(node * 64 + 63);
          walk(t.finallyBlock(), frames);
          frames.remove(frames.size() - 1);
        }
      }
    }
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
