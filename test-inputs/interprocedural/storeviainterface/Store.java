/** Storage abstraction used by OrderService. */
public interface Store {
  void save(String key, String value);

  String load(String key);
}
