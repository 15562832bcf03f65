import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Trap: feature flags held in an AtomicReference and replaced wholesale with an immutable map;
 * updateAndGet retries on contention, and readers only read the immutable map.
 */
@Service
public class AtomicReferenceImmutableSwap {
  private final AtomicReference<Map<String, Boolean>> flags = new AtomicReference<>(Map.of());
  private final FlagSource source;

  public AtomicReferenceImmutableSwap(FlagSource source) {
    this.source = source;
  }

  @Scheduled(fixedDelay = 15_000)
  public void refresh() {
    flags.set(Map.copyOf(source.fetch()));
  }

  public void override(String flag, boolean on) {
    flags.updateAndGet(current -> {
      Map<String, Boolean> next = new HashMap<>(current);
      next.put(flag, on);
      return Map.copyOf(next);
    });
  }

  public boolean enabled(String flag) {
    return flags.get().getOrDefault(flag, false);
  }

  public interface FlagSource {
    Map<String, Boolean> fetch();
  }
}
