import java.util.Map;
import java.util.TreeMap;

/**
 * Bug: two threads started one after the other both write the same local TreeMap; they run at the
 * same time as each other (the join comes after both started).
 */
public class LocalMapTwoThreadsWrite {
  public TreeMap<Long, String> mergeLogs(Iterable<String> appLog, Iterable<String> dbLog)
      throws InterruptedException {
    TreeMap<Long, String> timeline = new TreeMap<>();
    Thread app = new Thread(() -> {
      for (String line : appLog) {
        timeline.put(Long.parseLong(line.substring(0, 13)), line); // expect: UnguardedMapAccess
      }
    });
    Thread db = new Thread(() -> {
      for (String line : dbLog) {
        timeline.put(Long.parseLong(line.substring(0, 13)), "db " + line); // expect: UnguardedMapAccess
      }
    });
    app.start();
    db.start();
    app.join();
    db.join();
    Map.Entry<Long, String> first = timeline.firstEntry();
    System.out.println("first: " + first);
    return timeline;
  }
}
