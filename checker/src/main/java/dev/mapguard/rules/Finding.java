package dev.mapguard.rules;

import dev.mapguard.model.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * One problem found by a rule. Everything a reporter needs is here, already in words and
 * positions: reporters never go back to the model.
 *
 * @param ruleId        the rule's name, e.g. {@code UnguardedMapAccess}
 * @param severity      the level it is reported at
 * @param message       the full message (names the map, both accesses and the thread roots)
 * @param primary       where it is reported: the offending access
 * @param mapName       the map, e.g. {@code Inventory.stock} or {@code Main.main(..)::counts}
 * @param enclosingMethod the method around the access, e.g. {@code Inventory.restock(String,int)}
 * @param accessText    normalised source text of the access, for fingerprints
 * @param related       other places that explain it (the racing access)
 * @param traces        how each side is reached from its thread root
 * @param fix           a mechanical fix, when there is one
 * @param inferredGuard the lock the map is meant to be guarded by, as a {@code @GuardedBy} string
 */
public record Finding(String ruleId, Severity severity, String message, SourcePos primary,
                      String mapName, String enclosingMethod, String accessText,
                      List<RelatedLocation> related, List<Trace> traces, Optional<Fix> fix,
                      Optional<String> inferredGuard) implements Comparable<Finding> {

  public Finding {
    related = List.copyOf(related);
    traces = List.copyOf(traces);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, newSeverity, message, primary, mapName, enclosingMethod,
        accessText, related, traces, fix, inferredGuard);
  }

  @Override
  public int compareTo(Finding o) {
    int c = primary.compareTo(o.primary);
    if (c != 0) return c;
    c = ruleId.compareTo(o.ruleId);
    if (c != 0) return c;
    c = mapName.compareTo(o.mapName);
    return c != 0 ? c : message.compareTo(o.message);
  }
}
