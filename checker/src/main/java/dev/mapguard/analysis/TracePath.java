package dev.mapguard.analysis;

import java.util.List;

/**
 * How an access is reached on one thread: the root it starts from (null for the calling thread,
 * which starts at {@code entry}), then each call down to the method of the access.
 */
public record TracePath(ThreadRoot root, String entry, List<CallGraph.Edge> calls) {
  public TracePath {
    calls = List.copyOf(calls);
  }
}
