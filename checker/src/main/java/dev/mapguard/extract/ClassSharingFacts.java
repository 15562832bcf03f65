package dev.mapguard.extract;

import dev.mapguard.model.ClassSharing;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads what a class declaration says about being shared between threads: its annotations
 * ({@code @ThreadSafe}, {@code @NotThreadSafe}, any package), its instance fields (volatile, locks,
 * java.util.concurrent types) and its javadoc ("thread-safe", "not thread-safe"). Synchronized
 * methods are evidence too; the analysis reads those off the methods' flags.
 */
final class ClassSharingFacts {
  /** "thread-safe", "thread safe", "threadsafe", with what comes just before it. */
  private static final Pattern THREAD_SAFE =
      Pattern.compile("(\\b(?:not|isn't|is not|non|never)[\\s-]+(?:be\\s+)?)?thread[\\s-]?safe");

  private final ExtractionContext cx;

  ClassSharingFacts(ExtractionContext cx) {
    this.cx = cx;
  }

  ClassSharing.Evidence evidence(TypeElement type) {
    ClassSharing.Evidence annotated = annotated(type);
    if (annotated != null) return annotated;
    ClassSharing.Evidence documented = documented(type);
    if (documented == ClassSharing.Evidence.NOT_THREAD_SAFE) return documented;
    for (Element member : type.getEnclosedElements()) {
      // a static field is the class's state, shared or not; it says nothing about its objects
      if (member.getKind() != ElementKind.FIELD || member.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      if (member.getModifiers().contains(Modifier.VOLATILE)) return ClassSharing.Evidence.SHARED;
      TypeMirror t = member.asType();
      if (t.getKind() != TypeKind.DECLARED) continue;
      if (cx.recognizers.isLockType(t)) return ClassSharing.Evidence.SHARED;
      TypeElement te = cx.facts.classOf(t);
      if (te != null && cx.facts.qualifiedName(te).startsWith("java.util.concurrent.")) {
        return ClassSharing.Evidence.SHARED;
      }
    }
    return documented;
  }

  private static ClassSharing.Evidence annotated(TypeElement type) {
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      String name = a.getAnnotationType().asElement().getSimpleName().toString();
      if (name.equals("NotThreadSafe")) return ClassSharing.Evidence.NOT_THREAD_SAFE;
      if (name.equals("ThreadSafe")) return ClassSharing.Evidence.SHARED;
    }
    return null;
  }

  private ClassSharing.Evidence documented(TypeElement type) {
    String doc = cx.facts.elements.getDocComment(type);
    if (doc == null) return ClassSharing.Evidence.NONE;
    Matcher m = THREAD_SAFE.matcher(doc.toLowerCase(Locale.ROOT));
    ClassSharing.Evidence found = ClassSharing.Evidence.NONE;
    while (m.find()) {
      if (m.group(1) != null) return ClassSharing.Evidence.NOT_THREAD_SAFE;
      found = ClassSharing.Evidence.SHARED;
    }
    return found;
  }

  /** Every supertype of the class (class ids), in the program or not, less java.lang.Object. */
  Set<String> supertypes(TypeElement type) {
    Set<String> out = new LinkedHashSet<>(supertypesOf(type));
    out.remove("java.lang.Object");
    return out;
  }

  /** Kept per class: library hierarchies (Map, Collection...) are shared by many classes. */
  private final Map<TypeElement, Set<String>> known = new IdentityHashMap<>();

  private Set<String> supertypesOf(TypeElement type) {
    Set<String> done = known.get(type);
    if (done != null) return done;
    Set<String> out = new LinkedHashSet<>();
    known.put(type, out); // before the supertypes: a cyclic hierarchy (an error) ends here
    for (TypeElement s : cx.facts.directSupertypes(type)) {
      out.add(cx.classId(s));
      out.addAll(supertypesOf(s));
    }
    return out;
  }
}
