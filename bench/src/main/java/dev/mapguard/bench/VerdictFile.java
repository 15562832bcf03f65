package dev.mapguard.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A library's committed triage: the seed its sample is drawn with and one entry per finding drawn
 * or judged, keyed by the finding's fingerprint.
 */
record VerdictFile(String library, long seed, List<VerdictEntry> entries) {
  /** The entries by fingerprint, in file order. */
  Map<String, VerdictEntry> byFingerprint() {
    Map<String, VerdictEntry> out = new LinkedHashMap<>();
    for (VerdictEntry e : entries) out.putIfAbsent(e.fingerprint(), e);
    return out;
  }
}
