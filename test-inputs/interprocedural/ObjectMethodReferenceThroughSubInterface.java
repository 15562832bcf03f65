import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: a pool thread runs {@code label::toString}, a method reference to the {@code toString()}
 * that {@code Printable}, a superinterface of {@code Label}, declares; the implementation caches
 * rendered text in a plain HashMap that the caller's thread clears. As for a call
 * ({@code ObjectMethodThroughSubInterface}), javac up to Java 17 names {@code Object.toString} and
 * Java 18 on the interface's declaration: MapGuard must follow the reference either way.
 */
public class ObjectMethodReferenceThroughSubInterface {
  interface Printable {
    @Override
    String toString();
  }

  interface Label extends Printable {
    String key();
  }

  static final class CachedLabel implements Label {
    private static final Map<String, String> RENDERED = new HashMap<>();
    private final String key;

    CachedLabel(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }

    @Override
    public String toString() {
      return RENDERED.computeIfAbsent(key, k -> "[" + k + "]"); // expect: UnguardedMapAccess
    }

    static void forget() {
      RENDERED.clear(); // expect: UnguardedMapAccess
    }
  }

  private final ExecutorService renderer = Executors.newSingleThreadExecutor();

  public void render(Label label) {
    renderer.submit(label::toString);
  }

  public void reset() {
    CachedLabel.forget();
  }
}
