package dev.mapguard.rules;

/**
 * A finding before suppressions are applied, with the places whose {@code @SuppressWarnings}
 * may silence it: the method around the access and the map's field (if it is one).
 */
public record Candidate(Finding finding, String methodId, String fieldId, String cellId) {}
