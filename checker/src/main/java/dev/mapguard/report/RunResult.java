package dev.mapguard.report;

import dev.mapguard.rules.Finding;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of one MapGuard run over one compilation: what reporters write out.
 *
 * @param analysed       whether the analysis ran to the end (false when the compilation had
 *                       errors, so MapGuard stayed silent)
 * @param sourceFiles    number of source files analysed
 * @param classes        number of classes analysed
 * @param internalErrors failures inside MapGuard (each also reported as a warning)
 * @param sourceRoots    the folders the compiled files live under (each file's folder less its
 *                       package folders), sorted: where a gate looks for edits made since
 * @param compilation    which compilation of the build this is (its source folders relative to
 *                       srcroot, see report.sarif.CompilationId), or null when not known
 * @param partial        analysed although the sources did not compile (lenient): findings may be
 *                       missing, and code javac could not attribute was not analysed
 */
public record RunResult(List<Finding> findings, boolean analysed, int sourceFiles, int classes,
                        List<InternalError> internalErrors, Instant start, Instant end,
                        List<Path> sourceRoots, String compilation, boolean partial) {
  public RunResult {
    findings = List.copyOf(findings);
    internalErrors = List.copyOf(internalErrors);
    sourceRoots = sourceRoots.stream().distinct().sorted().toList();
  }
}
