package dev.mapguard.bench;

import java.util.List;

/** Which libraries a run covers: all, one by name ({@code --only}), or the smallest ({@code --quick}). */
final class Selection {
  /** The library {@code --quick} runs: small, quick to compile, and uses threads. */
  static final String QUICK = "metrics";

  private Selection() {}

  static List<Library> of(List<Library> all, String only, boolean quick) {
    String name = only != null ? only : quick ? QUICK : null;
    if (name == null) return all;
    List<Library> one = all.stream().filter(l -> l.name().equals(name)).toList();
    if (one.isEmpty()) {
      throw new IllegalArgumentException("no library '" + name + "' in bench/libraries.tsv; known: "
          + String.join(", ", all.stream().map(Library::name).toList()));
    }
    return one;
  }
}
