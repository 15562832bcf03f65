import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trap (multi-file): an LRU cache on an access-ordered LinkedHashMap wrapped with
 * Collections.synchronizedMap; callers use only single operations (get, put, remove, size), each
 * of which holds the wrapper's lock, so even the reordering get is safe.
 */
public class LruCache<K, V> {
  private final Map<K, V> map;

  public LruCache(int capacity) {
    this.map = Collections.synchronizedMap(new LinkedHashMap<K, V>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    });
  }

  public V get(K key) {
    return map.get(key);
  }

  public void put(K key, V value) {
    map.put(key, value);
  }

  public void invalidate(K key) {
    map.remove(key);
  }

  public int size() {
    return map.size();
  }
}
