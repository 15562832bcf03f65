import java.util.HashMap;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Bug (multi-file): flags are refreshed by replacing the whole map, which is the right idea, but
 * the field is neither volatile nor final: request threads reading isOn() may never see the new
 * map, or see it before its entries.
 */
@Service
public class FeatureFlags {
  private Map<String, Boolean> flags = new HashMap<>();
  private final FlagClient client;

  public FeatureFlags(FlagClient client) {
    this.client = client;
  }

  @Scheduled(fixedDelay = 30_000)
  public void refresh() {
    Map<String, Boolean> fresh = new HashMap<>();
    for (String name : client.names()) {
      fresh.put(name, client.isOn(name));
    }
    flags = fresh; // expect: UnsafeMapPublication
  }

  public boolean isOn(String flag) {
    return flags.getOrDefault(flag, false);
  }
}
