package dev.mapguard.analysis;

import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The code that makes objects of each class: its constructors (the no-argument one apart, which
 * the runtime uses to make an object it deserialises) and its instance initialisers. Built once,
 * on first use, for the analyses that ask about objects being made (self-registration, objects not
 * yet published).
 */
final class ConstructionCode {
  private final Program program;
  private Map<String, List<MethodInfo>> constructors;
  private Map<String, List<MethodInfo>> initialisers;
  private Map<String, List<MethodInfo>> noArgConstructors;

  ConstructionCode(Program program) {
    this.program = program;
  }

  /** The class's constructors and instance initialisers. */
  List<MethodInfo> of(String classId) {
    index();
    List<MethodInfo> out = new ArrayList<>(constructors.getOrDefault(classId, List.of()));
    out.addAll(initialisers.getOrDefault(classId, List.of()));
    return out;
  }

  List<MethodInfo> initialisers(String classId) {
    index();
    return initialisers.getOrDefault(classId, List.of());
  }

  List<MethodInfo> noArgConstructors(String classId) {
    index();
    return noArgConstructors.getOrDefault(classId, List.of());
  }

  private void index() {
    if (constructors != null) return;
    constructors = new HashMap<>();
    initialisers = new HashMap<>();
    noArgConstructors = new HashMap<>();
    for (MethodInfo m : program.methods().values()) {
      if (m.kind() == MethodInfo.Kind.INSTANCE_INIT) {
        initialisers.computeIfAbsent(m.classId(), k -> new ArrayList<>()).add(m);
      } else if (m.kind() == MethodInfo.Kind.CONSTRUCTOR) {
        constructors.computeIfAbsent(m.classId(), k -> new ArrayList<>()).add(m);
        if (m.id().endsWith("()")) noArgConstructors.computeIfAbsent(m.classId(), k -> new ArrayList<>()).add(m);
      }
    }
  }
}
