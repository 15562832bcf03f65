package dev.mapguard.analysis;

import static dev.mapguard.analysis.Models.id;
import static dev.mapguard.analysis.Models.pos;
import static dev.mapguard.analysis.Models.seq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mapguard.model.AccessKind;
import dev.mapguard.model.Event;
import dev.mapguard.model.Program;
import dev.mapguard.model.TaskRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceTest {

  /** start spawns task; task calls log (nothing below it) and write, which writes the map. */
  private static Models spawnedWriter() {
    Models m = new Models();
    Models.Body start = new Models.Body();
    m.method("start", start, seq(start.spawn(id("task"), 1)));
    Models.Body task = new Models.Body();
    m.method("task", task, seq(task.call(id("log"), 2), task.call(id("write"), 3)));
    Models.Body log = new Models.Body();
    m.method("log", log, seq(log.call(id("format"), 4)));
    Models.Body format = new Models.Body();
    m.method("format", format, seq());
    Models.Body write = new Models.Body();
    m.method("write", write, seq(write.write(5)));
    Models.Body read = new Models.Body();
    m.method("read", read, seq(read.read(6)));
    return m;
  }

  @Test
  void methodsThroughWhichNothingIsReachedAreLeftOut() {
    Program kept = Relevance.of(spawnedWriter().program());
    assertThat(kept.methods().keySet())
        .containsExactly(id("read"), id("start"), id("task"), id("write"));
  }

  @Test
  void leavingThemOutKeepsTheRaceAndItsTrace() {
    AnalysisResult r = Analysis.run(spawnedWriter().program());
    AccessSite write = r.sitesByCell().get(Models.MAP).stream()
        .filter(s -> s.kind() == AccessKind.WRITE).findFirst().orElseThrow();
    List<Race> races = r.firstRaces(r.sitesByCell().get(Models.MAP),
        s -> s.kind() == AccessKind.WRITE, s -> true, (a, b) -> true);
    assertThat(races).isNotEmpty();
    assertThat(r.trace(write, races.get(0).contextA()).calls())
        .extracting(CallGraph.Edge::callee).containsExactly(id("write"));
  }

  @Test
  void aMethodGivenCodeIsKeptThoughItDoesNothingWithItHere() {
    // register(() -> ...) may store the code in a field that a thread runs later: what the
    // parameter receives is read at register's callers, so register must stay a call target
    Models m = new Models();
    Models.Body main = new Models.Body();
    m.method("main", main, seq(main.event(new Event.Call(id("register"), false,
        Event.Receiver.THIS, List.of(),
        List.of(new Event.TaskArg(0, List.of(new TaskRef.Method(id("callback"))))), pos(1)))));
    Models.Body register = new Models.Body();
    m.method("register", register, seq());
    Models.Body callback = new Models.Body();
    m.method("callback", callback, seq(callback.call(id("idle"), 2)));
    Models.Body idle = new Models.Body();
    m.method("idle", idle, seq());
    Program kept = Relevance.of(m.program());
    assertThat(kept.methods().keySet())
        .containsExactly(id("callback"), id("main"), id("register"));
  }

  @Test
  void theMethodALambdaIsWrittenInIsKept() {
    // whether a spawn was made inside a method (and can share its locals) is read by walking out
    // from the spawning lambda through the methods it is written in
    Models m = new Models();
    Models.Body outer = new Models.Body();
    m.method("outer", outer, seq());
    Models.Body lambda = new Models.Body();
    m.lambda("outer$lambda", "outer", lambda, seq(lambda.spawn(id("task"), 1)));
    Models.Body task = new Models.Body();
    m.method("task", task, seq(task.write(2)));
    Program kept = Relevance.of(m.program());
    assertThat(kept.methods().keySet())
        .containsExactlyInAnyOrder(id("outer"), id("outer$lambda"), id("task"));
  }

  @Test
  void aProgramWhoseMethodsAllMatterIsReturnedAsItIs() {
    Models m = new Models();
    Models.Body read = new Models.Body();
    m.method("read", read, seq(read.read(1)));
    Program p = m.program();
    assertThat(Relevance.of(p)).isSameAs(p);
  }
}
