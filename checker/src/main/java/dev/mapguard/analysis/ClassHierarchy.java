package dev.mapguard.analysis;

import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The program's classes as a hierarchy, for dispatch on a receiver's static type: a call on a
 * value of type {@code S} runs a method declared in some class {@code D} only if an object of
 * {@code S} can be a {@code D}, that is, {@code D} is {@code S}, a subtype of {@code S}, or a
 * supertype of one of those (a method {@code S}'s subclass inherits from elsewhere).
 */
final class ClassHierarchy {
  private final Program program;
  /** Direct subtypes (classes and interfaces) of each class of the program, by id. */
  private final Map<String, List<String>> subtypes = new HashMap<>();
  /** Per static type: every class an object of that type can be an instance of, or inherit from. */
  private final Map<String, Set<String>> related = new HashMap<>();
  private final Map<String, Set<String>> below = new HashMap<>();

  ClassHierarchy(Program program) {
    this.program = program;
    for (ClassInfo c : program.classes().values()) {
      if (c.superclass() != null) subtypes.computeIfAbsent(c.superclass(), k -> new ArrayList<>()).add(c.id());
      for (String i : c.interfaces()) subtypes.computeIfAbsent(i, k -> new ArrayList<>()).add(c.id());
    }
  }

  /** The methods of {@code candidates} that an object whose static type is {@code type} may run. */
  List<String> narrow(List<String> candidates, String type) {
    if (program.clazz(type) == null) return candidates;
    Set<String> classes = related.computeIfAbsent(type, this::relatedTo);
    List<String> out = new ArrayList<>(candidates.size());
    for (String m : candidates) {
      MethodInfo info = program.method(m);
      if (info == null || classes.contains(info.classId())) out.add(m);
    }
    return out.size() == candidates.size() ? candidates : List.copyOf(out);
  }

  /**
   * The classes an object whose static type is {@code type} may be an instance of, or inherit
   * code from: {@code type}, its subtypes in the program, and every supertype of those.
   */
  Set<String> related(String type) {
    return related.computeIfAbsent(type, this::relatedTo);
  }

  /** {@code type} and its subtypes in the program: the classes an object of that type may be. */
  Set<String> subtypesOf(String type) {
    return below.computeIfAbsent(type, this::belowOf);
  }

  private Set<String> belowOf(String type) {
    Set<String> out = new HashSet<>();
    Deque<String> work = new ArrayDeque<>();
    work.add(type);
    while (!work.isEmpty()) {
      String c = work.poll();
      if (out.add(c)) work.addAll(subtypes.getOrDefault(c, List.of()));
    }
    return out;
  }

  private Set<String> relatedTo(String type) {
    Set<String> below = subtypesOf(type);
    Set<String> out = new HashSet<>(below);
    for (String c : below) addSupertypes(c, out);
    return out;
  }

  private void addSupertypes(String id, Set<String> out) {
    ClassInfo c = program.clazz(id);
    if (c == null) return;
    if (c.superclass() != null && out.add(c.superclass())) addSupertypes(c.superclass(), out);
    for (String i : c.interfaces()) {
      if (out.add(i)) addSupertypes(i, out);
    }
  }
}
