package dev.mapguard.annotate;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds annotations to one source file so that every other byte stays as it was: each annotation
 * goes on a line of its own above its declaration (with the declaration's indentation and the
 * file's line ending), the import on a line of its own among the imports. JavaParser (at an
 * explicit language level, tab size 1 so columns are characters) finds the declarations; the text
 * is changed by inserting at those positions, never by printing the tree again, so tabs, CRLF,
 * comments, text blocks and blank lines cannot move. Only a declaration that shares its line with
 * code before it gets its annotation inline, in front of it.
 */
final class SourceWriter {
  /** The newest Java the parser reads without preview features. */
  static final ParserConfiguration.LanguageLevel LANGUAGE_LEVEL = ParserConfiguration.LanguageLevel.JAVA_21;

  /** One text insertion into the original, at a character offset. */
  record Edit(int offset, String text) {}

  /** The result for one file: the new text, the edits, and insertions that could not be made. */
  record Result(String original, String updated, List<Edit> edits, List<String> notes) {
    boolean changed() {
      return !edits.isEmpty();
    }
  }

  private SourceWriter() {}

  static Result apply(String original, List<Insertion> insertions) {
    ParserConfiguration config = new ParserConfiguration().setLanguageLevel(LANGUAGE_LEVEL).setTabSize(1);
    ParseResult<CompilationUnit> parsed = new JavaParser(config).parse(original);
    if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
      return new Result(original, original, List.of(), List.of("JavaParser cannot read the file: "
          + parsed.getProblems().stream().findFirst().map(Object::toString).orElse("unknown problem")));
    }
    CompilationUnit cu = parsed.getResult().get();
    Lines lines = new Lines(original);
    List<Edit> edits = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    // group the insertions by the declaration they go on
    Map<Node, List<Insertion>> byNode = new LinkedHashMap<>();
    for (Insertion i : insertions) {
      Node target = i.onField() ? field(cu, i) : method(cu, i);
      if (target == null) {
        notes.add("no declaration of " + i.name() + " found at line " + i.pos().line() + ": " + i.what()
            + " not annotated");
        continue;
      }
      byNode.computeIfAbsent(target, k -> new ArrayList<>()).add(i);
    }
    Map<String, String> typeNames = new LinkedHashMap<>();
    for (Map.Entry<Node, List<Insertion>> e : byNode.entrySet()) {
      Insertion first = e.getValue().get(0);
      if (e.getKey() instanceof FieldDeclaration fd && fd.getVariables().size() > 1
          && (e.getValue().size() != fd.getVariables().size()
          || e.getValue().stream().anyMatch(i -> !i.locks().equals(first.locks())))) {
        notes.add(first.what() + " not annotated: its declaration declares other fields with other guards");
        continue;
      }
      String typeName = typeNames.computeIfAbsent(first.annotation(), fqn -> typeName(cu, fqn));
      edits.add(annotate(e.getKey(), lines, first.text(typeName)));
    }
    if (!edits.isEmpty()) {
      for (Map.Entry<String, String> t : typeNames.entrySet()) {
        if (t.getValue().equals(simple(t.getKey())) && !imported(cu, t.getKey())) {
          edits.add(importEdit(cu, lines, t.getKey()));
        }
      }
    }
    edits.sort(Comparator.comparingInt(Edit::offset));
    StringBuilder out = new StringBuilder(original.length() + 64 * edits.size());
    int at = 0;
    for (Edit e : edits) {
      out.append(original, at, e.offset()).append(e.text());
      at = e.offset();
    }
    out.append(original.substring(at));
    return new Result(original, out.toString(), edits, notes);
  }

  private static FieldDeclaration field(CompilationUnit cu, Insertion i) {
    for (FieldDeclaration fd : cu.findAll(FieldDeclaration.class)) {
      if (fd.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(i.name())) && covers(fd, i)) {
        return fd;
      }
    }
    return null;
  }

  private static MethodDeclaration method(CompilationUnit cu, Insertion i) {
    MethodDeclaration best = null;
    for (MethodDeclaration md : cu.findAll(MethodDeclaration.class)) {
      if (!md.getNameAsString().equals(i.name()) || !covers(md, i)) continue;
      if (best == null || md.getBegin().get().line == i.pos().line()) best = md;
    }
    return best;
  }

  /** Whether the node's lines overlap the lines javac gave the declaration. */
  private static boolean covers(Node n, Insertion i) {
    Optional<Position> b = n.getBegin();
    Optional<Position> e = n.getEnd();
    return b.isPresent() && e.isPresent() && b.get().line <= i.pos().endLine() && e.get().line >= i.pos().line();
  }

  /** A line of its own above the declaration, or inline when code precedes it on its line. */
  private static Edit annotate(Node declaration, Lines lines, String annotation) {
    Position begin = declaration.getBegin().get();
    int lineStart = lines.start(begin.line);
    int offset = lineStart + begin.column - 1;
    String before = lines.text().substring(lineStart, offset);
    if (before.isBlank()) {
      return new Edit(lineStart, before + annotation + lines.separator());
    }
    return new Edit(offset, annotation + " ");
  }

  /**
   * The import on its own line, in order: before the first single-type import that sorts after it,
   * else after the last import, else after the package, else at the top.
   */
  private static Edit importEdit(CompilationUnit cu, Lines lines, String fqn) {
    String line = "import " + fqn + ";";
    String eol = lines.separator();
    for (ImportDeclaration d : cu.getImports()) {
      if (!d.isStatic() && !d.isAsterisk() && d.getNameAsString().compareTo(fqn) > 0) {
        return new Edit(lines.start(d.getBegin().get().line), line + eol);
      }
    }
    if (!cu.getImports().isEmpty()) {
      int last = 0;
      for (ImportDeclaration d : cu.getImports()) last = Math.max(last, d.getEnd().get().line);
      return new Edit(lines.start(last + 1), line + eol);
    }
    if (cu.getPackageDeclaration().isPresent()) {
      int pkgLine = cu.getPackageDeclaration().get().getEnd().get().line;
      return new Edit(lines.start(pkgLine + 1), eol + line + eol);
    }
    int first = Integer.MAX_VALUE;
    for (TypeDeclaration<?> t : cu.getTypes()) {
      first = Math.min(first, t.getBegin().get().line);
      if (t.getComment().isPresent()) first = Math.min(first, t.getComment().get().getBegin().get().line);
    }
    return new Edit(lines.start(first == Integer.MAX_VALUE ? 1 : first), line + eol + eol);
  }

  /**
   * How the annotation type is written: its simple name when it is imported or can be, its
   * qualified name when another type of that simple name is in scope.
   */
  private static String typeName(CompilationUnit cu, String fqn) {
    String simple = simple(fqn);
    String pkg = fqn.substring(0, fqn.length() - simple.length() - 1);
    for (ImportDeclaration d : cu.getImports()) {
      if (d.isStatic()) continue;
      String name = d.getNameAsString();
      if (!d.isAsterisk() && name.equals(fqn)) return simple;
      if (!d.isAsterisk() && name.endsWith("." + simple)) return fqn;
    }
    for (TypeDeclaration<?> t : cu.findAll(TypeDeclaration.class)) {
      if (t.getNameAsString().equals(simple)) return fqn;
    }
    // a wildcard import of another package could bring a type of that name in: do not guess
    boolean otherWildcards = cu.getImports().stream()
        .anyMatch(d -> d.isAsterisk() && !d.isStatic() && !d.getNameAsString().equals(pkg));
    for (AnnotationExpr a : cu.findAll(AnnotationExpr.class)) {
      if (a.getNameAsString().equals(simple)) return otherWildcards || !imported(cu, fqn) ? fqn : simple;
    }
    return otherWildcards && !imported(cu, fqn) ? fqn : simple;
  }

  private static boolean imported(CompilationUnit cu, String fqn) {
    String simple = simple(fqn);
    String pkg = fqn.substring(0, fqn.length() - simple.length() - 1);
    if (cu.getPackageDeclaration().map(p -> p.getNameAsString().equals(pkg)).orElse(false)) return true;
    for (ImportDeclaration d : cu.getImports()) {
      if (d.isStatic()) continue;
      if (d.isAsterisk() ? d.getNameAsString().equals(pkg) : d.getNameAsString().equals(fqn)) return true;
    }
    return false;
  }

  private static String simple(String fqn) {
    return fqn.substring(fqn.lastIndexOf('.') + 1);
  }

  /** Line starts of a text, and the line ending it uses. */
  static final class Lines {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();
    private final String separator;

    Lines(String text) {
      this.text = text;
      starts.add(0);
      String sep = null;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          if (sep == null) sep = "\r\n";
          starts.add(i + 2);
          i++;
        } else if (c == '\n' || c == '\r') {
          if (sep == null) sep = String.valueOf(c);
          starts.add(i + 1);
        }
      }
      this.separator = sep == null ? "\n" : sep;
    }

    String text() {
      return text;
    }

    /** Offset of the start of 1-based line {@code line} (the end of the text past the last line). */
    int start(int line) {
      return line - 1 < starts.size() ? starts.get(line - 1) : text.length();
    }

    String separator() {
      return separator;
    }

    /** Number of lines (a final line ending starts no new line). */
    int count() {
      int n = starts.size();
      return n > 1 && starts.get(n - 1) == text.length() ? n - 1 : n;
    }

    /** 1-based line {@code line} without its line ending. */
    String line(int line) {
      int from = starts.get(line - 1);
      int to = line < starts.size() ? starts.get(line) : text.length();
      while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) to--;
      return text.substring(from, to);
    }

    /** The 1-based line an offset is on. */
    int lineOf(int offset) {
      int lo = 0;
      int hi = starts.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid) <= offset) lo = mid; else hi = mid - 1;
      }
      return lo + 1;
    }
  }
}
