package dev.mapguard.analysis;

/**
 * Two accesses to one map that may run at the same time on threads of contexts {@code contextA}
 * and {@code contextB} with no lock in common.
 */
public record Race(AccessSite a, AccessSite b, int contextA, int contextB) {}
