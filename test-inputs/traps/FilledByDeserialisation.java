import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Trap: the inbound thread decodes each message into a new Settings: the codec makes the object
 * with its factory and fills it through readExternal, and only then is it published through a
 * volatile field. Deserialisation fills an object nobody else holds yet, as a constructor does, so
 * the puts in readExternal never meet the client's reads of a published Settings.
 */
public class FilledByDeserialisation {
  public static final class Settings implements Externalizable {
    private final Map<String, String> values = new HashMap<>();

    public Settings() {}

    public String get(String key) {
      return values.get(key);
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
      out.writeInt(values.size());
      for (Map.Entry<String, String> e : values.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        values.put(in.readUTF(), in.readUTF());
      }
    }
  }

  public static final class Codec {
    private final Supplier<Settings> factory;

    public Codec(Supplier<Settings> factory) {
      this.factory = factory;
    }

    public Settings read(ObjectInput in) throws IOException, ClassNotFoundException {
      Settings value = factory.get();
      value.readExternal(in);
      return value;
    }
  }

  public static final class SettingsReceiver {
    private final ExecutorService inbound = Executors.newSingleThreadExecutor();
    private final Codec codec = new Codec(Settings::new);
    private volatile Settings current = new Settings();

    public void onMessage(ObjectInput in) {
      inbound.execute(() -> {
        try {
          current = codec.read(in);
        } catch (IOException | ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      });
    }

    public String setting(String key) {
      return current.get(key);
    }
  }
}
