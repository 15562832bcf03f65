/** Warehouse logic; callers hold the facade's lock. */
public class Warehouse {
  private final Shelves shelves = new Shelves();

  void receive(String sku, int qty) {
    if (qty > 0) {
      shelves.add(sku, qty);
    }
  }

  int available(String sku) {
    return shelves.count(sku);
  }
}
