import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: {@code doc.hashCode()} is called on a pool thread through {@code Document}, a sub-interface
 * of the interface that declares {@code hashCode()}; the implementation memoises digests in a
 * plain HashMap that the caller's thread reads. javac up to Java 17 names {@code Object.hashCode}
 * for that call and Java 18 on the interface's declaration: MapGuard must follow it to the
 * implementation either way. Trap: the twin takes the same lock on both sides.
 */
public class ObjectMethodThroughSubInterface {
  interface Fingerprinted {
    /** Equal documents have equal fingerprints. */
    @Override
    int hashCode();
  }

  interface Document extends Fingerprinted {
    String text();
  }

  static final class MemoisedDocument implements Document {
    private static final Map<String, Integer> DIGESTS = new HashMap<>();
    private final String text;

    MemoisedDocument(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public int hashCode() {
      Integer known = DIGESTS.get(text);
      if (known == null) {
        known = text.hashCode();
        DIGESTS.put(text, known); // expect: UnguardedMapAccess
      }
      return known;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MemoisedDocument d && d.text.equals(text);
    }

    static int digestsKnown() {
      return DIGESTS.size(); // expect: UnguardedMapAccess
    }
  }

  static final class LockedDocument implements Document {
    private static final Object LOCK = new Object();
    private static final Map<String, Integer> DIGESTS = new HashMap<>();
    private final String text;

    LockedDocument(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public int hashCode() {
      synchronized (LOCK) {
        return DIGESTS.computeIfAbsent(text, String::hashCode);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LockedDocument d && d.text.equals(text);
    }

    static int digestsKnown() {
      synchronized (LOCK) {
        return DIGESTS.size();
      }
    }
  }

  private final ExecutorService indexer = Executors.newSingleThreadExecutor();

  public void index(Document doc) {
    indexer.submit(() -> doc.hashCode());
  }

  public int known() {
    return MemoisedDocument.digestsKnown() + LockedDocument.digestsKnown();
  }
}
