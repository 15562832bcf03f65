package dev.mapguard.report.sarif;

/** Names MapGuard's SARIF writer and its readers (gate, baseline, merge) agree on. */
public final class SarifNames {
  /** {@code tool.driver.name} of every MapGuard run. */
  public static final String TOOL = "MapGuard";

  /** Invocation properties. */
  public static final String ANALYSED = "analysed";
  public static final String SOURCE_FILES = "sourceFiles";
  public static final String CLASSES = "classes";
  public static final String SOURCE_ROOTS = "sourceRoots";
  public static final String INTERNAL_ERRORS = "internalErrors";
  /** Which compilation of the build wrote the log (report.sarif.CompilationId). */
  public static final String COMPILATION = "compilation";
  /** True when the sources did not compile and MapGuard analysed what javac attributed (lenient). */
  public static final String PARTIAL = "partial";

  private SarifNames() {}
}
