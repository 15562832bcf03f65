import java.util.Map;
import java.util.TreeMap;

/** Bug: a Thread subclass writes scores while the game loop reads the top entry. */
public class Leaderboard {
  static final Map<Integer, String> SCORES = new TreeMap<>();

  static class Collector extends Thread {
    @Override
    public void run() {
      for (int i = 0; i < 100; i++) {
        SCORES.put(i, "player" + i); // expect: UnguardedMapAccess
      }
    }
  }

  public static void main(String[] args) {
    new Collector().start();
    while (true) {
      if (!SCORES.isEmpty()) { // expect: UnguardedMapAccess
        System.out.println(((TreeMap<Integer, String>) SCORES).lastEntry()); // expect: UnguardedMapAccess
      }
    }
  }
}
