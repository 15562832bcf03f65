package dev.mapguard.report.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Findings that were accepted when the baseline was made, by fingerprint: the gate fails only on
 * findings that are not in it. Written as sorted, indented JSON so that a change to the baseline
 * reads well in a review; the rule, file and message are there for the reader, only the
 * fingerprint counts.
 */
public record Baseline(String tool, int baselineVersion, String fingerprintKey, List<Entry> findings) {
  public static final int VERSION = 1;

  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
      .thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint);

  public record Entry(String fingerprint, String ruleId, String file, String message) {}

  public Baseline {
    findings = findings.stream().sorted(ORDER).toList();
  }

  public static Baseline of(List<Entry> entries) {
    return new Baseline(SarifNames.TOOL, VERSION, Fingerprints.KEY, entries);
  }

  public Set<String> fingerprints() {
    Set<String> out = new TreeSet<>();
    for (Entry e : findings) out.add(e.fingerprint());
    return out;
  }

  public void write(Path file) throws IOException {
    SarifJson.write(this, file);
  }

  public static Baseline read(Path file) throws BadInputException {
    JsonNode root = SarifJson.read(file);
    JsonFields f = new JsonFields(file);
    if (!root.isObject()) throw f.bad("is not a MapGuard baseline (the top level is not a JSON object)");
    if (root.has("runs") && root.has("version")) {
      throw f.bad("is a SARIF log, not a baseline; make a baseline with 'mapguard baseline SARIF... -o FILE'");
    }
    String tool = f.optionalText(root, "tool", "");
    if (!SarifNames.TOOL.equals(tool)) {
      throw f.bad("is not a MapGuard baseline (" + (tool == null ? "it names no tool" : "it is from " + tool) + ")");
    }
    Integer version = f.optionalInt(root, "baselineVersion", "");
    if (version == null || version != VERSION) {
      throw f.bad("is baseline format version " + version + "; this MapGuard reads version " + VERSION);
    }
    String key = f.text(root, "fingerprintKey", "");
    if (!key.equals(Fingerprints.KEY)) {
      throw f.bad("holds " + key + " fingerprints; this MapGuard makes " + Fingerprints.KEY
          + " fingerprints, so remake the baseline");
    }
    List<Entry> entries = new ArrayList<>();
    List<JsonNode> items = f.array(root, "findings", "", false);
    for (int i = 0; i < items.size(); i++) {
      String where = "findings[" + i + "]";
      JsonNode e = items.get(i);
      if (!e.isObject()) throw f.bad(where + " is not an object");
      entries.add(new Entry(f.text(e, "fingerprint", where), f.text(e, "ruleId", where),
          f.text(e, "file", where), f.text(e, "message", where)));
    }
    return new Baseline(tool, version, key, entries);
  }
}
