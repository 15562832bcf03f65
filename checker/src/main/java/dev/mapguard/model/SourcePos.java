package dev.mapguard.model;

import java.util.Comparator;

/**
 * A region of a source file. {@code file} is the absolute path of the file as javac saw it;
 * reporters make it relative. Lines and columns are 1-based; offsets are 0-based char offsets.
 */
public record SourcePos(String file, int line, int column, int endLine, int endColumn,
                        int startOffset, int endOffset) implements Comparable<SourcePos> {

  public static final SourcePos UNKNOWN = new SourcePos("<unknown>", 0, 0, 0, 0, -1, -1);

  private static final Comparator<SourcePos> ORDER = Comparator.comparing(SourcePos::file)
      .thenComparingInt(SourcePos::startOffset)
      .thenComparingInt(SourcePos::endOffset);

  /** The file name without its directories, e.g. {@code Foo.java}. */
  public String fileName() {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return file.substring(slash + 1);
  }

  /** {@code Foo.java:12}, the form used inside messages. */
  public String shortText() {
    return fileName() + ":" + line;
  }

  @Override
  public int compareTo(SourcePos other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return shortText();
  }
}
