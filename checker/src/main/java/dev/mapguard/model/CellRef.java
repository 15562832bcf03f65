package dev.mapguard.model;

import java.util.Objects;

/**
 * A variable that can hold a map: the unit MapGuard tracks accesses by. Field cells are
 * instance-insensitive (all instances of a class share one cell), as in most static race detectors.
 * The records write out equals and hashCode, for the reason and with the hash codes given in
 * {@link TaskRef}.
 */
public sealed interface CellRef {
  String id();

  /** A field, by its id {@code pkg.Owner#name}. */
  record Field(String id) implements CellRef {
    @Override
    public boolean equals(Object o) {
      return o instanceof Field f && Objects.equals(id, f.id);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(id);
    }
  }

  /** A local variable, by its id; only interesting when a lambda or inner class captures it. */
  record Local(String id) implements CellRef {
    @Override
    public boolean equals(Object o) {
      return o instanceof Local l && Objects.equals(id, l.id);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(id);
    }
  }

  /** Parameter {@code index} of the enclosing method; bound to the caller's argument per call. */
  record Param(String methodId, int index) implements CellRef {
    @Override
    public String id() {
      return methodId + "/param" + index;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Param p && Objects.equals(methodId, p.methodId) && index == p.index;
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(methodId) + Integer.hashCode(index);
    }
  }

  /** Whatever map the method {@code methodId} returns (a getter): resolved by the analysis. */
  record Returned(String methodId) implements CellRef {
    @Override
    public String id() {
      return methodId + "/returned";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Returned r && Objects.equals(methodId, r.methodId);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(methodId);
    }
  }

  /** The maps stored as values of another map ({@code m.computeIfAbsent(k, x -> new HashMap<>())}). */
  record Values(String mapCellId) implements CellRef {
    @Override
    public String id() {
      return mapCellId + "/values";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Values v && Objects.equals(mapCellId, v.mapCellId);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(mapCellId);
    }
  }

  /** The map held inside a reference holder field (AtomicReference): {@code ref.get()}. */
  record Content(String holderFieldId) implements CellRef {
    @Override
    public String id() {
      return holderFieldId + "/content";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Content c && Objects.equals(holderFieldId, c.holderFieldId);
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(holderFieldId);
    }
  }
}
