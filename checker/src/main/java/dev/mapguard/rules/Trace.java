package dev.mapguard.rules;

import java.util.List;

/**
 * The path by which one side of a finding is reached: from a thread root (or an entry point of
 * the calling thread) through each call site to the access. Becomes one SARIF threadFlow.
 */
public record Trace(String thread, List<TraceStep> steps) {
  public Trace {
    steps = List.copyOf(steps);
  }
}
