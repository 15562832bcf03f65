import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: two event loops each make their own Channel, and each Channel its own latency Histogram (a
 * plain HashMap of buckets, no lock). The reader loop's thread records into its channel's
 * histogram, the reporter's pool reads its own channel's: the two threads never touch the same
 * histogram. A checker that takes every Histogram for one object pairs the reader's merge with the
 * reporter's iteration. Histogram shows no sign of being shared (no lock, no volatile or
 * concurrent field, no thread runs its code, no threaded object holds one directly).
 */
public class EachLoopKeepsItsOwnHistogram {
  public static final class Histogram {
    private final Map<Long, Long> buckets = new HashMap<>();

    public void record(long micros) {
      buckets.merge(Long.highestOneBit(micros), 1L, Long::sum);
    }

    public long count() {
      long n = 0;
      for (long c : buckets.values()) n += c;
      return n;
    }
  }

  public static final class Channel {
    private final Histogram latency = new Histogram();

    void onReply(long micros) {
      latency.record(micros);
    }

    long replies() {
      return latency.count();
    }
  }

  public static final class ReaderLoop {
    private final Channel channel = new Channel();

    public void start() {
      Thread t = new Thread(() -> {
        for (long i = 1; i < 1_000; i++) channel.onReply(i);
      }, "reader");
      t.start();
    }
  }

  public static final class Reporter {
    private final Channel channel = new Channel();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    public void report() {
      pool.execute(() -> System.out.println(channel.replies()));
    }
  }
}
