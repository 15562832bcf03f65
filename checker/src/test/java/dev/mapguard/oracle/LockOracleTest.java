package dev.mapguard.oracle;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mapguard.analysis.GuardInference;
import dev.mapguard.annotate.Annotator;
import dev.mapguard.annotate.Flavour;
import dev.mapguard.annotate.Insertion;
import dev.mapguard.annotate.TestInputs;
import dev.mapguard.harness.ScenarioCompiler;
import dev.mapguard.harness.TestDirs;
import dev.mapguard.oracle.OracleCompiler.Checker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The oracle for inferred guards: every safe scenario of test-inputs/ for which MapGuard infers a
 * guard is annotated by {@code annotate} (Checker Framework flavour for the Lock Checker, Error
 * Prone flavour for Error Prone's GuardedBy check) and compiled with that checker. No lock
 * discipline error may appear, except where a checker's rule is stricter than the locking the
 * code needs: those are listed below, each with its reason, and each must still occur (a stale
 * entry fails too).
 */
class LockOracleTest {

  /** An error a checker reports on correctly locked code, and why that is the checker's rule, not a wrong guard. */
  record Allowance(Checker checker, String scenario, String key, Pattern message, String reason) {
    boolean covers(Checker c, String scenarioName, OracleCompiler.Error e) {
      return c == checker && (scenario == null || scenario.equals(scenarioName))
          && e.message().contains("[" + key + "]") && message.matcher(e.message()).find();
    }
  }

  /** Rules of a checker that reject correctly locked code wherever it appears. */
  static final List<Allowance> EVERYWHERE = List.of(
      new Allowance(Checker.CHECKER_FRAMEWORK, null, "method.invocation",
          Pattern.compile("not allowed on the given receiver[.\\s]*found\\s*: @GuardedBy\\(\"[^\"]+\"\\) \\w*Map<"),
          "The Checker Framework's annotated JDK marks the receivers of Map's original methods (get, put,"
              + " size, ...) @GuardSatisfied, but not those of the default methods added in Java 8"
              + " (getOrDefault, merge, compute...) nor NavigableMap's (lastEntry...), so calling them on"
              + " a guarded map is rejected whether the lock is held or not (a missing lock is"
              + " lock.not.held, which stays an error)."),
      new Allowance(Checker.CHECKER_FRAMEWORK, null, "argument",
          Pattern.compile("found\\s*: @GuardedBy\\(\"[^\"]+\"\\) \\w*Map<"),
          "The Lock Checker lets a guarded map be passed as an argument only to a parameter declared"
              + " @GuardSatisfied (or with the same guard), even while the lock is held: a JDK copy"
              + " constructor (new HashMap<>(map)), or a helper taking the map as a Map parameter."
              + " annotate writes field and method annotations, not parameter types."),
      new Allowance(Checker.CHECKER_FRAMEWORK, null, "method.guarantee.violated",
          Pattern.compile("calls unlock which is @MayReleaseLocks"),
          "Lock.unlock() is @MayReleaseLocks and the Lock Checker requires every method calling it to be"
              + " @MayReleaseLocks, even one that releases only the lock it took itself. annotate does not"
              + " write @MayReleaseLocks: it would tell every caller that its own locks may be gone."));

  private static final String NOT_DETERMINISTIC = "The Lock Checker accepts a method call as a lock"
      + " expression only when the method is @Deterministic or @Pure; monitor() returns a final field"
      + " but is not annotated so.";

  private static final String AUTO_LOCK = "Jetty's AutoLock.lock() takes the lock and the"
      + " try-with-resources that opens it releases it when it closes; neither checker knows that"
      + " lock() leaves the lock held for the block (the Lock Checker would need @EnsuresLockHeld on"
      + " it, Error Prone knows the java.util.concurrent locks and Guava's Monitor).";

  private static final String PASSED_LOCK = "Each manager keeps the one lock its constructor is"
      + " given in a field of its own (JoinManager.lock, MembershipManager.clusterLock); MapGuard knows"
      + " them as the service's clusterServiceLock, which no expression inside the managers names."
      + " Neither checker can know that two fields hold one lock object, so any guard is rejected"
      + " on one side.";

  private static final String COLLECTOR = "The collector's functions run where the stream collects,"
      + " inside the synchronized method; Error Prone checks a lambda or method reference body as if"
      + " it ran elsewhere, and the Lock Checker wants a @GuardSatisfied receiver for the method"
      + " reference.";

  private static final String OWN_COPIES = "The job-data copies are made and used by the scheduler"
      + " thread alone (no other thread sees them), and the copy reads the shared defaults under the"
      + " monitor its caller holds; both checkers want the monitor at every access of the field, on"
      + " every object, and Error Prone wants the source's own monitor named at the copy.";

  private static final String FRESH_CATALOG = "The loader thread fills a catalogue it has just made"
      + " and hands over only through the future, so no other thread can see it while it is filled;"
      + " both checkers want the new object's monitor held at the call of the helper that the"
      + " shared catalogue calls under its monitor.";

  /** Scenarios where a checker's rule is stricter than needed. */
  static final List<Allowance> SCENARIOS = List.of(
      new Allowance(Checker.CHECKER_FRAMEWORK, "interprocedural/InterfaceDefaultMethodUnderLock.java", "return",
          Pattern.compile(""),
          "The map reaches the interface's default method through a getter that its callers call under"
              + " the lock; the Lock Checker wants the getter's return type to carry the guard, which"
              + " annotate does not write (it annotates fields and methods, not types)."),
      new Allowance(Checker.CHECKER_FRAMEWORK, "guards/ConstructionDoesNotCount.java", "lock.not.held",
          Pattern.compile(""),
          "seed() is called only by the constructor, before the object is shared; the Lock Checker"
              + " requires the lock in every method but the constructor itself."),
      new Allowance(Checker.ERROR_PRONE, "guards/ConstructionDoesNotCount.java", "GuardedBy",
          Pattern.compile("should be guarded by 'this'"),
          "seed() is called only by the constructor, before the object is shared; Error Prone"
              + " requires the lock in every method but the constructor itself."),
      new Allowance(Checker.CHECKER_FRAMEWORK, "guards/WarmUpBeforeWorkersStart.java", "lock.not.held",
          Pattern.compile(""),
          "start() fills the map before it starts the workers, so no other thread can see it yet;"
              + " the Lock Checker requires the lock at every access outside the constructor."),
      new Allowance(Checker.ERROR_PRONE, "guards/WarmUpBeforeWorkersStart.java", "GuardedBy",
          Pattern.compile("should be guarded by 'this'"),
          "start() fills the map before it starts the workers, so no other thread can see it yet;"
              + " Error Prone requires the lock at every access outside the constructor."),
      new Allowance(Checker.CHECKER_FRAMEWORK, "locks/LockHelperMethods.java", "lock.not.held",
          Pattern.compile(""),
          "The lock is taken and released by the helpers acquire() and release(); neither checker"
              + " follows a lock across a call (the Checker Framework would need @ReleasesNoLocks"
              + " and a @EnsuresLockHeld post-condition, which annotate does not write)."),
      new Allowance(Checker.ERROR_PRONE, "locks/LockHelperMethods.java", "GuardedBy",
          Pattern.compile("should be guarded by 'this.lock'"),
          "The lock is taken and released by the helpers acquire() and release(); neither checker"
              + " follows a lock across a call (the Checker Framework would need @ReleasesNoLocks"
              + " and a @EnsuresLockHeld post-condition, which annotate does not write)."),
      new Allowance(Checker.CHECKER_FRAMEWORK, "interprocedural/CodeInVariableRunUnderCalleesLock.java",
          "lock.not.held", Pattern.compile(""),
          "The lambdas run only inside underLock(..), which holds the monitor; the checkers"
              + " check a lambda body where it is written, not where it runs."),
      new Allowance(Checker.CHECKER_FRAMEWORK, "interprocedural/CodeInVariableRunUnderCalleesLock.java",
          "methodref.receiver", Pattern.compile(""),
          "The lambdas run only inside underLock(..), which holds the monitor; the checkers"
              + " check a lambda body where it is written, not where it runs."),
      new Allowance(Checker.ERROR_PRONE, "interprocedural/CodeInVariableRunUnderCalleesLock.java",
          "GuardedBy", Pattern.compile("should be guarded by 'this'"),
          "The lambdas run only inside underLock(..), which holds the monitor; the checkers"
              + " check a lambda body where it is written, not where it runs."),
      new Allowance(Checker.CHECKER_FRAMEWORK, "locks/AutoLockAroundEveryAccess.java", "lock.not.held",
          Pattern.compile(""), AUTO_LOCK),
      new Allowance(Checker.ERROR_PRONE, "locks/AutoLockAroundEveryAccess.java", "GuardedBy",
          Pattern.compile("should be guarded by 'this.lock'"), AUTO_LOCK),
      new Allowance(Checker.ERROR_PRONE, "locks/HelperLocksTheMapItIsPassed.java", "GuardedBy",
          Pattern.compile("should be guarded by 'this.options'"),
          "register() passes the map to snapshot(..), which locks its parameter itself before it"
              + " copies it; Error Prone wants the lock where the field is read to be passed on."),
      new Allowance(Checker.CHECKER_FRAMEWORK, "guards/InferredLockForms.java", "lock.expression.not.final",
          Pattern.compile(""), NOT_DETERMINISTIC),
      new Allowance(Checker.CHECKER_FRAMEWORK, "guards/InferredLockForms.java", "expression.unparsable",
          Pattern.compile("this.monitor\\(\\)"), NOT_DETERMINISTIC),
      new Allowance(Checker.ERROR_PRONE, "locks/ClusterLockHandedToEveryManager.java", "GuardedBy",
          Pattern.compile("should be guarded by 'ClusterLockHandedToEveryManager.this.clusterServiceLock'"),
          PASSED_LOCK),
      new Allowance(Checker.CHECKER_FRAMEWORK, "locks/ClusterLockHandedToEveryManager.java",
          "expression.unparsable", Pattern.compile("clusterServiceLock"), PASSED_LOCK),
      new Allowance(Checker.ERROR_PRONE, "traps/CollectorLambdaRunsInsideSynchronizedMethod.java", "GuardedBy",
          Pattern.compile("should be guarded by 'this', which is not currently held"), COLLECTOR),
      new Allowance(Checker.CHECKER_FRAMEWORK, "traps/CollectorLambdaRunsInsideSynchronizedMethod.java",
          "methodref.param", Pattern.compile(""), COLLECTOR),
      new Allowance(Checker.CHECKER_FRAMEWORK, "traps/CollectorLambdaRunsInsideSynchronizedMethod.java",
          "methodref.receiver.bound", Pattern.compile(""), COLLECTOR),
      new Allowance(Checker.ERROR_PRONE, "traps/JobDataCopiedIntoFreshMapPerRun.java", "GuardedBy",
          Pattern.compile("should be guarded by"), OWN_COPIES),
      new Allowance(Checker.CHECKER_FRAMEWORK, "traps/JobDataCopiedIntoFreshMapPerRun.java", "return",
          Pattern.compile(""), OWN_COPIES),
      new Allowance(Checker.CHECKER_FRAMEWORK, "traps/JobDataCopiedIntoFreshMapPerRun.java",
          "contracts.precondition", Pattern.compile(""), OWN_COPIES),
      new Allowance(Checker.ERROR_PRONE, "locks/CatalogLoadedUnderMonitorOrIntoItsOwnCopy.java",
          "GuardedBy", Pattern.compile("should be guarded by 'fresh'"), FRESH_CATALOG),
      new Allowance(Checker.CHECKER_FRAMEWORK, "locks/CatalogLoadedUnderMonitorOrIntoItsOwnCopy.java",
          "contracts.precondition", Pattern.compile("fresh.load"), FRESH_CATALOG));


  /** Per checker: maps annotated, accepted clean, accepted with a checker-wide rule, accepted with a listed scenario. */
  private static final Map<Checker, int[]> SUMMARY = new EnumMap<>(Checker.class);

  private record Annotated(String name, Path root, List<Path> files, int maps) {}

  @TestFactory
  Stream<DynamicTest> annotatedScenariosPassBothCheckers() throws IOException {
    assumeTrue(OracleCompiler.internalsOpen(),
        "the oracles need javac's internals: run with the argLine of the 'oracle' surefire execution");
    Path stubs = ScenarioCompiler.compileStubs(TestInputs.ROOT.resolve("stubs"));
    OracleCompiler compiler = new OracleCompiler(stubs);
    Path work = TestDirs.create("mapguard-oracle-src");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path scenario : TestInputs.scenarios()) {
      if (!safe(scenario)) continue;
      String name = TestInputs.name(scenario);
      // Error Prone's flavour first: where MapGuard infers no guard, there is nothing to check
      for (Checker checker : List.of(Checker.ERROR_PRONE, Checker.CHECKER_FRAMEWORK)) {
        Annotated a = annotate(scenario, name, work.resolve(checker.name()), checker, stubs);
        if (a.maps() == 0) break;
        tests.add(DynamicTest.dynamicTest(name + " [" + checker + "]", scenario.toUri(),
            () -> check(compiler, checker, a)));
      }
    }
    return tests.stream();
  }

  private static void check(OracleCompiler compiler, Checker checker, Annotated a) {
    List<OracleCompiler.Error> errors = compiler.compile(checker, a.files());
    List<String> problems = new ArrayList<>();
    int category = 1; // clean
    for (OracleCompiler.Error e : errors) {
      Allowance by = covering(checker, a.name(), e);
      if (by == null) problems.add("rejected: " + e + "\n      " + e.message().replace("\n", "\n      "));
      else category = Math.max(category, by.scenario() == null ? 2 : 3);
    }
    for (Allowance s : SCENARIOS) {
      if (s.checker() == checker && s.scenario().equals(a.name())
          && errors.stream().noneMatch(e -> s.covers(checker, a.name(), e))) {
        problems.add("listed exception no longer occurs, remove it: [" + s.key() + "] " + s.reason());
      }
    }
    int[] counts = SUMMARY.computeIfAbsent(checker, k -> new int[4]);
    counts[0] += a.maps();
    if (problems.isEmpty()) counts[category] += a.maps();
    if (!problems.isEmpty()) {
      fail(a.name() + " annotated for " + checker + ":\n  " + String.join("\n  ", problems)
          + "\n  annotated sources: " + a.root());
    }
  }

  private static Allowance covering(Checker checker, String scenario, OracleCompiler.Error e) {
    for (Allowance a : SCENARIOS) {
      if (a.covers(checker, scenario, e)) return a;
    }
    for (Allowance a : EVERYWHERE) {
      if (a.covers(checker, scenario, e)) return a;
    }
    return null;
  }

  @AfterAll
  static void printSummary() {
    for (Map.Entry<Checker, int[]> e : SUMMARY.entrySet()) {
      int[] c = e.getValue();
      System.out.println("[oracle] " + e.getKey() + ": " + c[0] + " maps annotated (threshold "
          + GuardInference.DEFAULT_THRESHOLD + "); accepted " + (c[1] + c[2] + c[3]) + ": " + c[1]
          + " with no error, " + c[2] + " with only the checker-wide rules listed, " + c[3]
          + " with a scenario listed");
    }
  }

  /** A scenario with no expected finding, that runs on this JDK and is not a known gap. */
  private static boolean safe(Path scenario) throws IOException {
    Pattern expect = Pattern.compile("//\\s*expect:");
    Pattern skip = Pattern.compile("^//\\s*(known-gap:|requires-jdk:\\s*(\\d+))");
    for (Path f : TestInputs.javaFiles(scenario)) {
      for (String line : Files.readAllLines(f)) {
        if (expect.matcher(line).find()) return false;
        var m = skip.matcher(line.strip());
        if (m.find() && (m.group(2) == null || Integer.parseInt(m.group(2)) > Runtime.version().feature())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Copies the scenario and runs annotate on the copy with the checker's flavour. */
  private static Annotated annotate(Path scenario, String name, Path into, Checker checker, Path stubs) {
    Path root = into.resolve(name.replace('/', '_'));
    List<Path> copies = new ArrayList<>();
    try {
      Path base = Files.isDirectory(scenario) ? scenario : scenario.getParent();
      for (Path f : TestInputs.javaFiles(scenario)) {
        Path to = root.resolve(base.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
        copies.add(to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Flavour flavour = checker == Checker.CHECKER_FRAMEWORK ? Flavour.CHECKER : Flavour.ERRORPRONE;
    Annotator.Report report = Annotator.run(copies, stubs.toString(), null,
        flavour, GuardInference.DEFAULT_THRESHOLD, true);
    if (report.failure() != null) throw new IllegalStateException(name + ": annotate failed: " + report);
    int maps = 0;
    for (Annotator.FileChange f : report.files()) {
      for (Insertion i : f.insertions()) if (i.onField()) maps++;
    }
    return new Annotated(name, root, copies, maps);
  }
}
