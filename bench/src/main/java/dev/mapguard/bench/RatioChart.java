package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Horizontal bars: javac + MapGuard time over plain javac time, per library, with the targets. */
final class RatioChart {
  private RatioChart() {}

  static void draw(List<LibraryResult> results, Path file) throws IOException {
    List<LibraryResult> sorted = results.stream()
        .sorted(Comparator.comparingLong((LibraryResult r) -> r.library().lines()).reversed()).toList();
    int rowH = 26, left = 250, right = 70, top = 56, bottom = 50, plotW = 560;
    int width = left + plotW + right, height = top + rowH * sorted.size() + bottom;
    ChartCanvas c = new ChartCanvas(width, height);
    c.title("javac + MapGuard time / plain javac time (median of alternating pairs)");
    double lo = 0.9, hi = Math.max(1.3, sorted.stream().mapToDouble(r -> r.runs().ratio()).max().orElse(1) + 0.05);
    int plotBottom = top + rowH * sorted.size();
    for (double t = 0.9; t <= hi + 1e-9; t += 0.1) {
      int x = left + (int) ((t - lo) / (hi - lo) * plotW);
      c.line(x, top, x, plotBottom, ChartCanvas.GRID, 1f, false);
      c.textCentered(String.format(Locale.ROOT, "%.1f", t), x, plotBottom + 18, ChartCanvas.INK);
    }
    for (double limit : new double[] {1.10, 1.25}) {
      int x = left + (int) ((limit - lo) / (hi - lo) * plotW);
      c.line(x, top - 6, x, plotBottom, ChartCanvas.ACCENT, 1.5f, true);
      c.textCentered(String.format(Locale.ROOT, "%.2f", limit), x, top - 10, ChartCanvas.ACCENT);
    }
    int x1 = left + (int) ((1.0 - lo) / (hi - lo) * plotW);
    for (int i = 0; i < sorted.size(); i++) {
      LibraryResult r = sorted.get(i);
      int y = top + i * rowH;
      int x2 = left + (int) ((r.runs().ratio() - lo) / (hi - lo) * plotW);
      c.g.setColor(ChartCanvas.BAR);
      c.g.fillRect(Math.min(x1, x2), y + 5, Math.max(2, Math.abs(x2 - x1)), rowH - 10);
      c.textRight(String.format(Locale.ROOT, "%s (%dk lines)", r.library().name(), r.library().lines() / 1000),
          left - 8, y + rowH / 2 + 5, ChartCanvas.INK);
      c.text(String.format(Locale.ROOT, "%.3f", r.runs().ratio()), Math.max(x1, x2) + 6, y + rowH / 2 + 5, ChartCanvas.INK);
    }
    c.line(x1, top, x1, plotBottom, ChartCanvas.INK, 1f, false);
    c.textCentered("ratio (1.0 = no overhead; dashed: 1.10 median target, 1.25 per-library limit)",
        left + plotW / 2, height - 12, ChartCanvas.INK);
    c.save(file);
  }
}
