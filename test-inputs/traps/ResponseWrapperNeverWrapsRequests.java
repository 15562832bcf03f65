import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: an exchange keeps its request wrappers and its response wrappers in two lists typed by
 * one generic interface, {@code Wrapper<Source>} and {@code Wrapper<Sink>}. The worker task only
 * ever wraps the request channel, so it runs the request wrappers; the response wrapper that
 * records committed headers in a plain map (and is read by the caller) implements
 * {@code Wrapper<Sink>} and cannot be in a list of {@code Wrapper<Source>}. Modelled on a web
 * server's conduit wrappers.
 */
public class ResponseWrapperNeverWrapsRequests {
  interface Source {}

  interface Sink {}

  interface Wrapper<T> {
    T wrap(T channel);
  }

  static final class GzipRequestWrapper implements Wrapper<Source> {
    @Override
    public Source wrap(Source channel) {
      return channel;
    }
  }

  static final class CommitHeadersWrapper implements Wrapper<Sink> {
    final Map<String, String> committed = new HashMap<>();

    @Override
    public Sink wrap(Sink channel) {
      committed.put("Content-Encoding", "gzip");
      return channel;
    }
  }

  private final List<Wrapper<Source>> requestWrappers = new ArrayList<>();
  private final CommitHeadersWrapper headers = new CommitHeadersWrapper();
  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  public ResponseWrapperNeverWrapsRequests() {
    requestWrappers.add(new GzipRequestWrapper());
  }

  public void readRequest(Source channel) {
    worker.execute(() -> {
      Source wrapped = channel;
      for (Wrapper<Source> w : requestWrappers) {
        wrapped = w.wrap(wrapped);
      }
    });
  }

  public Sink commit(Sink channel) {
    return headers.wrap(channel);
  }

  public String encoding() {
    return headers.committed.get("Content-Encoding");
  }
}
