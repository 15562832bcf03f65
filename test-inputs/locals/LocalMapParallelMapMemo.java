import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bug: a local memo map used inside .parallel().map(...): the mapper runs on several workers.
 */
public class LocalMapParallelMapMemo {
  public List<String> normalize(List<String> emails) {
    Map<String, String> seen = new HashMap<>();
    return emails.stream()
        .parallel()
        .map(e -> seen.computeIfAbsent(e, x -> x.trim().toLowerCase())) // expect: UnguardedMapAccess
        .collect(Collectors.toList());
  }
}
