import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the twin of traps/FilledByDeserialisation whose inbound thread, besides decoding new
 * Settings, applies overrides to the Settings already published: override() is no deserialisation
 * callback, and it writes the map clients are reading.
 */
public class PublishedObjectChangedAfterDeserialisation {
  public static final class Settings implements Externalizable {
    private final Map<String, String> values = new HashMap<>();

    public Settings() {}

    public String get(String key) {
      return values.get(key); // expect: UnguardedMapAccess
    }

    void override(String key, String value) {
      values.put(key, value); // expect: UnguardedMapAccess
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
      out.writeInt(values.size());
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        values.put(in.readUTF(), in.readUTF());
      }
    }
  }

  public static final class SettingsReceiver {
    private final ExecutorService inbound = Executors.newSingleThreadExecutor();
    private volatile Settings current = new Settings();

    public void onOverride(String key, String value) {
      inbound.execute(() -> current.override(key, value));
    }

    public String setting(String key) {
      return current.get(key);
    }
  }
}
