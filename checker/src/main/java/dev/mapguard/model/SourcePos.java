package dev.mapguard.model;

/**
 * A region of a source file. {@code file} is the absolute path of the file as javac saw it;
 * reporters make it relative. Lines and columns are 1-based; offsets are 0-based char offsets.
 */
public record SourcePos(String file, int line, int column, int endLine, int endColumn,
                        int startOffset, int endOffset) implements Comparable<SourcePos> {

  public static final SourcePos UNKNOWN = new SourcePos("<unknown>", 0, 0, 0, 0, -1, -1);

  /** The file name without its directories, e.g. {@code Foo.java}. */
  public String fileName() {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return file.substring(slash + 1);
  }

  /** {@code Foo.java:12}, the form used inside messages. */
  public String shortText() {
    return fileName() + ":" + line;
  }

  /** By file, then start and end offset. */
  @Override
  public int compareTo(SourcePos other) {
    int c = file.compareTo(other.file);
    if (c != 0) return c;
    c = Integer.compare(startOffset, other.startOffset);
    return c != 0 ? c : Integer.compare(endOffset, other.endOffset);
  }

  // equals and hashCode written out, as TaskRef's records do (a hash key on hot paths)
  @Override
  public boolean equals(Object o) {
    return o instanceof SourcePos p && line == p.line && column == p.column && endLine == p.endLine
        && endColumn == p.endColumn && startOffset == p.startOffset && endOffset == p.endOffset
        && file.equals(p.file);
  }

  @Override
  public int hashCode() {
    int h = file.hashCode();
    h = h * 31 + line;
    h = h * 31 + column;
    h = h * 31 + endLine;
    h = h * 31 + endColumn;
    h = h * 31 + startOffset;
    return h * 31 + endOffset;
  }

  @Override
  public String toString() {
    return shortText();
  }
}
