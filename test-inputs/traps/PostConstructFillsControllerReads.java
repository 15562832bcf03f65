import java.util.HashMap;
import java.util.Map;
import javax.annotation.PostConstruct;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trap: @PostConstruct runs once after construction, before the controller receives requests;
 * it fills the country table and the handlers only read it.
 */
@RestController
public class PostConstructFillsControllerReads {
  private final Map<String, String> countryByCode = new HashMap<>();

  @PostConstruct
  void loadCountries() {
    countryByCode.put("DE", "Germany");
    countryByCode.put("FR", "France");
    countryByCode.put("JP", "Japan");
  }

  @GetMapping("/countries/name")
  public String name(@RequestParam("code") String code) {
    return countryByCode.getOrDefault(code, "unknown");
  }

  @GetMapping("/countries/count")
  public int count() {
    return countryByCode.size();
  }
}
