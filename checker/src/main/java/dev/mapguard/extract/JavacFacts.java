package dev.mapguard.extract;

import com.sun.source.util.Trees;
import dev.mapguard.catalog.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * javac's type utilities for one compilation, with the subtype checks the extractor repeats
 * cached per class. Catalogue type names are resolved lazily; a type that is not on the
 * compilation's classpath (Spring in a project without Spring) simply never matches.
 */
public final class JavacFacts {
  public final Types types;
  public final Elements elements;
  public final Trees trees;
  public final Catalog catalog;

  private final Map<String, TypeElement> resolved = new HashMap<>();
  private ModuleElement module;
  private final Map<TypeElement, String> qualifiedNames = new IdentityHashMap<>();
  private final Map<TypeElement, Set<String>> supertypeNames = new IdentityHashMap<>();

  /*
   * Keywords that appear as names in trees, compared by Name.equals: javac's names are unique per
   * compilation, so equals is a reference check, where contentEquals turns the name into a new
   * String every time.
   */
  private final Name thisName;
  private final Name superName;
  private final Name className;

  public JavacFacts(Types types, Elements elements, Trees trees, Catalog catalog) {
    this.types = types;
    this.elements = elements;
    this.trees = trees;
    this.catalog = catalog;
    this.thisName = elements.getName("this");
    this.superName = elements.getName("super");
    this.className = elements.getName("class");
  }

  /** Whether a name in a tree is {@code this}. */
  public boolean isThis(Name name) {
    return thisName.equals(name);
  }

  /** Whether a name in a tree is {@code super}. */
  public boolean isSuper(Name name) {
    return superName.equals(name);
  }

  /**
   * Whether {@code te} is {@code java.lang.Object}: an identity check, where comparing its
   * qualified name would decode the name into a new String at every call.
   */
  public boolean isObject(TypeElement te) {
    TypeElement object = objectType;
    if (object == null) objectType = object = type("java.lang.Object");
    return te == object;
  }

  private TypeElement objectType;

  /** Whether a name in a tree is {@code class} (a class literal). */
  public boolean isClassKeyword(Name name) {
    return className.equals(name);
  }

  /**
   * Looks catalogue types up from the unnamed module when {@code sourceClass} is in it (a
   * classpath build) from now on: what the sources can see is all that can match, and a name
   * looked up without a module makes javac search every module of the JDK for it — 57 ms for
   * the 11 absent catalogue classes of one library, most of the time the lookups took.
   */
  public void lookUpFrom(TypeElement sourceClass) {
    if (module != null) return;
    try {
      ModuleElement m = elements.getModuleOf(sourceClass);
      // a compilation of named modules may hold several, each reading different ones
      if (m != null && m.isUnnamed()) module = m;
    } catch (RuntimeException e) {
      module = null; // keep searching every module
    }
  }

  /** The class with this canonical name, or null when it is not on the classpath. */
  public TypeElement type(String canonicalName) {
    TypeElement known = resolved.get(canonicalName);
    // absent classes are remembered too (computeIfAbsent would not keep the null): looking up a
    // missing name makes javac search every module and the whole classpath again
    if (known != null || resolved.containsKey(canonicalName)) return known;
    TypeElement found;
    try {
      found = module != null ? elements.getTypeElement(module, canonicalName)
          : elements.getTypeElement(canonicalName);
    } catch (RuntimeException e) {
      found = null; // javac can throw on ambiguous names in odd module setups
    }
    resolved.put(canonicalName, found);
    return found;
  }

  /** The class of a type (erasure), or null for primitives, arrays, type variables. */
  public TypeElement classOf(TypeMirror t) {
    if (t == null) return null;
    // a type variable erases to its bound's erasure: followed here instead of asking javac to
    // make the erased type (generic code asks this for nearly every expression)
    t = throughTypeVariables(t, false);
    if (t.getKind() == TypeKind.TYPEVAR || t.getKind() == TypeKind.INTERSECTION
        || t.getKind() == TypeKind.WILDCARD) {
      t = types.erasure(t);
    }
    if (t.getKind() != TypeKind.DECLARED) return null;
    Element e = ((DeclaredType) t).asElement();
    return e instanceof TypeElement te ? te : null;
  }

  /**
   * The bound of a type variable, followed while it is a type variable (a bounded chain ends in a
   * class, an intersection or an error); {@code plainOnly} stops at one that carries type
   * annotations, whose erasure javac prints with them.
   */
  static TypeMirror throughTypeVariables(TypeMirror t, boolean plainOnly) {
    for (int depth = 0; t.getKind() == TypeKind.TYPEVAR && depth < 64; depth++) {
      if (plainOnly && !t.getAnnotationMirrors().isEmpty()) break;
      t = ((TypeVariable) t).getUpperBound();
    }
    return t;
  }

  /**
   * Whether {@code sub} is {@code sup} or a subtype of it (erasures compared), by name among the
   * supertypes of {@code sub}: what javac's subtype test on the erasures answers, without making
   * the erased types.
   */
  public boolean isSubtype(TypeElement sub, TypeElement sup) {
    if (sub == null || sup == null) return false;
    return sub == sup || supertypeNames(sub).contains(qualifiedName(sup));
  }

  /** A class's qualified name, made into a String once per class. */
  String qualifiedName(TypeElement te) {
    return qualifiedNames.computeIfAbsent(te, k -> k.getQualifiedName().toString());
  }

  /**
   * Whether {@code sub} is the class named {@code canonicalName} or a subtype of it. Asked by
   * name, through the supertypes javac has already completed for {@code sub}: looking the
   * catalogue's class up instead would make javac read its class file, and most catalogue
   * classes are never used by the code being compiled.
   */
  public boolean isSubtype(TypeElement sub, String canonicalName) {
    return sub != null && supertypeNames(sub).contains(canonicalName);
  }

  public boolean isSubtype(TypeMirror sub, String canonicalName) {
    return isSubtype(classOf(sub), canonicalName);
  }

  /** The qualified names of a class and of all its supertypes, asked of javac once per class. */
  private Set<String> supertypeNames(TypeElement te) {
    Set<String> known = supertypeNames.get(te);
    if (known != null) return known;
    Set<String> names = new HashSet<>();
    supertypeNames.put(te, names); // before the supertypes: a cyclic hierarchy (an error) ends here
    names.add(qualifiedName(te));
    for (TypeElement se : directSupertypes(te)) names.addAll(supertypeNames(se));
    return names;
  }

  /**
   * The classes {@code te} directly extends and implements, in the order of javac's
   * {@code directSupertypes} (an interface's first being {@code java.lang.Object}), read off the
   * declaration: {@code directSupertypes} makes each supertype as seen from {@code te}, with its
   * type arguments substituted, and only the classes are wanted here.
   */
  public List<TypeElement> directSupertypes(TypeElement te) {
    List<TypeElement> out = new ArrayList<>(4);
    TypeMirror sup = te.getSuperclass();
    TypeElement se = sup.getKind() == TypeKind.NONE
        ? (te.getKind().isInterface() ? type("java.lang.Object") : null)
        : classOf(sup);
    if (se != null) out.add(se);
    for (TypeMirror i : te.getInterfaces()) {
      TypeElement ie = classOf(i);
      if (ie != null) out.add(ie);
    }
    return out;
  }
}
