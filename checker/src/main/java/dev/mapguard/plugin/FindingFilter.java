package dev.mapguard.plugin;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import dev.mapguard.rules.Finding;
import dev.mapguard.rules.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The user's say over what is reported, applied to the rules' findings: each rule's level
 * ({@code severity=Rule:level}), source paths not to report on ({@code exclude=}), and generated
 * code (a top-level class annotated {@code @Generated}, or a file under a
 * {@code generated-sources} folder), left out unless {@code generated=include}. javac's
 * diagnostics and the SARIF log both get what this keeps, at the level it gives.
 */
final class FindingFilter {
  private final PluginOptions options;
  private final Path srcRoot;
  private final List<PathMatcher> excluded = new ArrayList<>();
  /** Files of generated code, named as findings name them ({@code SourcePos.file}). */
  private final Set<String> generatedFiles = new HashSet<>();

  FindingFilter(PluginOptions options) {
    this.options = options;
    this.srcRoot = options.srcRoot().toAbsolutePath().normalize();
    for (String glob : options.excludes()) excluded.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
  }

  /** Notes whether a unit's code is generated; called for every unit javac enters. */
  void entered(CompilationUnitTree unit, Path file) {
    if (options.includeGenerated()) return;
    for (Tree decl : unit.getTypeDecls()) {
      if (decl instanceof ClassTree c && annotatedGenerated(c)) {
        generatedFiles.add(file != null ? file.toString() : unit.getSourceFile().getName());
      }
    }
  }

  private static boolean annotatedGenerated(ClassTree c) {
    for (AnnotationTree a : c.getModifiers().getAnnotations()) {
      String name = a.getAnnotationType().toString();
      // javax.annotation.Generated, javax.annotation.processing.Generated, jakarta's, Lombok's, ...
      if (name.equals("Generated") || name.endsWith(".Generated")) return true;
    }
    return false;
  }

  List<Finding> apply(List<Finding> findings) {
    if (excluded.isEmpty() && options.ruleLevels().isEmpty() && options.includeGenerated()) return findings;
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!options.includeGenerated() && generatedFiles.contains(f.primary().file())) continue;
      Path file = normal(Path.of(f.primary().file()));
      if (!options.includeGenerated() && underGeneratedSources(file)) continue;
      if (isExcluded(file)) continue;
      Severity level = options.ruleLevels().get(f.ruleId());
      out.add(level == null ? f : f.withSeverity(level));
    }
    return out;
  }

  private static boolean underGeneratedSources(Path file) {
    for (Path part : file) {
      String name = part.toString();
      if (name.equals("generated-sources") || name.equals("generated-test-sources")) return true;
    }
    return false;
  }

  private boolean isExcluded(Path file) {
    if (excluded.isEmpty()) return false;
    Path relative = file.startsWith(srcRoot) ? srcRoot.relativize(file) : file;
    for (PathMatcher m : excluded) {
      if (m.matches(relative)) return true;
    }
    return false;
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
