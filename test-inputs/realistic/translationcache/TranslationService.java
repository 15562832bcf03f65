import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Bug (multi-file): a singleton service lazily loads message bundles per locale into a HashMap of
 * HashMaps with computeIfAbsent; request threads (through the controller) call it concurrently.
 */
@Service
public class TranslationService {
  private final Map<Locale, Map<String, String>> bundles = new HashMap<>();
  private final BundleLoader loader;

  public TranslationService(BundleLoader loader) {
    this.loader = loader;
  }

  public String translate(Locale locale, String key) {
    Map<String, String> bundle = bundles.computeIfAbsent(locale, loader::load); // expect: UnguardedMapAccess
    return bundle.getOrDefault(key, key);
  }

  public void evict(Locale locale) {
    bundles.remove(locale); // expect: UnguardedMapAccess
  }

  public interface BundleLoader {
    Map<String, String> load(Locale locale);
  }
}
