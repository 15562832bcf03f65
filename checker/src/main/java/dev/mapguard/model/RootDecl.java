package dev.mapguard.model;

/**
 * A method that frameworks or annotations run on other threads without a visible spawn in the
 * program: a servlet handler, a {@code @ThreadSafe} class's method, the run() of a Thread subclass.
 *
 * @param kind           the kind of root
 * @param reason         why, e.g. {@code @RestController handler} or {@code HttpServlet.doGet}
 * @param selfConcurrent whether several threads may run it at once
 */
public record RootDecl(RootKind kind, String reason, boolean selfConcurrent) {}
