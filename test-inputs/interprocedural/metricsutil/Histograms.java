import java.util.Map;

/** Bucketing helpers shared by the metrics classes. */
public final class Histograms {
  private Histograms() {}

  public static void record(Map<Long, Integer> buckets, long nanos) {
    long bucket = Long.highestOneBit(Math.max(1, nanos / 1_000_000));
    add(buckets, bucket);
  }

  private static void add(Map<Long, Integer> buckets, long bucket) {
    buckets.merge(bucket, 1, Integer::sum); // expect: UnguardedMapAccess
  }
}
