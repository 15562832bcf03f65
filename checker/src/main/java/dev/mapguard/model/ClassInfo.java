package dev.mapguard.model;

import java.util.List;
import java.util.Set;

/**
 * A class of the program.
 *
 * @param id          binary name, e.g. {@code com.acme.Cache$Entry} or {@code com.acme.Cache$1}
 * @param display     name for messages, e.g. {@code Cache.Entry}
 * @param superclass  binary name of the superclass (also when outside the program), or null
 * @param interfaces  binary names of the directly implemented interfaces
 * @param outer       binary name of the enclosing class, or null for a top-level class
 * @param fields      every field the class declares (for resolving lock expressions)
 * @param sharing     what the class says about being shared, and how its objects can escape
 */
public record ClassInfo(String id, String display, String superclass, List<String> interfaces,
                        String outer, boolean anonymous, List<AnnotationInfo> annotations,
                        Set<String> suppressions, SourcePos pos, List<DeclaredField> fields,
                        ClassSharing sharing) {
  public ClassInfo {
    interfaces = List.copyOf(interfaces);
    annotations = List.copyOf(annotations);
    suppressions = Set.copyOf(suppressions);
    fields = List.copyOf(fields);
  }

  /** A class whose sharing facts are not known yet. */
  public ClassInfo(String id, String display, String superclass, List<String> interfaces,
                   String outer, boolean anonymous, List<AnnotationInfo> annotations,
                   Set<String> suppressions, SourcePos pos, List<DeclaredField> fields) {
    this(id, display, superclass, interfaces, outer, anonymous, annotations, suppressions, pos,
        fields, ClassSharing.UNKNOWN);
  }

  public ClassInfo withSharing(ClassSharing s) {
    return new ClassInfo(id, display, superclass, interfaces, outer, anonymous, annotations,
        suppressions, pos, fields, s);
  }

  /** A class whose declared fields are not known (hand-built models). */
  public ClassInfo(String id, String display, String superclass, List<String> interfaces,
                   String outer, boolean anonymous, List<AnnotationInfo> annotations,
                   Set<String> suppressions, SourcePos pos) {
    this(id, display, superclass, interfaces, outer, anonymous, annotations, suppressions, pos,
        List.of());
  }

  /** The field of this class with that name, or null. */
  public DeclaredField declaredField(String name) {
    for (DeclaredField f : fields) {
      if (f.name().equals(name)) return f;
    }
    return null;
  }
}
