import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Uses a flag on every request. */
@RestController
public class CheckoutController {
  private final FeatureFlags flags;

  public CheckoutController(FeatureFlags flags) {
    this.flags = flags;
  }

  @GetMapping("/checkout")
  public String checkout() {
    return flags.isOn("new-checkout") ? "v2" : "v1";
  }
}
