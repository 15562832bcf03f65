import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Bug: two independent CompletableFuture chains (not stages of one chain) both write the same map;
 * they run at the same time. Reading after joining both is fine.
 */
public class TwoSeparateCompletableFutureChains {
  public Map<String, String> profile(String userId, Client client) {
    Map<String, String> profile = new HashMap<>();
    CompletableFuture<Void> account = CompletableFuture
        .supplyAsync(() -> client.account(userId))
        .thenAccept(a -> profile.put("account", a)); // expect: UnguardedMapAccess
    CompletableFuture<Void> prefs = CompletableFuture
        .supplyAsync(() -> client.preferences(userId))
        .thenAccept(p -> profile.put("preferences", p)); // expect: UnguardedMapAccess
    account.join();
    prefs.join();
    profile.putIfAbsent("preferences", "{}");
    return profile;
  }

  public interface Client {
    String account(String userId);

    String preferences(String userId);
  }
}
