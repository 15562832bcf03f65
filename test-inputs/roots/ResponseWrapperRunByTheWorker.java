import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the worker task commits the response, running the response wrappers typed
 * {@code Wrapper<Sink>}; one of them records committed headers in a plain map that the caller
 * reads. (The twin of traps/ResponseWrapperNeverWrapsRequests, where the worker only runs the
 * request wrappers.)
 */
public class ResponseWrapperRunByTheWorker {
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
      committed.put("Content-Encoding", "gzip"); // expect: UnguardedMapAccess
      return channel;
    }
  }

  private final List<Wrapper<Sink>> responseWrappers = new ArrayList<>();
  private final CommitHeadersWrapper headers = new CommitHeadersWrapper();
  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  public ResponseWrapperRunByTheWorker() {
    responseWrappers.add(headers);
  }

  public void commitLater(Sink channel) {
    worker.execute(() -> {
      Sink wrapped = channel;
      for (Wrapper<Sink> w : responseWrappers) {
        wrapped = w.wrap(wrapped);
      }
    });
  }

  public String encoding() {
    return headers.committed.get("Content-Encoding"); // expect: UnguardedMapAccess
  }
}
