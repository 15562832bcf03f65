package dev.mapguard.model;

/** Where code starts running on another thread. */
public enum RootKind {
  EXECUTOR("executor task"),
  THREAD("thread"),
  THREAD_SUBCLASS("Thread subclass run()"),
  COMPLETABLE_FUTURE("CompletableFuture task"),
  COMPLETION_CALLBACK("CompletableFuture callback"),
  TIMER("timer task"),
  PARALLEL_STREAM("parallel stream"),
  FORK_JOIN("fork/join task"),
  THREAD_SAFE_CLASS("method of a @ThreadSafe class"),
  REQUEST_HANDLER("request handler"),
  SCHEDULED("scheduled method"),
  ASYNC_METHOD("@Async method"),
  SHARED_BEAN("method of a shared singleton");

  private final String description;

  RootKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
