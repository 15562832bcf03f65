package dev.mapguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes records, lists, maps, strings, numbers and booleans to a Jackson {@link JsonGenerator}:
 * record components in declaration order (named by {@code @JsonProperty} where given), null values
 * left out. Output is what Jackson's object mapper writes for the same values, without loading its
 * data-binding machinery, which costs a cold JVM (every compilation) a few hundred milliseconds.
 */
final class RecordJson {
  private RecordJson() {}

  static void write(Object value, JsonGenerator g) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) write(o, g);
      g.writeEndArray();
    } else if (value instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() == null) continue;
        g.writeFieldName(String.valueOf(e.getKey()));
        write(e.getValue(), g);
      }
      g.writeEndObject();
    } else if (value instanceof Record r) {
      g.writeStartObject();
      for (Component c : COMPONENTS.get(r.getClass())) {
        Object v = c.of(r);
        if (v == null) continue;
        g.writeFieldName(c.name());
        write(v, g);
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
    }
  }

  /**
   * The components of each record class, read by reflection once: every call of
   * {@link Class#getRecordComponents()} copies the accessors and parses their annotations again.
   */
  private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      List<Component> out = new ArrayList<>();
      for (RecordComponent c : type.getRecordComponents()) {
        Method accessor = c.getAccessor();
        JsonProperty named = accessor.getAnnotation(JsonProperty.class);
        try {
          // without this every read asks who the caller is and checks its access again
          accessor.setAccessible(true);
        } catch (RuntimeException e) {
          // a record of a module that does not open it: read through the access check
        }
        out.add(new Component(named != null && !named.value().isEmpty() ? named.value() : c.getName(),
            accessor));
      }
      return List.copyOf(out);
    }
  };

  private record Component(String name, Method accessor) {
    Object of(Record r) throws IOException {
      try {
        return accessor.invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IOException("cannot read " + name + " of " + r.getClass().getSimpleName(), e);
      }
    }
  }
}
