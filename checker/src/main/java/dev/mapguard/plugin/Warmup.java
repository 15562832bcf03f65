package dev.mapguard.plugin;

import dev.mapguard.catalog.Catalog;
import dev.mapguard.report.sarif.SarifReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The part of MapGuard's fixed cost that needs nothing from javac, done on a background thread
 * started in {@code Plugin.init}, so that it overlaps javac's parsing instead of adding to the
 * compilation: loading MapGuard's classes from its jar (a third of the plugin's cost on a
 * one-class compilation, since every compilation gets a fresh class loader), reading the library
 * catalogue, and preparing the SARIF writer (Jackson, the rule pages, the digest).
 *
 * <p>It never touches javac. Classes are only loaded here, not initialised, except those the
 * catalogue and the SARIF writer initialise; the compiler thread uses those only after
 * {@link #awaitCatalogue()} or {@link #finish()}, so the two threads never run one class's
 * static initialiser at the same time. Whatever fails here is ignored: the compiler thread then
 * does the same work itself, and reports a real failure where it happens.
 */
final class Warmup {
  /** MapGuard's packages the plugin runs (the command line's and the annotator's are left). */
  private static final List<String> PLUGIN_PACKAGES = List.of("analysis/", "catalog/", "extract/",
      "model/", "plugin/", "report/", "rules/");

  private static final String SARIF_PACKAGE = "dev.mapguard.report.sarif.";

  private final Thread thread;
  private volatile boolean stop;
  /** Opened once the catalogue has been read, or given up on. */
  private final CountDownLatch catalogue = new CountDownLatch(1);

  private Warmup(boolean sarif) {
    thread = new Thread(() -> run(sarif), "MapGuard warm-up");
    thread.setDaemon(true); // never keeps a build's JVM alive
  }

  /**
   * Starts the warm-up; {@code sarif} says whether this compilation writes a SARIF log.
   */
  static Warmup start(boolean sarif) {
    Warmup w = new Warmup(sarif);
    try {
      w.thread.start();
    } catch (RuntimeException | OutOfMemoryError e) {
      // no thread to be had: the compiler thread does it all, as it would without this class
      w.catalogue.countDown();
    }
    return w;
  }

  private void run(boolean sarif) {
    try {
      Catalog.standard();
    } catch (RuntimeException | LinkageError e) {
      // the compiler thread reads it again and reports what is wrong
    } finally {
      catalogue.countDown();
    }
    try {
      loadClasses(sarif);
      if (sarif && !stop) SarifReport.prepare();
    } catch (RuntimeException | LinkageError | IOException e) {
      // a warm-up only: the compiler thread loads and prepares what it needs itself
    }
  }

  /** Waits until the catalogue has been read (or given up on), before extraction first uses it. */
  void awaitCatalogue() throws InterruptedException {
    catalogue.await();
  }

  /**
   * Called when the compilation is done, before the analysis, rules and reports run: waits for
   * the warm-up to end, so no class is initialised by both threads and no class is still being
   * loaded once javac closes the plugin's class loader.
   */
  void finish() throws InterruptedException {
    stop = true;
    if (thread.isAlive()) thread.join();
  }

  boolean isRunning() {
    return thread.isAlive();
  }

  private void loadClasses(boolean sarif) throws IOException {
    ClassLoader loader = Warmup.class.getClassLoader();
    for (String name : pluginClassNames()) {
      if (stop) return;
      if (!sarif && name.startsWith(SARIF_PACKAGE)) continue; // this compilation writes no log
      try {
        Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        // the compiler thread gets the same error where it needs the class, and reports it
      }
    }
  }

  /** The binary names of the classes in {@link #PLUGIN_PACKAGES}, from the jar or folder MapGuard runs from. */
  static List<String> pluginClassNames() throws IOException {
    CodeSource source = Warmup.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) return List.of();
    Path location;
    try {
      location = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return List.of();
    }
    List<String> entries = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location.resolve("dev/mapguard"))) {
        files.forEach(p -> entries.add(location.relativize(p).toString().replace('\\', '/')));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile(), false)) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          entries.add(e.nextElement().getName());
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (String entry : entries) {
      if (isPluginClass(entry)) names.add(entry.substring(0, entry.length() - 6).replace('/', '.'));
    }
    return names;
  }

  static boolean isPluginClass(String entry) {
    if (!entry.startsWith("dev/mapguard/") || !entry.endsWith(".class")) return false;
    String rest = entry.substring("dev/mapguard/".length());
    for (String p : PLUGIN_PACKAGES) {
      if (rest.startsWith(p)) return true;
    }
    return false;
  }
}
