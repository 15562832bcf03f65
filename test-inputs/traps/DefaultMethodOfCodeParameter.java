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
 * Trap: Codecs.readList calls read(..), a default method of the program's functional interface
 * ValueReader that only wraps readEx's IOException. It runs the reader its caller passes: the
 * decoder threads pass DataInput::readUTF, never an InterningReader, whose plain HashMap cache
 * would not survive four threads. The call of readEx on this runs the caller's code, not every
 * ValueReader.
 */
public class DefaultMethodOfCodeParameter {
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
      return interned.computeIfAbsent(in.readUTF(), k -> k);
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

    public void onFrame(DataInput in) {
      inbound.execute(() -> {
        try {
          System.out.println(Codecs.readList(in, DataInput::readUTF));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
