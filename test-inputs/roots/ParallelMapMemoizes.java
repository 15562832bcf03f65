import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bug: a memo cache used inside .parallel().map(...): the mapper runs on several workers at once
 * and computeIfAbsent writes the shared HashMap.
 */
public class ParallelMapMemoizes {
  private final Map<Integer, Long> factorials = new HashMap<>();

  public List<Long> factorialsOf(List<Integer> inputs) {
    return inputs.stream()
        .parallel()
        .map(n -> factorials.computeIfAbsent(n, ParallelMapMemoizes::slowFactorial)) // expect: UnguardedMapAccess
        .collect(Collectors.toList());
  }

  private static long slowFactorial(int n) {
    long r = 1;
    for (int i = 2; i <= n; i++) {
      r *= i;
    }
    return r;
  }
}
