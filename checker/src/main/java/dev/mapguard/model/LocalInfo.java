package dev.mapguard.model;

import java.util.List;

/**
 * A local variable that holds a map (interesting once a lambda or inner class captures it).
 *
 * @param captured    a lambda or an inner class captures it
 * @param loops ids of the loops of its method it is declared in, outermost first: a variable
 *              declared in a loop body is a new variable on every iteration
 */
public record LocalInfo(String id, String methodId, String name, String display,
                        String declaredType, List<Integer> loops, SourcePos pos, boolean captured) {
  public LocalInfo {
    loops = List.copyOf(loops);
  }

  /** A local no lambda or inner class captures. */
  public LocalInfo(String id, String methodId, String name, String display, String declaredType,
                   List<Integer> loops, SourcePos pos) {
    this(id, methodId, name, display, declaredType, loops, pos, false);
  }
}
