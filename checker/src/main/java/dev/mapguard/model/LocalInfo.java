package dev.mapguard.model;

/** A local variable that holds a map (interesting once a lambda or inner class captures it). */
public record LocalInfo(String id, String methodId, String name, String display,
                        String declaredType, SourcePos pos) {}
