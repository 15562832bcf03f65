package dev.mapguard.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.mapguard.model.Event;
import dev.mapguard.model.Program;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor driven directly, as the plugin drives it, on sources compiled here. */
class ExtractorTest {

  /** A compilation whose classes were all extracted, with what javac itself says about them. */
  private record Extracted(Program program, Map<String, TypeElement> classes, JavacTask task,
                           Extractor extractor, List<CompilationUnitTree> units) {}

  private static Extracted extract(List<JavaFileObject> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
    JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null, sources);
    Extractor extractor = new Extractor(task);
    Map<String, TypeElement> classes = new LinkedHashMap<>();
    List<CompilationUnitTree> units = new ArrayList<>();
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent e) {
        if (e.getKind() == TaskEvent.Kind.ENTER) {
          units.add(e.getCompilationUnit());
          for (TypeElement te : extractor.entered(e.getCompilationUnit())) {
            classes.put(te.getQualifiedName().toString(), te);
          }
        } else if (e.getKind() == TaskEvent.Kind.ANALYZE
            && classes.containsValue(e.getTypeElement())) {
          extractor.extract(e.getTypeElement(), e.getCompilationUnit());
        }
      }
    });
    try {
      task.analyze(); // attributes every class (the ANALYZE events) and keeps javac open for asking
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return new Extracted(extractor.program(), classes, task, extractor, units);
  }

  private static JavaFileObject source(String name, String text) {
    return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  @Test
  void methodIdsSpellParameterTypesAsJavacPrintsTheirErasure() {
    // the extractor prints most parameter types itself; callers and declarations must agree with
    // each other and with the ids the catalogue and older results use: javac's erasure, printed
    Extracted x = extract(List.of(source("Shapes", """
        import java.lang.annotation.*;
        import java.util.*;
        import java.util.function.*;
        class Shapes<T extends Comparable<T>, U, V extends Runnable & Comparable<V>, W extends T> {
          @Target(ElementType.TYPE_USE) @interface Tag {}
          class Inner {}
          static class Nested<K> {}
          void plain(int a, long b, String c, Object d) {}
          void arrays(byte[] a, int[][] b, String[] c, List<String>[] d, T[] e, U[][] f) {}
          void varargs(String first, Map.Entry<String, Integer>... rest) {}
          void generic(T t, U u, V v, W w, List<? extends T> l, Map<String, List<U>> m) {}
          void nested(Inner i, Shapes<T, U, V, W>.Inner j, Nested<String> k, Map.Entry<T, U> e) {}
          void annotated(@Tag String a, String @Tag [] b, @Tag int c, List<@Tag String> d) {}
          <X extends Number> void method(X x, X[] xs, Function<? super X, ? extends U> f) {}
          Shapes(Runnable r, Callable<?>... cs) {}
          interface Callable<R> { R call(); }
        }
        """)));
    Set<String> expected = new TreeSet<>();
    for (TypeElement type : x.classes().values()) {
      for (TypeElement t : withNested(type)) {
        for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
          expected.add(javacId(x.task(), t, m.getSimpleName().toString(), m));
        }
        for (ExecutableElement c : ElementFilter.constructorsIn(t.getEnclosedElements())) {
          expected.add(javacId(x.task(), t, "<init>", c));
        }
      }
    }
    assertTrue(expected.size() > 10, "the test reads the declared methods: " + expected);
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(x.program().methods().keySet());
    assertEquals(Set.of(), missing, "ids the extractor made: " + x.program().methods().keySet());
  }

  private static List<TypeElement> withNested(TypeElement type) {
    List<TypeElement> out = new ArrayList<>(List.of(type));
    for (TypeElement t : ElementFilter.typesIn(type.getEnclosedElements())) out.addAll(withNested(t));
    return out;
  }

  private static String javacId(JavacTask task, TypeElement owner, String name, ExecutableElement m) {
    return task.getElements().getBinaryName(owner) + "#" + name + "(" + m.getParameters().stream()
        .map(p -> task.getTypes().erasure(p.asType()).toString()).collect(Collectors.joining(","))
        + ")";
  }

  @Test
  void sourcePathsOfFilesAreTheirAbsolutePaths(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("A.java"), "class A {}");
    Path b = Files.writeString(dir.resolve("B.java"), "class B {}");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> files = new ArrayList<>();
    javac.getStandardFileManager(null, null, null).getJavaFileObjects(a, b).forEach(files::add);
    // a file on disk whose name is not its path: its path must come from its URI
    files.add(new SimpleJavaFileObject(dir.resolve("C.java").toUri(), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return "class C {}";
      }

      @Override
      public String getName() {
        return "not-a-path";
      }
    });
    files.add(source("D", "class D {}"));
    Extracted x = extract(files);
    Map<String, Path> byUnit = new LinkedHashMap<>();
    for (CompilationUnitTree unit : x.units()) {
      byUnit.put(unit.getSourceFile().toUri().getPath().replaceAll(".*/", ""),
          x.extractor().sourcePath(unit));
    }
    assertEquals(a.toAbsolutePath(), byUnit.get("A.java"));
    assertEquals(b.toAbsolutePath(), byUnit.get("B.java"));
    assertEquals(dir.resolve("C.java").toAbsolutePath(), byUnit.get("C.java"));
    assertNull(byUnit.get("D.java"), "an in-memory source is no file");
  }

  @Test
  void classSharingReadsInstanceFieldsAndSelfRegistration() {
    Program p = extract(List.of(source("Sharing", """
        import java.util.*;
        import java.util.concurrent.ConcurrentHashMap;
        class Sharing {
          static final class StaticCacheOnly {
            private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
            private final Map<String, String> own = new HashMap<>();
          }
          static final class VolatileInstanceField {
            private volatile boolean closed;
            private final Map<String, String> own = new HashMap<>();
          }
          static final class Registry {
            final List<Object> members = new ArrayList<>();
          }
          static final class RegistersWhenMade {
            private final Map<String, String> values = new HashMap<>();
            RegistersWhenMade(Registry r) { r.members.add(this); }
          }
          static final class HandsItselfOnLater {
            private final Map<String, String> values = new HashMap<>();
            void join(Registry r) { r.members.add(this); }
          }
          static final class ChecksItselfWhenMade {
            private final Map<String, String> values = new HashMap<>();
            ChecksItselfWhenMade(Object other) { Checks.notSame(this, other); }
          }
          static final class Checks {
            static void notSame(Object a, Object b) { if (a == b) throw new IllegalArgumentException(); }
          }
        }
        """))).program();
    assertEquals(dev.mapguard.model.ClassSharing.Evidence.NONE,
        p.clazz("Sharing$StaticCacheOnly").sharing().evidence(),
        "a static concurrent cache is the class's state, not a sign its objects are shared");
    assertEquals(dev.mapguard.model.ClassSharing.Evidence.SHARED,
        p.clazz("Sharing$VolatileInstanceField").sharing().evidence());
    assertTrue(p.clazz("Sharing$RegistersWhenMade").sharing().thisRegistered(),
        "a constructor that hands this on registers the object as it is made");
    assertTrue(p.clazz("Sharing$HandsItselfOnLater").sharing().thisEscapes());
    assertEquals(false, p.clazz("Sharing$HandsItselfOnLater").sharing().thisRegistered(),
        "handing this on later is no registration at construction");
    assertTrue(p.clazz("Sharing$ChecksItselfWhenMade").sharing().thisEscapes());
    assertEquals(false, p.clazz("Sharing$ChecksItselfWhenMade").sharing().thisRegistered(),
        "this handed to a method of the program registers only if that method keeps it, which the"
            + " analysis decides");
  }

  @Test
  void callsSayWhichArgumentsAreNullAndWhichParametersTheyNeedNotNull() {
    Extracted x = extract(List.of(source("Nulls", """
        class Nulls {
          void mark() {}
          void guarded(Object p, Object q, Object r) {
            mark();
            if (p != null) mark();
            if (q == null || r == null) {
              mark();
              return;
            }
            mark();
            try {
              if (p == null) throw new IllegalStateException();
              mark();
            } catch (IllegalStateException e) {
              mark();
            }
            for (int i = 0; i < 2; i++) {
              if (p == null) return;
              mark();
            }
            mark();
            boolean b = p != null && call(p);
            mark();
          }
          boolean call(Object o) { return o != null; }
          void reassigned(Object p) {
            if (p != null) mark();
            p = null;
          }
          void onParameter(Nulls n) { n.mark(); }
          void callers() { guarded(null, this, (Object) null); }
          void forward(Object p) { guarded(this, p, p); }
        }
        """)));
    Program program = x.program();
    // mark(): always; behind p != null; inside the branch that returns; after it (q and r); in the
    // try after a throw (p too); in its catch; in the loop after a return (p); after the loop; after ..
    assertEquals(List.of(0, 1, 0, 6, 7, 6, 7, 6, 6), needs(program, "Nulls#guarded(java.lang.Object,java.lang.Object,java.lang.Object)", "mark"));
    // call(p) is the right operand of p != null &&
    assertEquals(List.of(7), needs(program, "Nulls#guarded(java.lang.Object,java.lang.Object,java.lang.Object)", "call"));
    assertEquals(List.of(0), needs(program, "Nulls#reassigned(java.lang.Object)", "mark"), "an assigned parameter");
    assertEquals(List.of(1), needs(program, "Nulls#onParameter(Nulls)", "mark"), "a call on the parameter");
    Event.NullFacts passed = calls(program, "Nulls#callers()", "guarded").get(0).nulls();
    assertEquals(0b101, passed.nullArgs());
    Event.NullFacts forwarded = calls(program, "Nulls#forward(java.lang.Object)", "guarded").get(0).nulls();
    assertEquals(0, forwarded.nullArgs());
    assertEquals(List.of(-1, 0, 0), java.util.Arrays.stream(forwarded.forwards()).boxed().toList());
    assertEquals(0b110, forwarded.nullsInto(1), "a caller's null parameter passed on");
  }

  private static List<Event.Call> calls(Program program, String method, String name) {
    List<Event.Call> out = new ArrayList<>();
    for (Event e : program.method(method).events()) {
      if (e instanceof Event.Call c && c.target().startsWith("Nulls#" + name + "(")) out.add(c);
    }
    return out;
  }

  private static List<Integer> needs(Program program, String method, String name) {
    return calls(program, method, name).stream().map(c -> c.nulls().needsNonNull()).toList();
  }
}
