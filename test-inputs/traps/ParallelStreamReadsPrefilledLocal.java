import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Trap: the lookup map is filled before the parallel stream starts and only read inside it;
 * the caller writes again after the terminal operation returned.
 */
public class ParallelStreamReadsPrefilledLocal {
  public List<String> translate(List<String> codes, List<String[]> pairs) {
    Map<String, String> names = new HashMap<>();
    for (String[] p : pairs) {
      names.put(p[0], p[1]);
    }
    List<String> out = codes.parallelStream()
        .map(c -> names.getOrDefault(c, c))
        .collect(Collectors.toList());
    names.clear();
    return out;
  }
}
