package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Log-log chart of MapGuard's own time (and plain javac's) against program size, with the fit. */
final class ScalingChart {
  private ScalingChart() {}

  static void draw(List<Double> lines, List<Double> ownSeconds, List<Double> javacSeconds, double[] fit,
                   Path file) throws IOException {
    int left = 80, right = 40, top = 50, bottom = 60, w = 560, h = 360;
    ChartCanvas c = new ChartCanvas(left + w + right, top + h + bottom);
    c.title(String.format(Locale.ROOT, "Time against program size (log-log); MapGuard's own time ~ lines^%.2f", fit[0]));
    double xMin = Math.log10(lines.get(0)) - 0.2, xMax = Math.log10(lines.get(lines.size() - 1)) + 0.2;
    double yMin = Double.MAX_VALUE, yMax = -Double.MAX_VALUE;
    for (List<Double> ys : List.of(ownSeconds, javacSeconds)) {
      for (double y : ys) {
        yMin = Math.min(yMin, Math.log10(Math.max(y, 0.001)));
        yMax = Math.max(yMax, Math.log10(Math.max(y, 0.001)));
      }
    }
    yMin = Math.floor(yMin);
    yMax = Math.ceil(yMax);
    Scale s = new Scale(left, top, w, h, xMin, xMax, yMin, yMax);
    for (int e = (int) Math.ceil(xMin); e <= xMax; e++) {
      int x = s.x(e);
      c.line(x, top, x, top + h, ChartCanvas.GRID, 1f, false);
      c.textCentered(String.format(Locale.ROOT, "%,d", (long) Math.pow(10, e)), x, top + h + 18, ChartCanvas.INK);
    }
    for (int e = (int) yMin; e <= yMax; e++) {
      int y = s.y(e);
      c.line(left, y, left + w, y, ChartCanvas.GRID, 1f, false);
      c.textRight(e >= 0 ? String.format(Locale.ROOT, "%,d s", (long) Math.pow(10, e))
          : String.format(Locale.ROOT, "%s s", Math.pow(10, e)), left - 6, y + 4, ChartCanvas.INK);
    }
    c.line(left, top, left, top + h, ChartCanvas.INK, 1f, false);
    c.line(left, top + h, left + w, top + h, ChartCanvas.INK, 1f, false);
    // the fitted power law
    double x0 = Math.log10(lines.get(0)), x1 = Math.log10(lines.get(lines.size() - 1));
    c.line(s.x(x0), s.y(Math.log10(fit[1]) + fit[0] * x0), s.x(x1), s.y(Math.log10(fit[1]) + fit[0] * x1),
        ChartCanvas.ACCENT, 1.5f, true);
    series(c, s, lines, javacSeconds, ChartCanvas.LIMIT);
    series(c, s, lines, ownSeconds, ChartCanvas.BAR);
    c.text("\u25cf MapGuard's own time (stats total)", left + 12, top + 16, ChartCanvas.BAR);
    c.text("\u25cf plain javac, whole compilation", left + 12, top + 34, ChartCanvas.LIMIT);
    c.text(String.format(Locale.ROOT, "- - fit: %.2g * lines^%.3f", fit[1], fit[0]), left + 12, top + 52, ChartCanvas.ACCENT);
    c.textCentered("lines of code", left + w / 2, top + h + 42, ChartCanvas.INK);
    c.save(file);
  }

  private static void series(ChartCanvas c, Scale s, List<Double> xs, List<Double> ys, java.awt.Color color) {
    for (int i = 0; i < xs.size(); i++) {
      int x = s.x(Math.log10(xs.get(i))), y = s.y(Math.log10(Math.max(ys.get(i), 0.001)));
      if (i > 0) {
        c.line(s.x(Math.log10(xs.get(i - 1))), s.y(Math.log10(Math.max(ys.get(i - 1), 0.001))), x, y, color, 1.5f, false);
      }
      c.g.setColor(color);
      c.g.fillOval(x - 4, y - 4, 8, 8);
    }
  }

  /** Maps log10 values to pixels. */
  private record Scale(int left, int top, int w, int h, double xMin, double xMax, double yMin, double yMax) {
    int x(double v) {
      return left + (int) Math.round((v - xMin) / (xMax - xMin) * w);
    }

    int y(double v) {
      return top + h - (int) Math.round((v - yMin) / (yMax - yMin) * h);
    }
  }
}
