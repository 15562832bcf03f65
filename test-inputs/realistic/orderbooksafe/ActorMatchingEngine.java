import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Every operation on the book is a task of one single-thread executor (an actor). */
public class ActorMatchingEngine {
  private final ConfinedOrderBook book = new ConfinedOrderBook();
  private final ExecutorService engineThread = Executors.newSingleThreadExecutor();

  public void submit(boolean buy, long price, long qty) {
    engineThread.execute(() -> {
      book.add(buy, price, qty);
      book.match();
    });
  }

  public CompletableFuture<String> topOfBook() {
    return CompletableFuture.supplyAsync(book::topOfBook, engineThread);
  }
}
