package dev.mapguard.extract;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import dev.mapguard.model.SourcePos;
import java.io.IOException;
import java.nio.file.Path;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/** One compilation unit being extracted: positions, source text, and element lookups. */
final class UnitContext {
  final CompilationUnitTree cu;
  final String file;
  private final TreePath root;
  private final LineMap lines;
  private final SourcePositions positions;
  private final JavacFacts facts;
  private CharSequence content;

  /** {@code sourcePath}: the unit's file, or null when it is not one (then javac's name for it). */
  UnitContext(CompilationUnitTree cu, JavacFacts facts, Path sourcePath) {
    this.cu = cu;
    this.facts = facts;
    this.root = new TreePath(cu);
    this.lines = cu.getLineMap();
    this.positions = facts.trees.getSourcePositions();
    this.file = sourcePath != null ? sourcePath.toString() : cu.getSourceFile().getName();
  }

  /** The element a tree refers to or declares (attributed trees only). */
  Element element(Tree tree) {
    return facts.trees.getElement(new TreePath(root, tree));
  }

  TypeMirror type(Tree tree) {
    return facts.trees.getTypeMirror(new TreePath(root, tree));
  }

  SourcePos pos(Tree tree) {
    long start = positions.getStartPosition(cu, tree);
    long end = positions.getEndPosition(cu, tree);
    return pos(start, end);
  }

  SourcePos pos(long start, long end) {
    if (start < 0) return new SourcePos(file, 0, 0, 0, 0, -1, -1);
    if (end < start) end = start;
    return new SourcePos(file, (int) lines.getLineNumber(start), column(start),
        (int) lines.getLineNumber(end), column(end), (int) start, (int) end);
  }

  /** 1-based column in chars (UTF-16 units, as SARIF counts); LineMap's own expands tabs to 8. */
  private int column(long offset) {
    return (int) (offset - lines.getStartPosition(lines.getLineNumber(offset)) + 1);
  }

  long start(Tree tree) {
    return positions.getStartPosition(cu, tree);
  }

  /** The source text of a tree with runs of whitespace collapsed (stable under reformatting). */
  String text(Tree tree) {
    long start = positions.getStartPosition(cu, tree);
    long end = positions.getEndPosition(cu, tree);
    CharSequence src = content();
    if (src == null || start < 0 || end > src.length() || end <= start) return tree.getKind().name();
    // each run of the whitespace that regex \\s matches becomes one space, then the ends are stripped
    StringBuilder sb = new StringBuilder((int) (end - start));
    boolean gap = false;
    for (int i = (int) start; i < end; i++) {
      char c = src.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        gap = true;
        continue;
      }
      if (gap) sb.append(' ');
      gap = false;
      sb.append(c);
    }
    if (gap) sb.append(' ');
    String collapsed = sb.toString().strip();
    return collapsed.length() > 200 ? collapsed.substring(0, 200) : collapsed;
  }

  private CharSequence content() {
    if (content == null) {
      try {
        content = cu.getSourceFile().getCharContent(true);
      } catch (IOException | RuntimeException e) {
        content = "";
      }
    }
    return content;
  }
}
