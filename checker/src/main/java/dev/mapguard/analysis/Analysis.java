package dev.mapguard.analysis;

import dev.mapguard.catalog.Catalog;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Runs the analyses over a program, in dependency order. */
public final class Analysis {
  private Analysis() {}

  public static AnalysisResult run(Program program) {
    return run(program, Catalog.standard());
  }

  /** Names of entry points taken to run once per object (lifecycle.tsv, entry-name rows). */
  private static java.util.Set<String> onceNames(Catalog catalog) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (var row : catalog.lifecycle) {
      if (row.kind().equals("entry-name")) out.addAll(row.methods());
    }
    return out;
  }

  public static AnalysisResult run(Program extracted, Catalog catalog) {
    // a lock expression may name any method (@GuardedBy("lock()")); the passes over the call graph
    // need only the methods that can lead to a finding
    UnaryOperator<LockRef> canon = new LockCanon(extracted);
    GuardExpressions expressions = new GuardExpressions(extracted, canon);
    Program program = Relevance.of(extracted);
    DeclaredGuards declared = new DeclaredGuards(program, expressions); // annotated methods are kept
    Map<String, MethodLayout> layoutCache = new HashMap<>();
    Function<String, MethodLayout> layouts = id -> layoutCache.computeIfAbsent(id,
        k -> MethodLayout.of(program.method(k)));

    CallGraph calls = new CallGraph(program);
    LockHelpers helpers = new LockHelpers(program, calls, canon, declared);
    Function<String, LockSet[]> held = new HeldAtEvents(program, canon, helpers);
    ThreadContexts contexts = new ThreadContexts(program, calls, layouts, onceNames(catalog));
    ObjectOwnership ownership = new ObjectOwnership(program, calls, layouts);
    ConstructionCode construction = new ConstructionCode(program);
    SelfRegistration registration = new SelfRegistration(program, calls, ownership, construction);
    EntryLocks entry = new EntryLocks(program, calls, contexts, held, declared::entryOf, ownership,
        registration);
    Cells cells = new Cells(program, calls);
    List<AccessSite> sites = new Accesses(program, calls, contexts, entry, held, cells, catalog, layouts)
        .collect();
    TreeMap<String, List<AccessSite>> byCell = new TreeMap<>();
    for (AccessSite s : sites) byCell.computeIfAbsent(s.cell(), k -> new ArrayList<>()).add(s);
    ContextEntryLocks onThread = new ContextEntryLocks(program, calls, contexts, held, declared::entryOf, entry);
    Ordering ordering = new Ordering(program, calls, contexts, cells, layouts, registration);
    EntryObjects entryObjects = new EntryObjects(calls, contexts, program);
    Concurrency concurrency = new Concurrency(program, contexts, ordering, cells, entryObjects,
        new ClientContract(program, calls, contexts, cells, entryObjects, byCell),
        new ConcurrentClasses(program, contexts, cells, calls.hierarchy(), byCell, registration),
        new UnpublishedObjects(program, calls, contexts, ordering, registration, construction),
        new FlagPublication(program, calls, contexts, layouts, byCell), onThread);
    Traces traces = new Traces(calls, contexts, entry, cells, held);
    return new AnalysisResult(program, calls, contexts, cells, byCell, ordering, concurrency, traces,
        new AnalysisResult.Locks(held, entry, onThread, expressions, declared));
  }
}
