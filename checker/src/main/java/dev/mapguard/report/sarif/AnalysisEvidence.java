package dev.mapguard.report.sarif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a SARIF log proves that MapGuard analysed the sources as they are now. A log that does
 * not is no evidence of safety, whatever results it holds: the gate fails closed on it. Each
 * reason gets its own message.
 */
public final class AnalysisEvidence {
  private final Path sourceRoot;
  private final boolean acceptPartial;

  /** @param sourceRoot the folder the log's paths are relative to (the build's {@code srcroot}) */
  public AnalysisEvidence(Path sourceRoot) {
    this(sourceRoot, false);
  }

  /** @param acceptPartial accept a run over sources that did not compile (lenient) */
  public AnalysisEvidence(Path sourceRoot, boolean acceptPartial) {
    this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
    this.acceptPartial = acceptPartial;
  }

  /** Why {@code log} does not show a complete, current analysis; empty when it does. */
  public List<String> problems(SarifLogFile log) {
    List<String> out = new ArrayList<>();
    if (log.runs().isEmpty()) {
      out.add(log.tools().isEmpty() ? "holds no run at all"
          : "holds no run from MapGuard (only from " + String.join(", ", log.tools()) + ")");
      return out;
    }
    for (SarifLogFile.Run run : log.runs()) {
      String which = log.runs().size() > 1 ? "run " + run.index() + ": " : "";
      if (run.invocations().isEmpty()) {
        out.add(which + "records no invocation, so nothing shows that MapGuard ran");
      }
      for (SarifLogFile.Invocation inv : run.invocations()) {
        problem(inv).ifPresent(p -> out.add(which + p));
      }
    }
    return out;
  }

  private Optional<String> problem(SarifLogFile.Invocation inv) {
    if (!inv.internalErrors().isEmpty()) {
      return Optional.of("MapGuard failed with an internal error, so its findings are incomplete: "
          + String.join("; ", inv.internalErrors()));
    }
    if (Boolean.FALSE.equals(inv.analysed())) {
      return Optional.of("the compilation had errors, so MapGuard analysed nothing");
    }
    if (inv.partial() && !acceptPartial) {
      return Optional.of("partial: the sources did not compile, and MapGuard analysed only what "
          + "javac could attribute (check --lenient), so findings may be missing; the gate takes "
          + "such a log only with --accept-partial");
    }
    if (!inv.executionSuccessful() && !(inv.partial() && acceptPartial)) {
      return Optional.of("the invocation says it did not succeed (executionSuccessful is false)");
    }
    if (inv.sourceFiles() == null || inv.analysed() == null) {
      return Optional.of("the invocation does not record what MapGuard analysed (no "
          + SarifNames.SOURCE_FILES + " or " + SarifNames.ANALYSED + " property): not a log MapGuard wrote");
    }
    if (inv.sourceFiles() == 0) {
      return Optional.of("MapGuard analysed 0 source files (the plugin ran on a compilation without sources?)");
    }
    if (inv.end() == null) {
      return Optional.of("the invocation has no endTimeUtc, so it cannot be shown to be newer than the sources");
    }
    return stale(inv);
  }

  /**
   * A report older than a source file is about other sources: a build that found nothing to
   * compile (maven-compiler-plugin skips javac when it sees no change) leaves the old one behind.
   */
  private Optional<String> stale(SarifLogFile.Invocation inv) {
    for (String root : inv.sourceRoots()) {
      Path dir = ArtifactUris.resolve(sourceRoot, root);
      if (!Files.isDirectory(dir)) {
        return Optional.of("its source folder " + root + " is not under " + sourceRoot
            + " (run the gate from the folder the build ran in, or give --srcroot)");
      }
      Optional<Newest> newest;
      try {
        newest = newestJavaFile(dir);
      } catch (UncheckedIOException e) {
        return Optional.of("its source folder " + root + " cannot be read: " + e.getCause().getMessage());
      }
      if (newest.isPresent() && newest.get().time().isAfter(inv.end())) {
        return Optional.of("stale: MapGuard wrote it at " + inv.end() + " but "
            + sourceRoot.relativize(newest.get().file()) + " changed at " + newest.get().time()
            + "; the build did not recompile (an incremental build that skipped javac?), so this "
            + "report is not about the current sources. Rebuild with 'clean'.");
      }
    }
    return Optional.empty();
  }

  private record Newest(Path file, Instant time) {}

  private static Optional<Newest> newestJavaFile(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
          .map(p -> new Newest(p, modified(p)))
          .max((a, b) -> a.time().compareTo(b.time()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant modified(Path p) {
    try {
      FileTime t = Files.getLastModifiedTime(p);
      return t.toInstant();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
