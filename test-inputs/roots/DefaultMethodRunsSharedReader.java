import java.io.DataInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the twin of traps/DefaultMethodOfCodeParameter whose decoder threads pass their one
 * InterningReader to Codecs.readList: the default read(..) runs its readEx on every decoder thread
 * at once, and the interning cache is a plain HashMap.
 */
public class DefaultMethodRunsSharedReader {
  @FunctionalInterface
  public interface ValueReader<T> {
    T readEx(DataInput in) throws IOException;

    default T read(DataInput in) {
      try {
        return readEx(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static final class InterningReader implements ValueReader<String> {
    private final Map<String, String> interned = new HashMap<>();

    @Override
    public String readEx(DataInput in) throws IOException {
      return interned.computeIfAbsent(in.readUTF(), k -> k); // expect: UnguardedMapAccess
    }
  }

  public static final class Codecs {
    private Codecs() {}

    public static <T> List<T> readList(DataInput in, ValueReader<T> reader) throws IOException {
      int n = in.readInt();
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) out.add(reader.read(in));
      return out;
    }
  }

  public static final class Decoder {
    private final ExecutorService inbound = Executors.newFixedThreadPool(4);
    private final InterningReader names = new InterningReader();

    public void onFrame(DataInput in) {
      inbound.execute(() -> {
        try {
          System.out.println(Codecs.readList(in, names));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
