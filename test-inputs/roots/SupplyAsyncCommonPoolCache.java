import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Bug: CompletableFuture.supplyAsync without an executor runs on the common pool; the supplier
 * fills the profile cache while the caller reads it.
 */
public class SupplyAsyncCommonPoolCache {
  private final Map<String, String> profiles = new HashMap<>();
  private final ProfileClient client;

  public SupplyAsyncCommonPoolCache(ProfileClient client) {
    this.client = client;
  }

  public CompletableFuture<String> profileAsync(String userId) {
    return CompletableFuture.supplyAsync(() -> {
      String profile = client.fetch(userId);
      profiles.put(userId, profile); // expect: UnguardedMapAccess
      return profile;
    });
  }

  public String cachedProfile(String userId) {
    return profiles.get(userId); // expect: UnguardedMapAccess
  }

  public interface ProfileClient {
    String fetch(String userId);
  }
}
