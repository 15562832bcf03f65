import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the key loaders' state machines are built by a fluent chain as each loader is made, but a
 * client can later allow retries on a loader that the loading threads are already stepping: the
 * new transition goes into the plain transition table while a loading thread reads it. (The twin of
 * traps/LoaderStatesBuiltByFluentChain, where the table is only filled by the chain that builds it.)
 */
public class LoaderStatesExtendedAfterPublication {
  enum State { NOT_LOADED, LOADING, LOADED, FAILED }

  static final class StateMachine {
    private final Map<State, Set<State>> transitions = new HashMap<>();
    private State current;

    private StateMachine(State initial) {
      current = initial;
    }

    static StateMachine of(State initial) {
      return new StateMachine(initial);
    }

    StateMachine withTransition(State from, State to, State... more) {
      transitions.put(from, EnumSet.of(to, more)); // expect: UnguardedMapAccess
      return this;
    }

    synchronized void next(State to) {
      Set<State> allowed = transitions.get(current);
      if (allowed == null || !allowed.contains(to)) {
        throw new IllegalStateException(current + " -> " + to);
      }
      current = to;
    }
  }

  static final class KeyLoader {
    private final StateMachine state = StateMachine.of(State.NOT_LOADED)
        .withTransition(State.NOT_LOADED, State.LOADING)
        .withTransition(State.LOADING, State.LOADED, State.FAILED);

    void allowRetries() {
      state.withTransition(State.FAILED, State.LOADING);
    }

    void load() {
      state.next(State.LOADING);
      state.next(State.LOADED);
    }
  }

  private final Map<String, KeyLoader> loaders = new ConcurrentHashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void allowRetries(String mapName) {
    KeyLoader loader = loaders.get(mapName);
    if (loader != null) loader.allowRetries();
  }

  public void loadAll(Iterable<String> mapNames) {
    for (String name : mapNames) {
      KeyLoader loader = loaders.computeIfAbsent(name, n -> new KeyLoader());
      pool.submit(loader::load);
    }
  }
}
