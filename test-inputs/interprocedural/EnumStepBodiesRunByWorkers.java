import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: an operation runs as a chain of steps, and the steps are the constants of an enum, each
 * with a body of its own ({@code SEND_RESPONSE { void run(..) {..} }}). Worker threads run the
 * steps through the {@code Step} interface; the last step counts responses per operation in a
 * plain map that a monitoring call reads. The constants' bodies are code the workers run: a
 * call of {@code step.run(state)} reaches them. Modelled on a data grid's step engine.
 */
public class EnumStepBodiesRunByWorkers {
  interface Step {
    void run(State state);

    Step next();
  }

  static final class State {
    final String operation;
    final EnumStepBodiesRunByWorkers engine;

    State(String operation, EnumStepBodiesRunByWorkers engine) {
      this.operation = operation;
      this.engine = engine;
    }
  }

  enum UtilSteps implements Step {
    LOAD {
      @Override
      public void run(State state) {
      }

      @Override
      public Step next() {
        return SEND_RESPONSE;
      }
    },
    SEND_RESPONSE {
      @Override
      public void run(State state) {
        ResponseUtil.sendResponse(state);
      }

      @Override
      public Step next() {
        return null;
      }
    }
  }

  static final class ResponseUtil {
    static void sendResponse(State state) {
      state.engine.responses.merge(state.operation, 1, Integer::sum); // expect: UnguardedMapAccess "Path: lambda@65 -> run(..) -> sendResponse(..)"
    }
  }

  private final Map<String, Integer> responses = new HashMap<>();
  private final ExecutorService workers = Executors.newFixedThreadPool(4);

  public void execute(String operation) {
    State state = new State(operation, this);
    workers.submit(() -> {
      for (Step step = UtilSteps.LOAD; step != null; step = step.next()) {
        step.run(state);
      }
    });
  }

  public int responsesOf(String operation) {
    return responses.getOrDefault(operation, 0); // expect: UnguardedMapAccess
  }
}
