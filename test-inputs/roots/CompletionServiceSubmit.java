import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;

/**
 * Bug: tasks submitted to an ExecutorCompletionService in a loop write a shared cache while they
 * run, instead of returning their results through the completion queue.
 */
public class CompletionServiceSubmit {
  private final Map<String, Double> quotes = new HashMap<>();

  public void refresh(List<String> symbols, ExecutorService pool, QuoteApi api) {
    CompletionService<String> cs = new ExecutorCompletionService<>(pool);
    for (String s : symbols) {
      cs.submit(() -> {
        quotes.put(s, api.quote(s)); // expect: UnguardedMapAccess
        return s;
      });
    }
  }

  public interface QuoteApi {
    double quote(String symbol);
  }
}
