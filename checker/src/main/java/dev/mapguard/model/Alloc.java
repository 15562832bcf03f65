package dev.mapguard.model;

/**
 * One value that flows into a map variable: a known kind of map (with its creation site), or a
 * reference to another place whose values flow on (the result of a method in the program,
 * a local variable, a parameter of the enclosing method).
 */
public sealed interface Alloc {
  /**
   * A map whose kind is known at the creation site. Writes out equals and hashCode, as
   * {@link TaskRef}'s records do (a hash key on hot paths; see there why).
   */
  record Known(MapKind kind, boolean accessOrdered, boolean weak, SourcePos pos, String text)
      implements Alloc {
    @Override
    public boolean equals(Object o) {
      return o instanceof Known k && kind == k.kind && accessOrdered == k.accessOrdered
          && weak == k.weak && pos.equals(k.pos) && java.util.Objects.equals(text, k.text);
    }

    @Override
    public int hashCode() {
      return (((kind.hashCode() * 31 + Boolean.hashCode(accessOrdered)) * 31 + Boolean.hashCode(weak)) * 31
          + pos.hashCode()) * 31 + java.util.Objects.hashCode(text);
    }
  }

  /** Whatever the method {@code methodId} returns. */
  record FromCall(String methodId) implements Alloc {}

  /** Whatever flows into another variable (a local or a field). */
  record FromCell(CellRef cell) implements Alloc {}

  /** A read-only view of the map held by a field ({@code Collections.unmodifiableMap(field)}). */
  record View(CellRef of) implements Alloc {}

  /** The value of parameter {@code index} of method {@code methodId}. */
  record FromParam(String methodId, int index) implements Alloc {}
}
