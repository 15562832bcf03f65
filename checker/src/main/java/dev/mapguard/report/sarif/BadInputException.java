package dev.mapguard.report.sarif;

import java.nio.file.Path;

/**
 * An input file (SARIF log or baseline) that cannot be used. The message is one line: the file,
 * then what is wrong with it.
 */
public final class BadInputException extends Exception {
  private final transient Path file;
  private final String problem;

  public BadInputException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
    this.problem = problem;
  }

  public Path file() {
    return file;
  }

  /** What is wrong, without the file name. */
  public String problem() {
    return problem;
  }
}
