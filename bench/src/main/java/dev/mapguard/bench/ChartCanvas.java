package dev.mapguard.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A white PNG canvas with the fonts and strokes the charts share (AWT, headless). */
final class ChartCanvas {
  static final Color INK = new Color(0x222222);
  static final Color GRID = new Color(0xDDDDDD);
  static final Color BAR = new Color(0x3B75AF);
  static final Color ACCENT = new Color(0xC8553D);
  static final Color LIMIT = new Color(0x8C8C8C);

  final BufferedImage image;
  final Graphics2D g;

  ChartCanvas(int width, int height) {
    System.setProperty("java.awt.headless", "true");
    image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
  }

  void title(String text) {
    Font f = g.getFont();
    g.setFont(f.deriveFont(Font.BOLD, 15f));
    g.setColor(INK);
    g.drawString(text, 16, 24);
    g.setFont(f);
  }

  void text(String s, int x, int y, Color c) {
    g.setColor(c);
    g.drawString(s, x, y);
  }

  /** Draws text right-aligned so that it ends at x. */
  void textRight(String s, int x, int y, Color c) {
    text(s, x - g.getFontMetrics().stringWidth(s), y, c);
  }

  void textCentered(String s, int x, int y, Color c) {
    text(s, x - g.getFontMetrics().stringWidth(s) / 2, y, c);
  }

  void line(int x1, int y1, int x2, int y2, Color c, float width, boolean dashed) {
    g.setColor(c);
    g.setStroke(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f) : new BasicStroke(width));
    g.drawLine(x1, y1, x2, y2);
    g.setStroke(new BasicStroke(1f));
  }

  void save(Path file) throws IOException {
    g.dispose();
    Files.createDirectories(file.toAbsolutePath().getParent());
    ImageIO.write(image, "png", file.toFile());
  }
}
