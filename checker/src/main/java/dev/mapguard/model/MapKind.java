package dev.mapguard.model;

/** What kind of map a value is, as far as thread safety goes. */
public enum MapKind {
  /** HashMap, TreeMap, ...: not safe for concurrent use. */
  UNSAFE,
  /** ConcurrentHashMap, Hashtable, ...: single operations are safe. */
  CONCURRENT,
  /** Collections.synchronizedMap: single operations are safe, iteration needs the map's lock. */
  SYNCHRONIZED,
  /** Map.of, unmodifiableMap, ImmutableMap: cannot be changed. */
  IMMUTABLE,
  /** Not known here (a parameter, a library call). */
  UNKNOWN
}
