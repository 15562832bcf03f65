import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trap: the handler creates a new InvoiceBuilder per request; the builder's map field belongs to
 * that one object, which never leaves the request thread.
 */
@RestController
public class PerRequestObjectInHandler {
  static final class InvoiceBuilder {
    private final Map<String, Integer> quantities = new HashMap<>();

    void add(String sku, int qty) {
      quantities.merge(sku, qty, Integer::sum);
    }

    String render() {
      StringBuilder sb = new StringBuilder();
      quantities.forEach((sku, qty) -> sb.append(sku).append(" x").append(qty).append('\n'));
      return sb.toString();
    }
  }

  @PostMapping("/invoices")
  public String create(@RequestBody String lines) {
    InvoiceBuilder builder = new InvoiceBuilder();
    for (String line : lines.split("\n")) {
      String[] parts = line.split(",");
      builder.add(parts[0], Integer.parseInt(parts[1]));
    }
    return builder.render();
  }
}
