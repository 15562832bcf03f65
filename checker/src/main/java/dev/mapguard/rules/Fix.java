package dev.mapguard.rules;

import dev.mapguard.model.SourcePos;
import java.util.List;

/** A mechanical change that removes a finding: replace each region's text. */
public record Fix(String description, List<Edit> edits) {
  public Fix {
    edits = List.copyOf(edits);
  }

  /** Replace the text of {@code region} with {@code replacement} (empty region = insertion). */
  public record Edit(SourcePos region, String replacement) {}
}
