package dev.mapguard.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The new content of a verdict file after a run: the findings drawn now, plus every entry someone
 * has written anything into (judged or started), reported or gone. Nothing written by hand is ever
 * dropped or changed; an entry's finding text is refreshed from the run only while it is blank
 * (a judged entry keeps the text its judgement refers to). Blank entries that are no longer drawn go.
 * Only on request ({@code rejudgeChanged}) does a judged entry whose finding now has other ends
 * ({@link SarifFindings.Finding#ends}: another pair) get the run's text and a blank judgement, to be
 * judged again.
 */
final class Resampling {
  private Resampling() {}

  static VerdictFile resample(String library, VerdictFile old, long seed, List<SarifFindings.Finding> findings,
                              int size) {
    return resample(library, old, seed, findings, size, false);
  }

  static VerdictFile resample(String library, VerdictFile old, long seed, List<SarifFindings.Finding> findings,
                              int size, boolean rejudgeChanged) {
    Map<String, VerdictEntry> before = old == null ? Map.of() : old.byFingerprint();
    Set<String> drawn = StratifiedSample.draw(findings, seed, size).stream().map(SarifFindings.Finding::fingerprint)
        .collect(Collectors.toSet());
    Map<String, VerdictEntry> reported = new LinkedHashMap<>();
    for (SarifFindings.Finding f : findings) {
      VerdictEntry was = before.get(f.fingerprint());
      boolean kept = was != null && was.judgement().touched();
      if (kept && rejudgeChanged && was.judgement().verdict() != null
          && !was.finding().ends().equals(f.ends())) {
        reported.putIfAbsent(f.fingerprint(), new VerdictEntry(f, Judgement.BLANK));
      } else if (kept) reported.putIfAbsent(f.fingerprint(), was);
      else if (drawn.contains(f.fingerprint())) {
        reported.putIfAbsent(f.fingerprint(), new VerdictEntry(f, Judgement.BLANK));
      }
    }
    Set<String> current = findings.stream().map(SarifFindings.Finding::fingerprint).collect(Collectors.toSet());
    List<VerdictEntry> gone = new ArrayList<>();
    for (VerdictEntry e : before.values()) {
      if (!current.contains(e.fingerprint()) && e.judgement().touched()) gone.add(e);
    }
    List<VerdictEntry> entries = new ArrayList<>(reported.values().stream().sorted(ORDER).toList());
    entries.addAll(gone.stream().sorted(ORDER).toList());
    return new VerdictFile(library, seed, List.copyOf(entries));
  }

  /** Rule, then file, then line (as a number), then fingerprint: a stable order a person can scan. */
  static final Comparator<VerdictEntry> ORDER = Comparator
      .comparing((VerdictEntry e) -> e.finding().rule())
      .thenComparing(e -> file(e.finding().location()))
      .thenComparingInt(e -> line(e.finding().location()))
      .thenComparing(VerdictEntry::fingerprint);

  private static String file(String location) {
    int colon = location.lastIndexOf(':');
    return colon < 0 ? location : location.substring(0, colon);
  }

  private static int line(String location) {
    int colon = location.lastIndexOf(':');
    try {
      return colon < 0 ? 0 : Integer.parseInt(location.substring(colon + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
