package dev.mapguard.plugin;

import com.sun.source.util.Trees;
import dev.mapguard.extract.SiteTable;
import dev.mapguard.report.FindingLayout;
import dev.mapguard.rules.Finding;
import java.util.List;
import javax.tools.Diagnostic;

/**
 * Reports findings as javac diagnostics: {@code Foo.java:12: warning: [Rule] headline}, the
 * details indented below ({@link FindingLayout}).
 */
final class JavacDiagnostics {
  private final Trees trees;
  private final SiteTable sites;

  JavacDiagnostics(Trees trees, SiteTable sites) {
    this.trees = trees;
    this.sites = sites;
  }

  void report(List<Finding> findings) {
    for (Finding f : findings) {
      SiteTable.Site site = sites.at(f.primary());
      if (site == null) continue;
      Diagnostic.Kind kind = switch (f.severity()) {
        case ERROR -> Diagnostic.Kind.ERROR;
        case WARNING -> Diagnostic.Kind.MANDATORY_WARNING; // -nowarn and -Xlint:none drop plain warnings
        case NOTE -> Diagnostic.Kind.NOTE;
      };
      trees.printMessage(kind, FindingLayout.text(f), site.tree(), site.unit());
    }
  }
}
