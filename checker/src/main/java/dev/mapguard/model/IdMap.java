package dev.mapguard.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable map from ids to model elements that iterates in id order (for determinism) and
 * looks ids up by hash. Ids share long prefixes (package and class names), so the string
 * comparisons of a tree lookup were a large part of the analysis on real libraries.
 */
final class IdMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
  private final SortedMap<String, V> sorted;
  private final Map<String, V> index;

  private IdMap(Map<String, V> entries) {
    this.sorted = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    this.index = new HashMap<>(entries);
  }

  static <V> SortedMap<String, V> of(Map<String, V> entries) {
    return entries instanceof IdMap<V> m ? m : new IdMap<>(entries);
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
    return sorted.entrySet();
  }

  @Override
  public Comparator<? super String> comparator() {
    return sorted.comparator();
  }

  @Override
  public SortedMap<String, V> subMap(String fromKey, String toKey) {
    return sorted.subMap(fromKey, toKey);
  }

  @Override
  public SortedMap<String, V> headMap(String toKey) {
    return sorted.headMap(toKey);
  }

  @Override
  public SortedMap<String, V> tailMap(String fromKey) {
    return sorted.tailMap(fromKey);
  }

  @Override
  public String firstKey() {
    return sorted.firstKey();
  }

  @Override
  public String lastKey() {
    return sorted.lastKey();
  }
}
