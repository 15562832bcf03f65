package dev.mapguard.extract;

import com.sun.source.tree.CompilationUnitTree;
import dev.mapguard.catalog.Catalog;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.JavaFileObject;

/**
 * What every extractor of one compilation shares: javac's facts, the recognizers, the program
 * being built, the diagnostic sites, and stable ids for elements.
 */
final class ExtractionContext {
  final JavacFacts facts;
  final Recognizers recognizers;
  final ProgramBuilder program;
  final SiteTable sites;
  private final Map<Element, String> ids = new IdentityHashMap<>();
  private final Map<String, Integer> lambdaCounters = new HashMap<>();
  private final Map<CompilationUnitTree, Path> sourcePaths = new IdentityHashMap<>();
  /** Per kind of file object: whether its name was found to be its file's path. */
  private final Map<Class<?>, Boolean> namedByPath = new HashMap<>();
  private ClassExtractor classExtractor;
  /** Set when a tree has no symbol or an erroneous type: the sources do not compile. */
  boolean sawErrors;

  ExtractionContext(JavacFacts facts, ProgramBuilder program, SiteTable sites) {
    this.facts = facts;
    this.recognizers = new Recognizers(facts);
    this.program = program;
    this.sites = sites;
  }

  static ExtractionContext create(JavacFacts facts, ProgramBuilder program, SiteTable sites) {
    return new ExtractionContext(facts, program, sites);
  }

  ClassExtractor classExtractor() {
    if (classExtractor == null) classExtractor = new ClassExtractor(this);
    return classExtractor;
  }

  Catalog catalog() {
    return facts.catalog;
  }

  /**
   * The file a compilation unit was read from, or null when it is not a file (an in-memory
   * source): worked out once per unit. javac's file objects for files on disk answer
   * {@code toUri()} with a file-system call per file; where a kind of file object was seen to be
   * named by its path, the name is taken instead.
   */
  Path sourcePath(CompilationUnitTree cu) {
    if (sourcePaths.containsKey(cu)) return sourcePaths.get(cu);
    JavaFileObject file = cu.getSourceFile();
    Boolean byName = namedByPath.get(file.getClass());
    Path path = Boolean.TRUE.equals(byName) ? pathFromName(file) : pathFromUri(file);
    if (byName == null) {
      namedByPath.put(file.getClass(), path != null && path.equals(pathFromName(file)));
    }
    sourcePaths.put(cu, path);
    return path;
  }

  private static Path pathFromUri(JavaFileObject file) {
    try {
      URI uri = file.toUri();
      return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
    } catch (RuntimeException e) {
      return null; // not a file javac can name as a path: reporters fall back to javac's name
    }
  }

  private static Path pathFromName(JavaFileObject file) {
    try {
      return Path.of(file.getName()).toAbsolutePath();
    } catch (RuntimeException e) {
      return null;
    }
  }

  // The id lookups below are asked for every class, method, field and call: they look up and
  // store by hand instead of computeIfAbsent, whose capturing lambda is an allocation through a
  // method handle per call until the JIT has compiled the call site.

  String classId(TypeElement te) {
    String id = ids.get(te);
    if (id == null) {
      id = facts.elements.getBinaryName(te).toString();
      ids.put(te, id);
    }
    return id;
  }

  String methodId(ExecutableElement m) {
    String id = ids.get(m);
    if (id == null) {
      id = newMethodId(m);
      ids.put(m, id);
    }
    return id;
  }

  private String newMethodId(ExecutableElement m) {
    StringBuilder sb = new StringBuilder();
    sb.append(classId((TypeElement) m.getEnclosingElement())).append('#');
    // a javac Name appended as a CharSequence is decoded again for every character
    sb.append(m.getKind() == ElementKind.CONSTRUCTOR ? "<init>" : m.getSimpleName().toString());
    sb.append('(');
    boolean first = true;
    for (VariableElement p : m.getParameters()) {
      if (!first) sb.append(',');
      first = false;
      sb.append(erasure(p.asType()));
    }
    return sb.append(')').toString();
  }

  String fieldId(VariableElement f) {
    String id = ids.get(f);
    if (id == null) {
      id = classId((TypeElement) f.getEnclosingElement()) + "#" + f.getSimpleName();
      ids.put(f, id);
    }
    return id;
  }

  /**
   * A parameter type as method ids spell it: its erasure as javac prints it. The erasure of a
   * plain class type (or of a type variable bounded by one) prints as the class's qualified name,
   * kept per class, and an array's as its component's with {@code []} per dimension; annotated
   * types are printed by javac.
   */
  private String erasure(TypeMirror t) {
    if (t.getKind().isPrimitive()) return t.toString();
    TypeMirror u = t;
    int dimensions = 0; // an array erases to the array of its component's erasure
    for (; u.getKind() == TypeKind.ARRAY && u.getAnnotationMirrors().isEmpty(); dimensions++) {
      u = ((ArrayType) u).getComponentType();
    }
    u = JavacFacts.throughTypeVariables(u, true); // a type variable erases as its bound does
    String component = null;
    if (u.getAnnotationMirrors().isEmpty()) {
      if (u.getKind().isPrimitive()) {
        component = u.toString();
      } else if (u.getKind() == TypeKind.DECLARED
          && ((DeclaredType) u).asElement() instanceof TypeElement te) {
        component = facts.qualifiedName(te);
      }
    }
    if (component != null) return dimensions == 0 ? component : component + "[]".repeat(dimensions);
    try {
      return facts.types.erasure(t).toString();
    } catch (RuntimeException e) {
      return t.toString();
    }
  }

  /** A fresh id for a lambda in {@code enclosingMethodId}, numbered by position. */
  String lambdaId(String classId, String enclosingName, int line, int column) {
    String base = classId + "#lambda$" + enclosingName + "$" + line + ":" + column;
    int n = lambdaCounters.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "#" + n;
  }

  /** The class name without its package, nested classes joined with dots. */
  String classDisplay(TypeElement te) {
    String binary = classId(te);
    String pkg = facts.elements.getPackageOf(te).getQualifiedName().toString();
    String rest = pkg.isEmpty() ? binary : binary.substring(pkg.length() + 1);
    return rest.replace('$', '.');
  }
}
