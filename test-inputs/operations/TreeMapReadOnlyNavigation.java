import java.util.Map;
import java.util.TreeMap;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Trap: a TreeMap filled in the constructor and afterwards only navigated (floorEntry,
 * ceilingKey, headMap iteration). Concurrent reads of a TreeMap do not conflict.
 */
@ThreadSafe
public class TreeMapReadOnlyNavigation {
  private final TreeMap<Integer, String> gradeFloor = new TreeMap<>();

  public TreeMapReadOnlyNavigation() {
    gradeFloor.put(0, "F");
    gradeFloor.put(50, "D");
    gradeFloor.put(65, "C");
    gradeFloor.put(80, "B");
    gradeFloor.put(90, "A");
  }

  public String grade(int score) {
    Map.Entry<Integer, String> e = gradeFloor.floorEntry(score);
    return e == null ? "?" : e.getValue();
  }

  public Integer nextThreshold(int score) {
    return gradeFloor.ceilingKey(score + 1);
  }

  public int gradesBelow(int score) {
    int n = 0;
    for (String g : gradeFloor.headMap(score).values()) {
      n += g.length();
    }
    return n;
  }
}
