package dev.mapguard.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable map from ids to model elements that iterates in id order (for determinism) and
 * looks ids up by hash. Ids share long prefixes (package and class names), so the string
 * comparisons of a tree lookup were a large part of the analysis on real libraries.
 */
final class IdMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
  private final Map<String, V> index;
  /**
   * The entries in id order: sorted once as an array, cheaper than filling a tree, and only when
   * first iterated (the whole program's methods are only looked up by id and scanned in any order,
   * and sorting kafka-clients' 26,875 method ids took 50 ms).
   */
  private List<Entry<String, V>> ordered;
  /** For the navigation methods of SortedMap, which the analysis does not use: made on demand. */
  private SortedMap<String, V> tree;

  private IdMap(Map<String, V> entries) {
    this.index = new HashMap<>(entries);
  }

  static <V> SortedMap<String, V> of(Map<String, V> entries) {
    return entries instanceof IdMap<V> m ? m : new IdMap<>(entries);
  }

  /** The values of {@code map} in no particular order, without sorting an IdMap's ids. */
  static <V> Collection<V> unordered(SortedMap<String, V> map) {
    return map instanceof IdMap<V> m ? Collections.unmodifiableCollection(m.index.values())
        : map.values();
  }

  private List<Entry<String, V>> ordered() {
    List<Entry<String, V>> known = ordered;
    if (known != null) return known;
    String[] keys = IdOrder.sorted(index.keySet());
    List<Entry<String, V>> list = new ArrayList<>(keys.length);
    for (String k : keys) list.add(new SimpleImmutableEntry<>(k, index.get(k)));
    known = Collections.unmodifiableList(list);
    ordered = known; // two threads sorting at once would make equal lists: either may stay
    return known;
  }

  @Override
  public V get(Object key) {
    return index.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return index.containsKey(key);
  }

  @Override
  public int size() {
    return index.size();
  }

  @Override
  public Set<Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, V>> iterator() {
        return ordered().iterator();
      }

      @Override
      public int size() {
        return index.size();
      }
    };
  }

  private SortedMap<String, V> tree() {
    if (tree == null) tree = Collections.unmodifiableSortedMap(new TreeMap<>(index));
    return tree;
  }

  @Override
  public Comparator<? super String> comparator() {
    return null; // natural order
  }

  @Override
  public SortedMap<String, V> subMap(String fromKey, String toKey) {
    return tree().subMap(fromKey, toKey);
  }

  @Override
  public SortedMap<String, V> headMap(String toKey) {
    return tree().headMap(toKey);
  }

  @Override
  public SortedMap<String, V> tailMap(String fromKey) {
    return tree().tailMap(fromKey);
  }

  @Override
  public String firstKey() {
    if (index.isEmpty()) throw new NoSuchElementException();
    return ordered().get(0).getKey();
  }

  @Override
  public String lastKey() {
    if (index.isEmpty()) throw new NoSuchElementException();
    List<Entry<String, V>> o = ordered();
    return o.get(o.size() - 1).getKey();
  }
}
