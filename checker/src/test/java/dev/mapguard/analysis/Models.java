package dev.mapguard.analysis;

import dev.mapguard.model.AccessKind;
import dev.mapguard.model.Alloc;
import dev.mapguard.model.CellRef;
import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.Event;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MapKind;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import dev.mapguard.model.RootKind;
import dev.mapguard.model.SourcePos;
import dev.mapguard.model.Stmt;
import dev.mapguard.model.TaskRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds small programs by hand, so the analyses can be tested without javac. */
final class Models {
  static final String C = "demo.Service";
  static final String MAP = C + "#map";
  static final LockRef THIS = LockRef.thisOf(C);
  static final LockRef LOCK = LockRef.field(C + "#lock");

  private final Map<String, MethodInfo> methods = new HashMap<>();
  private final Map<String, FieldInfo> fields = new HashMap<>();

  Models() {
    fields.put(MAP, new FieldInfo(MAP, C, "map", "Service.map", FieldInfo.Role.MAP, MapKind.UNSAFE,
        "HashMap", false, true, false, null, false, List.of(), List.of(), Set.of(), pos(1)));
  }

  static SourcePos pos(int line) {
    return new SourcePos("/src/Service.java", line, 1, line, 10, line * 100, line * 100 + 10);
  }

  /** Builds a method body: events are numbered in the order they are added. */
  static final class Body {
    final List<Event> events = new ArrayList<>();

    Stmt.At event(Event e) {
      events.add(e);
      return new Stmt.At(events.size() - 1);
    }

    Stmt.At read(int line) {
      return event(new Event.Access(new CellRef.Field(MAP), AccessKind.READ, "get", pos(line),
          "map.get(k)", Event.Receiver.THIS));
    }

    Stmt.At write(int line) {
      return event(new Event.Access(new CellRef.Field(MAP), AccessKind.WRITE, "put", pos(line),
          "map.put(k, v)", Event.Receiver.THIS));
    }

    Stmt.At call(String target, int line) {
      return event(new Event.Call(target, false, Event.Receiver.THIS, List.of(), List.of(), pos(line)));
    }

    Stmt.At spawn(String task, int line) {
      return event(new Event.Spawn(RootKind.EXECUTOR, "Executor.execute",
          List.of(new TaskRef.Method(task)), null, false, null, null, false, false, false, -1,
          pos(line)));
    }

    Stmt.At join(int line) {
      return event(new Event.Join("Thread.join", null, null, pos(line)));
    }
  }

  static Stmt seq(Stmt... s) {
    return new Stmt.Seq(List.of(s));
  }

  Models method(String name, Body body, Stmt stmt) {
    return method(name, MethodInfo.Kind.METHOD, 0, body, stmt);
  }

  Models method(String name, MethodInfo.Kind kind, int flags, Body body, Stmt stmt) {
    String id = id(name);
    methods.put(id, new MethodInfo(id, C, name, "Service." + name + "()", kind, flags, List.of(),
        List.of(), null, stmt, body.events, List.of(), null, List.of(), Set.of(), pos(1)));
    return this;
  }

  /** A lambda written in method {@code enclosing}. */
  Models lambda(String name, String enclosing, Body body, Stmt stmt) {
    String id = id(name);
    methods.put(id, new MethodInfo(id, C, "lambda", "lambda in Service." + enclosing + "()",
        MethodInfo.Kind.LAMBDA, MethodInfo.PRIVATE, List.of(), List.of(), id(enclosing), stmt,
        body.events, List.of(), null, List.of(), Set.of(), pos(1)));
    return this;
  }

  static String id(String name) {
    return C + "#" + name + "()";
  }

  Program program() {
    Map<String, ClassInfo> classes = Map.of(C, new ClassInfo(C, "Service", "java.lang.Object",
        List.of(), null, false, List.of(), Set.of(), pos(1)));
    return Program.of(classes, methods, fields, Map.of(), 1);
  }

  static Alloc.Known hashMap() {
    return new Alloc.Known(MapKind.UNSAFE, false, false, pos(1), "new HashMap<>()");
  }
}
