import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bug: parallelStream().forEach runs the lambda on several ForkJoin workers at once; every
 * worker puts into the same index field.
 */
public class ParallelStreamForEachIndexes {
  private final Map<String, Integer> lengthByWord = new HashMap<>();

  public void index(List<String> words) {
    words.parallelStream().forEach(w -> lengthByWord.put(w, w.length())); // expect: UnguardedMapAccess
  }
}
