package dev.mapguard.analysis;

import static dev.mapguard.analysis.Models.THIS;
import static dev.mapguard.analysis.Models.id;
import static dev.mapguard.analysis.Models.seq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mapguard.model.AccessKind;
import dev.mapguard.model.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lock propagation, thread contexts and ordering across methods, on hand-built programs. */
class InterproceduralTest {

  private static AccessSite site(AnalysisResult r, AccessKind kind) {
    return r.sitesByCell().get(Models.MAP).stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  /** task -> a (synchronized) -> b -> c -> write; reader: synchronized read. */
  private static Models chain(boolean lockOnEveryPath) {
    Models m = new Models();
    Models.Body start = new Models.Body();
    m.method("start", start, seq(start.spawn(id("task"), 1)));
    Models.Body task = new Models.Body();
    m.method("task", task, seq(task.call(id("a"), 2), lockOnEveryPath ? Stmt.EMPTY : task.call(id("b"), 3)));
    Models.Body a = new Models.Body();
    m.method("a", a, new Stmt.Sync(THIS, seq(a.call(id("b"), 4))));
    Models.Body b = new Models.Body();
    m.method("b", b, seq(b.call(id("c"), 5)));
    Models.Body c = new Models.Body();
    m.method("c", c, seq(c.write(6)));
    Models.Body read = new Models.Body();
    m.method("read", read, new Stmt.Sync(THIS, seq(read.read(7))));
    return m;
  }

  @Test
  void aLockTakenThreeCallsUpGuardsTheAccess() {
    AnalysisResult r = Analysis.run(chain(true).program());
    AccessSite write = site(r, AccessKind.WRITE);
    assertThat(write.locks().locks()).containsExactly(THIS);
    assertThat(r.firstRaces(r.sitesByCell().get(Models.MAP), s -> true, s -> true, (a, b) -> true)).isEmpty();
  }

  @Test
  void oneCallPathWithoutTheLockMakesTheAccessUnguarded() {
    AnalysisResult r = Analysis.run(chain(false).program());
    AccessSite write = site(r, AccessKind.WRITE);
    assertThat(write.locks().isEmpty()).isTrue();
    List<Race> races = r.firstRaces(r.sitesByCell().get(Models.MAP), s -> s.kind() == AccessKind.WRITE, s -> true,
        (a, b) -> true);
    assertThat(races).isNotEmpty();
    TracePath path = r.trace(write, races.get(0).contextA());
    assertThat(path.root()).isNotNull();
    assertThat(path.calls()).extracting(CallGraph.Edge::callee).containsExactly(id("b"), id("c"));
  }

  @Test
  void theTaskRunsOnItsOwnThreadAndTheReaderOnTheCallingThread() {
    AnalysisResult r = Analysis.run(chain(false).program());
    ThreadContexts t = r.contexts();
    assertThat(t.roots()).hasSize(1);
    int task = t.contextOf(t.roots().get(0));
    assertThat(t.contextsOf(id("c")).get(task)).isTrue();
    assertThat(t.contextsOf(id("c")).get(ThreadContexts.MAIN)).isFalse();
    assertThat(t.contextsOf(id("read")).get(ThreadContexts.MAIN)).isTrue();
  }

  @Test
  void recursionTerminatesAndKeepsTheCallersLock() {
    Models m = new Models();
    Models.Body start = new Models.Body();
    m.method("start", start, seq(start.spawn(id("task"), 1)));
    Models.Body task = new Models.Body();
    m.method("task", task, new Stmt.Sync(THIS, seq(task.call(id("rec"), 2))));
    Models.Body rec = new Models.Body();
    m.method("rec", rec, seq(rec.write(3), new Stmt.Branch(List.of(seq(rec.call(id("rec"), 4)), Stmt.EMPTY))));
    Models.Body read = new Models.Body();
    m.method("read", read, new Stmt.Sync(THIS, seq(read.read(5))));
    AnalysisResult r = Analysis.run(m.program());
    assertThat(site(r, AccessKind.WRITE).locks().locks()).containsExactly(THIS);
  }

  @Test
  void writesBeforeTheSpawnAndReadsAfterTheJoinAreOrdered() {
    Models m = new Models();
    Models.Body main = new Models.Body();
    m.method("main", main, seq(main.write(1), main.spawn(id("task"), 2), main.join(3), main.write(4)));
    Models.Body task = new Models.Body();
    m.method("task", task, seq(task.read(5)));
    AnalysisResult r = Analysis.run(m.program());
    assertThat(r.firstRaces(r.sitesByCell().get(Models.MAP), s -> true, s -> true, (a, b) -> true)).isEmpty();
  }

  @Test
  void aSpawnInALoopRacesWithItselfAndAWriteAfterItIsNotOrdered() {
    Models m = new Models();
    Models.Body main = new Models.Body();
    m.method("main", main, seq(new Stmt.Loop(null, seq(main.spawn(id("task"), 2)))));
    Models.Body task = new Models.Body();
    m.method("task", task, seq(task.write(5)));
    AnalysisResult r = Analysis.run(m.program());
    AccessSite write = site(r, AccessKind.WRITE);
    assertThat(r.firstRaces(List.of(write), s -> true, s -> true, (a, b) -> true)).singleElement()
        .satisfies(race -> assertThat(race.a()).isSameAs(race.b()));
  }

  @Test
  void anAccessGetsItsFirstRaceThatThePairTestAccepts() {
    // a task writes; the spawning thread reads twice after starting it, with no join
    Models m = new Models();
    Models.Body start = new Models.Body();
    m.method("start", start, seq(start.spawn(id("task"), 1), start.read(2), start.read(3)));
    Models.Body task = new Models.Body();
    m.method("task", task, seq(task.write(5)));
    AnalysisResult r = Analysis.run(m.program());
    List<AccessSite> sites = r.sitesByCell().get(Models.MAP);
    AccessSite write = site(r, AccessKind.WRITE);

    assertThat(r.firstRaces(sites, s -> s == write, s -> true, (a, b) -> true)).singleElement()
        .satisfies(race -> assertThat(race.b().access().pos().line()).isEqualTo(2));
    assertThat(r.firstRaces(sites, s -> s == write, s -> true,
        (a, b) -> b.access().pos().line() != 2)).singleElement()
        .satisfies(race -> assertThat(race.b().access().pos().line()).isEqualTo(3));
    assertThat(r.firstRaces(sites, s -> s == write, s -> true, (a, b) -> false)).isEmpty();
  }

  @Test
  void constructorWritesHappenBeforeEveryThread() {
    Models m = new Models();
    Models.Body ctor = new Models.Body();
    m.method("<init>", dev.mapguard.model.MethodInfo.Kind.CONSTRUCTOR, 0, ctor, seq(ctor.write(1)));
    Models.Body start = new Models.Body();
    m.method("start", start, seq(start.spawn(id("task"), 2)));
    Models.Body task = new Models.Body();
    m.method("task", task, seq(task.read(3)));
    AnalysisResult r = Analysis.run(m.program());
    assertThat(r.firstRaces(r.sitesByCell().get(Models.MAP), s -> true, s -> true, (a, b) -> true)).isEmpty();
  }
}
