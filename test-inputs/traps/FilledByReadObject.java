import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: Java serialisation calls the private readObject on a new CounterSnapshot before it returns
 * the object to anyone, as a constructor would run: its puts happen before the snapshot can start
 * its flusher, so they never meet the flusher's iteration.
 */
public class FilledByReadObject {
  public static final class CounterSnapshot implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient Map<String, Long> counts = new HashMap<>();
    private transient ExecutorService flusher;

    public void startFlushing() {
      flusher = Executors.newSingleThreadExecutor();
      flusher.execute(() -> counts.forEach((k, v) -> System.out.println(k + "=" + v)));
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      out.writeInt(counts.size());
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeLong(e.getValue());
      }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      counts = new HashMap<>();
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        counts.put(in.readUTF(), in.readLong());
      }
    }
  }
}
