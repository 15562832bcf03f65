package dev.mapguard.rules;

import dev.mapguard.model.SourcePos;

/** One step of a trace: where a thread starts, a call on the way, or the access itself. */
public record TraceStep(Kind kind, SourcePos pos, String message) {
  public enum Kind { THREAD_ROOT, CALL, ACCESS }
}
