package dev.mapguard.extract;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import dev.mapguard.model.SourcePos;
import java.util.HashMap;
import java.util.Map;

/**
 * Where to report each access as a javac diagnostic. The model keeps only positions; javac's
 * public API reports at a tree, so the extractor remembers the tree of every access here, by the
 * position it starts at. Only the plugin's diagnostic reporter reads it.
 */
public final class SiteTable {
  public record Site(Tree tree, CompilationUnitTree unit) {}

  /** By file, then start offset: the first site that starts there. */
  private final Map<String, Map<Integer, Site>> byStart = new HashMap<>();

  void add(Tree tree, CompilationUnitTree unit, SourcePos pos) {
    byStart.computeIfAbsent(pos.file(), f -> new HashMap<>())
        .putIfAbsent(pos.startOffset(), new Site(tree, unit));
  }

  /** The site of the access that starts at this position, or null. */
  public Site at(SourcePos pos) {
    Map<Integer, Site> inFile = byStart.get(pos.file());
    return inFile == null ? null : inFile.get(pos.startOffset());
  }
}
