import java.util.HashMap;
import java.util.Map;

/**
 * Trap: the map is filled before the thread starts and read after join(); the thread only reads.
 * Thread.start() and join() order every access.
 */
public class FilledBeforeStartReadAfterJoin {
  public static void main(String[] args) throws InterruptedException {
    Map<String, Integer> sizes = new HashMap<>();
    sizes.put("a", 1);
    sizes.put("b", 2);
    int[] sum = new int[1];
    Thread t = new Thread(() -> sum[0] = sizes.get("a") + sizes.get("b"));
    t.start();
    t.join();
    sizes.put("c", sum[0]);
    System.out.println(sizes);
  }
}
