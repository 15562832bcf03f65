package dev.mapguard.catalog;

import java.util.List;
import java.util.Set;

/**
 * One line of a catalogue file: a kind, the types it applies to, the method names, and flags.
 * Which column is which depends on the file; see each file's header.
 */
public record CatalogRow(String kind, List<String> types, Set<String> methods, Set<String> flags,
                         String source) {
  public CatalogRow {
    types = List.copyOf(types);
    methods = Set.copyOf(methods);
    flags = Set.copyOf(flags);
  }

  public boolean has(String flag) {
    return flags.contains(flag);
  }
}
