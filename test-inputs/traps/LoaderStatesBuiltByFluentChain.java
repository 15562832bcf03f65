import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: each key loader describes its legal state changes with a small state machine, built by a
 * fluent chain ({@code StateMachine.of(..).withTransition(..).withTransition(..)}, every step
 * returning the machine itself) while the loader is made, and kept in a final field. The loaders
 * are then shared through a concurrent registry and stepped by a pool of loading threads, which
 * only read the transition table. The table is filled before anyone else can see the machine.
 * Modelled on a data grid's map key loader.
 */
public class LoaderStatesBuiltByFluentChain {
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
      transitions.put(from, EnumSet.of(to, more));
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
        .withTransition(State.LOADING, State.LOADED, State.FAILED)
        .withTransition(State.FAILED, State.LOADING);

    void load() {
      state.next(State.LOADING);
      state.next(State.LOADED);
    }
  }

  private final Map<String, KeyLoader> loaders = new ConcurrentHashMap<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  public void loadAll(Iterable<String> mapNames) {
    for (String name : mapNames) {
      KeyLoader loader = loaders.computeIfAbsent(name, n -> new KeyLoader());
      pool.submit(loader::load);
    }
  }
}
