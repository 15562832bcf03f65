package dev.mapguard.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infer once, enforce forever: analyses the sources, and writes the inferred {@code @GuardedBy}
 * into them (or, on a dry run, only says what it would write), so that IDEs, Error Prone and the
 * Checker Framework check the locking discipline from then on.
 */
public final class Annotator {

  /** Why nothing could be annotated. */
  public enum Failure { DOES_NOT_COMPILE, NO_FLAVOUR }

  /** What one file got (or would get). */
  public record FileChange(Path file, List<Insertion> insertions, SourceWriter.Result result) {
    public String diff(String shownPath) {
      return UnifiedDiff.of(shownPath, result);
    }

    public List<String> notes() {
      return result.notes();
    }

    public boolean changed() {
      return result.changed();
    }
  }

  /**
   * @param failure  null on success
   * @param errors   javac's errors when the sources do not compile
   * @param flavour  the flavour written
   * @param files    the files with something to add, in path order
   * @param skipped  helpers left without an annotation, and why
   */
  public record Report(Failure failure, List<String> errors, Flavour flavour, List<FileChange> files,
                       List<AnnotationPlan.Skipped> skipped) {
    public int annotations() {
      int n = 0;
      for (FileChange f : files) n += f.result().edits().size() - importsIn(f);
      return n;
    }

    private static int importsIn(FileChange f) {
      int n = 0;
      for (SourceWriter.Edit e : f.result().edits()) {
        if (e.text().strip().startsWith("import ")) n++;
      }
      return n;
    }
  }

  private Annotator() {}

  /**
   * @param flavour the flavour to write, or null to choose one (the one the sources use, else
   *                the one on the classpath)
   * @param write   false for a dry run
   */
  public static Report run(List<Path> sources, String classpath, Integer release, Flavour flavour,
                           double threshold, boolean write) {
    Set<String> lookups = new LinkedHashSet<>(FlavourChooser.lookups());
    ProjectAnalysis.Outcome outcome = ProjectAnalysis.run(sources, classpath, release, lookups);
    if (outcome.result() == null) {
      return new Report(Failure.DOES_NOT_COMPILE, outcome.errors(), flavour, List.of(), List.of());
    }
    Flavour chosen = flavour != null ? flavour : FlavourChooser.choose(sources, outcome.available());
    if (chosen == null) return new Report(Failure.NO_FLAVOUR, List.of(), null, List.of(), List.of());
    AnnotationPlan plan = new AnnotationPlan(outcome.result(), chosen, threshold);
    List<FileChange> changes = new ArrayList<>();
    for (Map.Entry<String, List<Insertion>> e : plan.byFile().entrySet()) {
      Path file = Path.of(e.getKey());
      try {
        String original = Files.readString(file, StandardCharsets.UTF_8);
        SourceWriter.Result r = SourceWriter.apply(original, e.getValue());
        changes.add(new FileChange(file, e.getValue(), r));
        if (write && r.changed()) Files.writeString(file, r.updated(), StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return new Report(null, List.of(), chosen, changes, plan.skipped());
  }
}
