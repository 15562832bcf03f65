import java.util.List;

/** Remote flag service client. */
public interface FlagClient {
  List<String> names();

  boolean isOn(String name);
}
