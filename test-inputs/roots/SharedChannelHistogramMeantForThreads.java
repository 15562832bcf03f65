import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the twin of traps/EachLoopKeepsItsOwnHistogram where the reader loop and the reporter are
 * given one Channel, so the reader thread merges into the HashMap the reporter's pool iterates.
 * The Histogram says it is meant for several threads (its reset time is volatile), so its map is
 * checked wherever MapGuard cannot tell its objects apart.
 */
public class SharedChannelHistogramMeantForThreads {
  public static final class Histogram {
    private final Map<Long, Long> buckets = new HashMap<>();
    private volatile long resetAt = System.nanoTime();

    public void record(long micros) {
      buckets.merge(Long.highestOneBit(micros), 1L, Long::sum); // expect: UnguardedMapAccess
    }

    public long count() {
      long n = 0;
      for (long c : buckets.values()) n += c; // expect: UnguardedMapAccess
      return n;
    }

    public long resetAt() {
      return resetAt;
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
    private final Channel channel;

    public ReaderLoop(Channel channel) {
      this.channel = channel;
    }

    public void start() {
      Thread t = new Thread(() -> {
        for (long i = 1; i < 1_000; i++) channel.onReply(i);
      }, "reader");
      t.start();
    }
  }

  public static final class Reporter {
    private final Channel channel;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    public Reporter(Channel channel) {
      this.channel = channel;
    }

    public void report() {
      pool.execute(() -> System.out.println(channel.replies()));
    }
  }
}
