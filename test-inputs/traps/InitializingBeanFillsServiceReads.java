import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;

/**
 * Trap: Spring calls afterPropertiesSet() once, before the bean is handed out; it fills the
 * tax-rate table and the service methods only read it.
 */
@Service
public class InitializingBeanFillsServiceReads implements InitializingBean {
  private final TreeMap<Integer, Double> rateFromIncome = new TreeMap<>();

  @Override
  public void afterPropertiesSet() {
    rateFromIncome.put(0, 0.0);
    rateFromIncome.put(10_000, 0.14);
    rateFromIncome.put(60_000, 0.42);
  }

  public double rateFor(int income) {
    Map.Entry<Integer, Double> bracket = rateFromIncome.floorEntry(income);
    return bracket == null ? 0.0 : bracket.getValue();
  }
}
