package dev.mapguard.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and the power-law fit used by the reports. */
final class Numbers {
  private Numbers() {}

  static double median(List<Double> values) {
    if (values.isEmpty()) return Double.NaN;
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  static long medianLong(List<Long> values) {
    return Math.round(median(values.stream().map(Long::doubleValue).toList()));
  }

  /**
   * Least-squares fit of {@code y = c * x^k} on log-log scale: returns {@code {k, c}}.
   */
  static double[] powerFit(List<Double> x, List<Double> y) {
    int n = x.size();
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i < n; i++) {
      double lx = Math.log(x.get(i)), ly = Math.log(y.get(i));
      sx += lx;
      sy += ly;
      sxx += lx * lx;
      sxy += lx * ly;
    }
    double k = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    double c = Math.exp((sy - k * sx) / n);
    return new double[] {k, c};
  }
}
