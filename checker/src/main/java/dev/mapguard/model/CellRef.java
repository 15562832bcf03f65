package dev.mapguard.model;

/**
 * A variable that can hold a map: the unit MapGuard tracks accesses by. Field cells are
 * instance-insensitive (all instances of a class share one cell), as in most static race detectors.
 */
public sealed interface CellRef {
  String id();

  /** A field, by its id {@code pkg.Owner#name}. */
  record Field(String id) implements CellRef {}

  /** A local variable, by its id; only interesting when a lambda or inner class captures it. */
  record Local(String id) implements CellRef {}

  /** Parameter {@code index} of the enclosing method; bound to the caller's argument per call. */
  record Param(String methodId, int index) implements CellRef {
    @Override
    public String id() {
      return methodId + "/param" + index;
    }
  }

  /** Whatever map the method {@code methodId} returns (a getter): resolved by the analysis. */
  record Returned(String methodId) implements CellRef {
    @Override
    public String id() {
      return methodId + "/returned";
    }
  }

  /** The maps stored as values of another map ({@code m.computeIfAbsent(k, x -> new HashMap<>())}). */
  record Values(String mapCellId) implements CellRef {
    @Override
    public String id() {
      return mapCellId + "/values";
    }
  }

  /** The map held inside a reference holder field (AtomicReference): {@code ref.get()}. */
  record Content(String holderFieldId) implements CellRef {
    @Override
    public String id() {
      return holderFieldId + "/content";
    }
  }
}
