import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: the service keeps one planner and reuses it for every job, so the stages of jobs planned
 * at once on pool threads add vertices to the same graph through {@code planner.graph.vertex(..)}.
 * The twin of {@code traps/PipelinePlannerBuildsItsOwnGraph}, which makes a planner per job.
 */
public class PipelinePlannerReusedAcrossJobs {
  static final class Graph {
    private final Map<String, List<String>> edges = new HashMap<>();

    void vertex(String name) {
      if (edges.containsKey(name)) throw new IllegalArgumentException("duplicate vertex " + name); // expect: UnguardedMapAccess
      edges.put(name, new ArrayList<>()); // expect: UnguardedMapAccess "Path: lambda@75 -> toGraph(..) -> plan(..) -> addToGraph(..) -> vertex(..)"
    }

    void edge(String from, String to) {
      edges.get(from).add(to); // expect: UnguardedMapAccess
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
  private final Planner planner = new Planner();

  public void submit(List<Stage> stages) {
    planners.submit(() -> toGraph(stages));
  }

  public Graph toGraph(List<Stage> stages) {
    return planner.plan(stages);
  }
}
