package dev.mapguard.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * MapGuard's version and home page, as the build wrote them into {@code mapguard.properties}
 * (filtered from the pom), so that the plugin jar, the shaded jar and the test classes agree.
 */
public final class Version {
  private static final Properties BUILD = load();

  private Version() {}

  /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String get() {
    return BUILD.getProperty("version");
  }

  /** The project's home page (the pom's {@code <url>}), without a trailing slash. */
  public static String home() {
    String url = BUILD.getProperty("url");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("mapguard.properties")) {
      if (in == null) throw new IllegalStateException("mapguard.properties is missing from the MapGuard jar");
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
