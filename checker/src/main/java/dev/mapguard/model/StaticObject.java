package dev.mapguard.model;

/**
 * The object of a class of the program that a static field (or an enum constant) holds: every
 * thread that reaches the field reaches the same object.
 *
 * @param fieldId the field's id
 * @param classId the field's declared class (its object is of that class or a subclass)
 */
public record StaticObject(String fieldId, String classId) {}
