import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;
import javax.annotation.concurrent.ThreadSafe;

/**
 * Trap: writes under StampedLock.writeLock()/unlockWrite(stamp), reads under
 * readLock()/unlockRead(stamp).
 */
@ThreadSafe
public class StampedLockReadAndWrite {
  private final Map<String, double[]> positions = new HashMap<>();
  private final StampedLock sl = new StampedLock();

  public void move(String vehicle, double x, double y) {
    long stamp = sl.writeLock();
    try {
      positions.put(vehicle, new double[] {x, y});
    } finally {
      sl.unlockWrite(stamp);
    }
  }

  public double[] position(String vehicle) {
    long stamp = sl.readLock();
    try {
      return positions.get(vehicle);
    } finally {
      sl.unlockRead(stamp);
    }
  }
}
