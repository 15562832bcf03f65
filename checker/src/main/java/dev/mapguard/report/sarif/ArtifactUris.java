package dev.mapguard.report.sarif;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the absolute paths javac reports into SARIF artifact URIs relative to the source root
 * ({@code %SRCROOT%}), so a log names no machine's folders: {@code src/main/java/a/B.java}.
 */
public final class ArtifactUris {
  /** The uriBaseId every MapGuard location is relative to. */
  public static final String SRCROOT = "%SRCROOT%";

  private final Path root;
  private final Map<String, String> fileUris = new HashMap<>();

  public ArtifactUris(Path sourceRoot) {
    this.root = canonical(sourceRoot);
  }

  /**
   * The URI of {@code file} relative to the source root, with '/' separators, percent-encoded.
   * Remembered per file: a trace names the same few files hundreds of times, and resolving a
   * real path asks the file system about every folder on the way.
   */
  public String uri(String file) {
    return fileUris.computeIfAbsent(file, f -> encode(relativePath(canonical(Path.of(f)))));
  }

  /** The URI of a folder relative to the source root, ending in '/' (SARIF's convention). */
  public String folderUri(Path folder) {
    String rel = relativePath(canonical(folder));
    return rel.isEmpty() ? "./" : encode(rel) + "/";
  }

  /** Resolves a URI this class made against a source root (the gate's side). */
  public static Path resolve(Path sourceRoot, String relativeUri) {
    return sourceRoot.resolve(URI.create(relativeUri).getPath()).normalize();
  }

  private String relativePath(Path p) {
    Path rel;
    try {
      rel = root.relativize(p);
    } catch (IllegalArgumentException e) {
      // another drive on Windows: no relative path exists; name the file alone
      rel = p.getFileName();
    }
    StringBuilder sb = new StringBuilder();
    for (Path part : rel) {
      if (sb.length() > 0) sb.append('/');
      sb.append(part);
    }
    return sb.toString();
  }

  private static String encode(String path) {
    try {
      // a first segment with ':' would read as a scheme: "./" keeps the URI relative
      String safe = path.indexOf(':') >= 0 && path.indexOf(':') < firstSlash(path) ? "./" + path : path;
      return new URI(null, null, safe, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot express " + path + " as a URI", e);
    }
  }

  private static int firstSlash(String path) {
    int i = path.indexOf('/');
    return i < 0 ? path.length() : i;
  }

  private static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException | SecurityException e) {
      return abs;
    }
  }
}
