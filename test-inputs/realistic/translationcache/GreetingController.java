import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Greets users in their language. */
@RestController
public class GreetingController {
  private final TranslationService translations;

  public GreetingController(TranslationService translations) {
    this.translations = translations;
  }

  @GetMapping("/greet")
  public String greet(@RequestParam("lang") String lang, @RequestParam("name") String name) {
    return translations.translate(Locale.forLanguageTag(lang), "greeting") + ", " + name;
  }

  @PostMapping("/admin/reload")
  public void reload(@RequestParam("lang") String lang) {
    translations.evict(Locale.forLanguageTag(lang));
  }
}
