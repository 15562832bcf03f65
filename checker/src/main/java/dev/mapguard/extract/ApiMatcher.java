package dev.mapguard.extract;

import dev.mapguard.catalog.CatalogRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Matches a called method against catalogue rows of (owner types, method names). The method name
 * is checked first with one hash lookup, so the common case (a method no row names) costs nothing;
 * only then is the owner compared, by subtype. A row's method written {@code name/N} matches only
 * with N parameters.
 */
final class ApiMatcher {
  private final JavacFacts facts;
  private final Map<String, List<CatalogRow>> byName = new HashMap<>();

  ApiMatcher(JavacFacts facts, List<CatalogRow> rows) {
    this.facts = facts;
    for (CatalogRow row : rows) {
      for (String m : row.methods()) {
        int slash = m.indexOf('/');
        String name = slash < 0 ? m : m.substring(0, slash);
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
      }
    }
  }

  /** Whether the row names the method with this arity (a plain name matches any arity). */
  private static boolean arityMatches(CatalogRow row, String name, int arity) {
    if (row.methods().contains(name)) return true;
    return row.methods().contains(name + "/" + arity);
  }

  boolean mayMatch(String methodName) {
    return byName.containsKey(methodName);
  }

  /** The first row whose method name and owner type match, or null. */
  CatalogRow match(ExecutableElement method) {
    String name = method.getKind() == ElementKind.CONSTRUCTOR ? "<init>"
        : method.getSimpleName().toString();
    List<CatalogRow> rows = byName.get(name);
    if (rows == null) return null;
    if (!(method.getEnclosingElement() instanceof TypeElement owner)) return null;
    int arity = method.getParameters().size();
    for (CatalogRow row : rows) {
      if (!arityMatches(row, name, arity)) continue;
      for (String type : row.types()) {
        if (facts.isSubtype(owner, type)) return row;
      }
    }
    return null;
  }

  /** All matching rows (a method can be named by several rows of different kinds). */
  List<CatalogRow> matchAll(ExecutableElement method) {
    String name = method.getKind() == ElementKind.CONSTRUCTOR ? "<init>"
        : method.getSimpleName().toString();
    List<CatalogRow> rows = byName.get(name);
    if (rows == null) return List.of();
    if (!(method.getEnclosingElement() instanceof TypeElement owner)) return List.of();
    int arity = method.getParameters().size();
    List<CatalogRow> out = new ArrayList<>(1);
    for (CatalogRow row : rows) {
      if (!arityMatches(row, name, arity)) continue;
      for (String type : row.types()) {
        if (facts.isSubtype(owner, type)) {
          out.add(row);
          break;
        }
      }
    }
    return out;
  }

  /** Whether a class is a subtype of any type a row names (for rows without methods). */
  static boolean ownerMatches(JavacFacts facts, TypeElement owner, CatalogRow row) {
    for (String type : row.types()) {
      if (facts.isSubtype(owner, type)) return true;
    }
    return false;
  }
}
