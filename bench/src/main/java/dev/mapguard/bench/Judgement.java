package dev.mapguard.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a person decided about one finding (the fields docs/triage.md describes); every field is
 * null until filled in.
 */
record Judgement(Verdict verdict, Cause cause, String reason, Answer feasible, Answer fixLine, Answer understandable) {
  static final Judgement BLANK = new Judgement(null, null, null, null, null, null);

  enum Verdict { TRUE, FALSE, UNSURE }

  /** Why a false finding was reported: the part of MapGuard's model that went wrong. */
  enum Cause {
    WHICH_OBJECT, CALL_GRAPH, THREADS, LOCK_NOT_RECOGNISED, HAPPENS_BEFORE, ACCESS_MISCLASSIFIED, CONTRACT,
    INTENDED, OTHER;

    /** How the verdict files spell it: {@code lock-not-recognised}. */
    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** yes / partly / no ({@code partly} only for "understandable"). */
  enum Answer {
    YES, PARTLY, NO;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether anything at all was written in (such an entry is never dropped when resampling). */
  boolean touched() {
    return verdict != null || cause != null || reason != null || feasible != null || fixLine != null
        || understandable != null;
  }

  /** What is missing or contradictory in a given verdict (empty if none, or if there is no verdict yet). */
  List<String> problems() {
    List<String> out = new ArrayList<>();
    if (verdict == null) return out;
    if (reason == null) out.add("a " + verdict + " verdict needs a one-line reason");
    if (verdict == Verdict.FALSE && cause == null) out.add("a FALSE verdict needs a cause");
    if (verdict == Verdict.TRUE && cause != null) out.add("a cause is for FALSE (or UNSURE) verdicts, not TRUE");
    if (feasible == null || feasible == Answer.PARTLY) out.add("feasible: yes or no");
    if (fixLine == null || fixLine == Answer.PARTLY) out.add("fix-line: yes or no");
    if (understandable == null) out.add("understandable: yes, partly or no");
    return out;
  }

  static Verdict verdict(String text) {
    return parse(Verdict.class, text.toUpperCase(Locale.ROOT), "TRUE, FALSE or UNSURE");
  }

  /** Accepts spaces or underscores for hyphens and the American spelling of "recognised". */
  static Cause cause(String text) {
    String token = text.toUpperCase(Locale.ROOT).replace("RECOGNIZED", "RECOGNISED").replaceAll("[\\s-]+", "_");
    return parse(Cause.class, token, String.join(", ", Arrays.stream(Cause.values()).map(Cause::label).toList()));
  }

  static Answer answer(String text) {
    return parse(Answer.class, text.toUpperCase(Locale.ROOT), "yes, partly or no");
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String token, String allowed) {
    try {
      return Enum.valueOf(type, token);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + token.toLowerCase(Locale.ROOT) + "' is not one of: " + allowed);
    }
  }
}
