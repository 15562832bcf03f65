package dev.mapguard.analysis;

import dev.mapguard.model.RootKind;
import dev.mapguard.model.SourcePos;
import java.util.List;

/**
 * A place where code starts running on another thread.
 *
 * @param kind           executor task, thread, request handler...
 * @param description    for messages, e.g. {@code executor task (ExecutorService.submit)}
 * @param pos            the spawn call, or the declaration of a method frameworks call
 * @param spawner        the method containing the spawn, or null for declared roots
 * @param spawnEvent     index of the spawn event in the spawner, or -1
 * @param entries        the methods that start running on the new thread
 * @param selfConcurrent whether one run of the spawning code starts several copies (a spawn in
 *                       a loop, a parallel stream), or frameworks run the root on many threads
 *                       (a request handler); see {@link ThreadContexts} for repeated spawners
 * @param loop           the innermost loop of the spawner around the spawn (-1: none)
 * @param ownThread      the root is run() of the Thread object started (see
 *                       {@link dev.mapguard.model.Event.Spawn#ownThread}): each copy has its own
 * @param group          roots of one group run one after another on one thread (a
 *                       single-threaded executor, one CompletableFuture chain); null otherwise
 */
public record ThreadRoot(int id, RootKind kind, String description, SourcePos pos, String spawner,
                         int spawnEvent, List<String> entries, boolean selfConcurrent, String group,
                         String token, String chain, String executor, boolean joinsAtOnce,
                         int loop, boolean ownThread) {
  public ThreadRoot {
    entries = List.copyOf(entries);
  }

  public boolean declared() {
    return spawner == null;
  }
}
