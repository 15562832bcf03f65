package dev.mapguard.report;

/** MapGuard failed on this class (or phase); the compilation went on without its findings. */
public record InternalError(String where, String reason) {
  public String message() {
    return "[MapGuard] internal error analysing " + where + ": " + reason;
  }

  public static InternalError of(String where, Throwable t) {
    String reason = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    StackTraceElement[] st = t.getStackTrace();
    for (StackTraceElement e : st) {
      if (e.getClassName().startsWith("dev.mapguard.")) {
        reason += " (at " + e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "."
            + e.getMethodName() + ":" + e.getLineNumber() + ")";
        break;
      }
    }
    return new InternalError(where, reason.replace('\n', ' '));
  }
}
