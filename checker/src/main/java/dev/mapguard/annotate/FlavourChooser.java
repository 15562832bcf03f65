package dev.mapguard.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code --flavour auto}: the flavour the sources already use (the one most files import or
 * name), else the first found on the classpath (Error Prone's, then JSR-305, JCIP, the Checker
 * Framework's), else none: the user has to choose.
 */
final class FlavourChooser {
  private FlavourChooser() {}

  /** Every annotation type whose presence on the classpath selects a flavour. */
  static Set<String> lookups() {
    return Set.of(Flavour.ERRORPRONE.fieldAnnotation(), Flavour.JSR305.fieldAnnotation(),
        Flavour.JCIP.fieldAnnotation(), Flavour.CHECKER.fieldAnnotation());
  }

  static Flavour choose(List<Path> sources, Set<String> onClasspath) {
    Map<Flavour, Integer> uses = new EnumMap<>(Flavour.class);
    for (Path p : sources) {
      String text;
      try {
        text = Files.readString(p, StandardCharsets.UTF_8);
      } catch (java.nio.charset.MalformedInputException e) {
        continue; // not UTF-8: javac would not have read it either
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Flavour f : Flavour.values()) {
        if (uses(text, f)) uses.merge(f, 1, Integer::sum);
      }
    }
    Flavour best = null;
    for (Map.Entry<Flavour, Integer> e : uses.entrySet()) {
      if (best == null || e.getValue() > uses.get(best)) best = e.getKey();
    }
    if (best != null) return best;
    for (Flavour f : Flavour.CLASSPATH_PREFERENCE) {
      if (onClasspath.contains(f.fieldAnnotation())) return f;
    }
    return null;
  }

  private static boolean uses(String text, Flavour f) {
    if (text.contains(f.fieldAnnotation()) || text.contains(f.methodAnnotation())) return true;
    String pkg = f.fieldAnnotation().substring(0, f.fieldAnnotation().lastIndexOf('.'));
    return Pattern.compile("import\\s+" + Pattern.quote(pkg) + "\\.\\*\\s*;").matcher(text).find()
        && (text.contains("@GuardedBy") || text.contains("@Holding"));
  }
}
