import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: turning a pipeline into a job graph makes a planner per call, and the planner makes the
 * graph it fills ({@code final Graph graph = new Graph()}). Each stage adds its vertices and edges
 * through the planner it is handed ({@code planner.graph.vertex(..)}). Jobs are planned on pool
 * threads at once, but every plan fills a graph of its own that nobody else sees until it is
 * returned. Modelled on a stream-processing engine's pipeline planner.
 */
public class PipelinePlannerBuildsItsOwnGraph {
  static final class Graph {
    private final Map<String, List<String>> edges = new HashMap<>();

    void vertex(String name) {
      if (edges.containsKey(name)) throw new IllegalArgumentException("duplicate vertex " + name);
      edges.put(name, new ArrayList<>());
    }

    void edge(String from, String to) {
      edges.get(from).add(to);
    }
  }

  interface Stage {
    void addToGraph(Planner planner);
  }

  static final class Source implements Stage {
    final String name;

    Source(String name) {
      this.name = name;
    }

    @Override
    public void addToGraph(Planner planner) {
      planner.graph.vertex(name);
    }
  }

  static final class Map1 implements Stage {
    final String upstream;
    final String name;

    Map1(String upstream, String name) {
      this.upstream = upstream;
      this.name = name;
    }

    @Override
    public void addToGraph(Planner planner) {
      planner.graph.vertex(name);
      planner.graph.edge(upstream, name);
    }
  }

  static final class Planner {
    final Graph graph = new Graph();

    Graph plan(List<Stage> stages) {
      for (Stage s : stages) {
        s.addToGraph(this);
      }
      return graph;
    }
  }

  private final ExecutorService planners = Executors.newFixedThreadPool(4);

  public void submit(List<Stage> stages) {
    planners.submit(() -> toGraph(stages));
  }

  public Graph toGraph(List<Stage> stages) {
    Planner planner = new Planner();
    return planner.plan(stages);
  }
}
