package dev.mapguard.model;

/** What an access does to a map. */
public enum AccessKind {
  /** A single lookup: get, containsKey, size... */
  READ,
  /** Walks the entries: iteration, forEach, copying, toString. Throws CME on concurrent change. */
  ITERATE,
  /** Changes the map: put, remove, clear, compute*, merge, mutation through a view or iterator. */
  WRITE,
  /** Stores a new map into a (non-final) field. */
  REASSIGN,
  /** Reads the field itself (not the map): {@code m = field}, {@code field == null}, return field. */
  LOAD;

  public boolean isContentWrite() {
    return this == WRITE;
  }

  /** The word used in messages. */
  public String verb() {
    return switch (this) {
      case READ -> "read";
      case ITERATE -> "iteration";
      case WRITE -> "write";
      case REASSIGN -> "reassignment";
      case LOAD -> "read of the field";
    };
  }
}
