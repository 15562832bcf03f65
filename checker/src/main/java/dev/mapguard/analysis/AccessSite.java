package dev.mapguard.analysis;

import dev.mapguard.model.AccessKind;
import dev.mapguard.model.Event;
import java.util.BitSet;
import java.util.List;

/**
 * One access to a map as the race analysis sees it: the access event, the (merged) cell it
 * touches, its effective kind, the locks held (its method's own plus every caller's), the
 * threads it may run on, and where it sits in time for ordering.
 *
 * <p>An access made inside a helper through a map parameter is an access site per call that
 * passes the map: then {@code via} is the caller and {@code viaEvent} the call, and threads and
 * caller-held locks are the caller's.
 *
 * @param method    the method containing the access event
 * @param event     index of the access event in {@code method}
 * @param via       for an access through a parameter: the method that passed the map; else null
 * @param viaEvent  the call event in {@code via}, or -1
 * @param owned     the map belongs to an object no other thread can see
 * @param ownFrame  the access is made by the method that declares the local variable holding the
 *                  map (or by a helper it passes the map to), not by a lambda capturing it
 * @param viaCalls  for an access through a parameter: the calls from {@code via} to the access
 */
public record AccessSite(int id, String method, int event, Event.Access access, String cell,
                         AccessKind kind, LockSet locks, BitSet contexts, boolean owned,
                         boolean ownFrame, String via, int viaEvent, List<CallGraph.Edge> viaCalls) {
  public AccessSite {
    viaCalls = List.copyOf(viaCalls);
  }

  /** The method whose place in time (and threads) the access takes. */
  public String timeMethod() {
    return via != null ? via : method;
  }

  public int timeEvent() {
    return via != null ? viaEvent : event;
  }
}
