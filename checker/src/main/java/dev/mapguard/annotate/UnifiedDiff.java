package dev.mapguard.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * The unified diff ({@code diff -u}, three lines of context) of the insertions
 * {@link SourceWriter} made: built from the edits themselves, so it shows exactly what
 * {@code annotate} would write.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  static String of(String shownPath, SourceWriter.Result r) {
    String path = shownPath.startsWith("/") ? shownPath.substring(1) : shownPath;
    SourceWriter.Lines lines = new SourceWriter.Lines(r.original());
    int n = lines.count();
    // per original line (1-based; n + 1 = after the end): lines inserted before it, or its new text
    List<List<String>> before = new ArrayList<>();
    String[] changed = new String[n + 2];
    for (int i = 0; i <= n + 1; i++) before.add(new ArrayList<>());
    for (SourceWriter.Edit e : r.edits()) {
      int line = e.offset() >= r.original().length() ? n + 1 : lines.lineOf(e.offset());
      boolean atLineStart = e.offset() == lines.start(line) || line == n + 1;
      if (atLineStart && endsWithLineBreak(e.text())) {
        for (String l : e.text().split("\\r\\n|\\n|\\r", -1)) before.get(line).add(l);
        before.get(line).remove(before.get(line).size() - 1); // the empty tail after the last break
      } else {
        String old = changed[line] != null ? changed[line] : lines.line(line);
        int col = e.offset() - lines.start(line) + (changed[line] == null ? 0 : changed[line].length()
            - lines.line(line).length());
        changed[line] = old.substring(0, col) + e.text() + old.substring(col);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
    int line = 1;
    int shift = 0; // new line number minus old line number before the current hunk
    while (line <= n + 1) {
      if (before.get(line).isEmpty() && changed[line] == null) {
        line++;
        continue;
      }
      int start = Math.max(1, line - CONTEXT);
      int end = line;
      // extend the hunk while the next change is within twice the context
      for (int l = line; l <= n + 1; l++) {
        if (!before.get(l).isEmpty() || changed[l] != null) end = l;
        else if (l - end > 2 * CONTEXT) break;
      }
      int last = Math.min(n, end + CONTEXT);
      StringBuilder body = new StringBuilder();
      int oldCount = 0;
      int newCount = 0;
      for (int l = start; l <= last + 1 && l <= n + 1; l++) {
        for (String ins : before.get(l)) {
          body.append('+').append(ins).append('\n');
          newCount++;
        }
        if (l > last) break;
        if (changed[l] != null) {
          body.append('-').append(lines.line(l)).append('\n').append('+').append(changed[l]).append('\n');
          oldCount++;
          newCount++;
        } else {
          body.append(' ').append(lines.line(l)).append('\n');
          oldCount++;
          newCount++;
        }
      }
      out.append("@@ -").append(start).append(',').append(oldCount).append(" +").append(start + shift)
          .append(',').append(newCount).append(" @@\n").append(body);
      shift += newCount - oldCount;
      line = last + 2;
    }
    return out.toString();
  }

  private static boolean endsWithLineBreak(String s) {
    return s.endsWith("\n") || s.endsWith("\r");
  }
}
