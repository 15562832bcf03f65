package dev.mapguard.model;

/**
 * Where an object a call goes through (its receiver or an argument) comes from, when that can make
 * it the caller's own: the analyses decide ({@code analysis.ObjectOwnership}) once they know which
 * callees keep their parameters and which methods only return objects they make.
 *
 * <ul>
 *   <li>{@link Kind#MADE_HERE}: made in the method ({@code new T(..)}), held by local {@code local}
 *       (null for {@code new T(..)} used directly);
 *   <li>{@link Kind#MADE_BY}: returned by a call of the program's method {@code maker} and held by
 *       local {@code local} ({@code WebXml w = createWebXml();}; null when the result is used right
 *       there); {@code from} is the object that call was made on, when the analyses may find the
 *       maker returns its own {@code this} (a fluent builder: {@code newJob().withIdentity(..)}), and
 *       null otherwise;
 *   <li>{@link Kind#PARAM}: parameter {@code param} of the method;
 *   <li>{@link Kind#THIS}: the method's own {@code this};
 *   <li>{@link Kind#STATIC}: the object a static field (or an enum constant) {@code field} holds,
 *       which every client of the program shares;
 *   <li>{@link Kind#HELD}: the object the method's {@code this} holds in its instance field
 *       {@code field} of class {@code holder}, a field whose objects the holder made or was given
 *       when it was made, and hands to no other object ({@code ClassSharing.heldFields}): where {@code this} is a
 *       client's object, so is this one.
 *   <li>{@link Kind#PARAM_FIELD}: the object parameter {@code param}'s object holds in its
 *       instance field {@code field} of class {@code holder} ({@code planner.dag}); where every
 *       store of that field gives a new object, it is the parameter's object's own.
 * </ul>
 *
 * For locals, only uses before the local may escape other than by being passed to a method of the
 * program are described: passing it to a callee that keeps it is the analyses' to judge.
 *
 * <p>{@code justMade}, for {@link Kind#HELD}: the method itself stored a new object into the field
 * earlier ({@code this.holder = new StateHolder(); this.holder.prepare(..)}, at the top level of its
 * body, with no other store of the field and no other use of its value since): the object is the
 * method's own wherever its {@code this} is.
 */
public record ObjectRef(Kind kind, String local, int param, String maker, String field,
                        String holder, boolean justMade, ObjectRef from) {
  public enum Kind { NONE, MADE_HERE, MADE_BY, PARAM, THIS, STATIC, HELD, PARAM_FIELD }

  public static final ObjectRef NONE =
      new ObjectRef(Kind.NONE, null, -1, null, null, null, false, null);
  public static final ObjectRef SELF =
      new ObjectRef(Kind.THIS, null, -1, null, null, null, false, null);

  public static ObjectRef madeHere(String local) {
    return new ObjectRef(Kind.MADE_HERE, local, -1, null, null, null, false, null);
  }

  public static ObjectRef madeBy(String local, String maker) {
    return new ObjectRef(Kind.MADE_BY, local, -1, maker, null, null, false, null);
  }

  /** Returned by {@code maker} called on the object {@code from} (see {@link Kind#MADE_BY}). */
  public static ObjectRef madeBy(String local, String maker, ObjectRef from) {
    return new ObjectRef(Kind.MADE_BY, local, -1, maker, null, null, false,
        from == null || from.kind() == Kind.NONE ? null : from);
  }

  public static ObjectRef param(int index) {
    return new ObjectRef(Kind.PARAM, null, index, null, null, null, false, null);
  }

  public static ObjectRef staticField(String fieldId) {
    return new ObjectRef(Kind.STATIC, null, -1, null, fieldId, null, false, null);
  }

  /** The object parameter {@code index}'s object holds in field {@code fieldId} of {@code holder}. */
  public static ObjectRef fieldOfParam(int index, String holder, String fieldId) {
    return new ObjectRef(Kind.PARAM_FIELD, null, index, null, fieldId, holder, false, null);
  }

  /** The object {@code holder}'s instance field {@code fieldId} holds (see {@link Kind#HELD}). */
  public static ObjectRef heldBy(String holder, String fieldId) {
    return new ObjectRef(Kind.HELD, null, -1, null, fieldId, holder, false, null);
  }

  /** The new object the method has just stored into its {@code this}'s field (see {@code justMade}). */
  public static ObjectRef justMadeIn(String holder, String fieldId) {
    return new ObjectRef(Kind.HELD, null, -1, null, fieldId, holder, true, null);
  }
}
