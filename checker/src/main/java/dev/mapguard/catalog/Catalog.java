package dev.mapguard.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The knowledge MapGuard has of libraries, kept as data in {@code dev/mapguard/catalog/*.tsv}:
 * which maps are safe, what each map method does, which APIs start threads, take locks or wait
 * for other threads. Adding an API is adding a line, not code.
 */
public final class Catalog {

  private static final Catalog STANDARD = load();

  /** map-types.tsv: kind, type. */
  public final List<CatalogRow> mapTypes;
  /** map-factories.tsv: kind, owner, methods. */
  public final List<CatalogRow> mapFactories;
  /** map-operations.tsv: kind, target (in types), methods. */
  public final List<CatalogRow> mapOperations;
  /** map-consumers.tsv: owner, methods. */
  public final List<CatalogRow> mapConsumers;
  /** locks.tsv: action, owner, methods. */
  public final List<CatalogRow> locks;
  /** thread-roots.tsv: root kind (kind), match (first flag), owners/annotations, methods, flags. */
  public final List<CatalogRow> threadRoots;
  /** lifecycle.tsv: match (kind), owners/annotations, methods. */
  public final List<CatalogRow> lifecycle;
  /** joins.tsv: target, owner, methods. */
  public final List<CatalogRow> joins;
  /** executors.tsv: owner, methods. */
  public final List<CatalogRow> serialExecutors;

  private Catalog() {
    mapTypes = read("map-types.tsv", Layout.KIND_TYPES);
    mapFactories = read("map-factories.tsv", Layout.KIND_TYPES_METHODS);
    mapOperations = read("map-operations.tsv", Layout.KIND_TYPES_METHODS);
    mapConsumers = read("map-consumers.tsv", Layout.TYPES_METHODS);
    locks = read("locks.tsv", Layout.KIND_TYPES_METHODS);
    threadRoots = read("thread-roots.tsv", Layout.KIND_MATCH_TYPES_METHODS_FLAGS);
    lifecycle = read("lifecycle.tsv", Layout.KIND_TYPES_METHODS);
    joins = read("joins.tsv", Layout.KIND_TYPES_METHODS);
    serialExecutors = read("executors.tsv", Layout.TYPES_METHODS);
  }

  public static Catalog standard() {
    return STANDARD;
  }

  private static Catalog load() {
    return new Catalog();
  }

  private enum Layout { KIND_TYPES, KIND_TYPES_METHODS, TYPES_METHODS, KIND_MATCH_TYPES_METHODS_FLAGS }

  private static List<CatalogRow> read(String file, Layout layout) {
    String resource = "/dev/mapguard/catalog/" + file;
    try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("catalogue " + resource + " is missing from the jar");
      }
      List<CatalogRow> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
        String[] cols = trimmed.split("\t+");
        String where = file + ":" + number;
        rows.add(parse(cols, layout, where));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CatalogRow parse(String[] cols, Layout layout, String where) {
    int expected = switch (layout) {
      case KIND_TYPES, TYPES_METHODS -> 2;
      case KIND_TYPES_METHODS -> 3;
      case KIND_MATCH_TYPES_METHODS_FLAGS -> 5;
    };
    if (cols.length != expected) {
      throw new IllegalStateException(where + ": expected " + expected + " tab-separated columns, found "
          + cols.length);
    }
    return switch (layout) {
      case KIND_TYPES -> new CatalogRow(cols[0], list(cols[1]), Set.of(), Set.of(), where);
      case KIND_TYPES_METHODS ->
          new CatalogRow(cols[0], list(cols[1]), set(cols[2]), Set.of(), where);
      case TYPES_METHODS -> new CatalogRow("", list(cols[0]), set(cols[1]), Set.of(), where);
      case KIND_MATCH_TYPES_METHODS_FLAGS -> {
        Set<String> flags = new LinkedHashSet<>(set(cols[4]));
        flags.add("match:" + cols[1]);
        yield new CatalogRow(cols[0], list(cols[2]), set(cols[3]), flags, where);
      }
    };
  }

  private static List<String> list(String col) {
    return col.equals("-") ? List.of() : Arrays.asList(col.split(","));
  }

  private static Set<String> set(String col) {
    return col.equals("-") ? Set.of() : new LinkedHashSet<>(Arrays.asList(col.split(",")));
  }

  /** The match column of a thread-roots row: spawn, override, method-annotation, class-annotation. */
  public static String matchOf(CatalogRow row) {
    for (String f : row.flags()) {
      if (f.startsWith("match:")) return f.substring("match:".length());
    }
    return "";
  }
}
