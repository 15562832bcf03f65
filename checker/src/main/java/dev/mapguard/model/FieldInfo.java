package dev.mapguard.model;

import java.util.List;
import java.util.Set;

/**
 * A field the analysis cares about: one that can hold a map, a reference holder of a map
 * (AtomicReference), a lock, an executor, or code to run (a Runnable).
 *
 * @param declaredKind what the declared type says (UNKNOWN for the Map interface)
 * @param role         what the field holds
 * @param lockAlias    for a lock field initialised from {@code rw.readLock()}: the lock it stands for
 * @param serialExecutor for an executor/timer field created single-threaded
 * @param tasks        for a Runnable/Callable field: the code stored in it
 */
public record FieldInfo(String id, String classId, String name, String display, Role role,
                        MapKind declaredKind, String declaredType, boolean isStatic,
                        boolean isFinal, boolean isVolatile, LockRef lockAlias,
                        boolean serialExecutor, List<TaskRef> tasks, List<AnnotationInfo> annotations,
                        Set<String> suppressions, SourcePos pos) {

  public enum Role { MAP, MAP_HOLDER, LOCK, EXECUTOR, TASK }

  public FieldInfo {
    tasks = List.copyOf(tasks);
    annotations = List.copyOf(annotations);
    suppressions = Set.copyOf(suppressions);
  }
}
