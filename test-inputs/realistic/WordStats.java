import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bug: parallel stream writes into a captured HashMap. */
public class WordStats {
  public Map<String, Integer> count(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    words.parallelStream().forEach(w -> counts.merge(w, 1, Integer::sum)); // expect: UnguardedMapAccess
    return counts;
  }
}
