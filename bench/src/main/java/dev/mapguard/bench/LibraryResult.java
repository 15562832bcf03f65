package dev.mapguard.bench;

import java.util.Map;

/** The measurements of one library, and its findings by rule (from the last MapGuard run). */
record LibraryResult(PreparedLibrary library, PairedRuns runs) {
  Map<String, Integer> findingsByRule() {
    return runs.lastLog() == null ? Map.of() : runs.lastLog().byRule();
  }
}
