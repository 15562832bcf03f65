package dev.mapguard.maven;

import dev.mapguard.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mapguard:check}, bound to {@code verify}: the gate of {@code java -jar mapguard.jar gate}
 * on this module's logs ({@code sarif=${project.build.directory}/mapguard/}), with the module's
 * main and test source folders required to be covered, so a compilation that ran without the
 * javac plugin fails the build too. Fails the build on new findings; fails it, naming the reason,
 * when the logs do not prove the analysis ran.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  /** The folder the javac plugin writes the module's logs to ({@code sarif=FOLDER/}). */
  @Parameter(property = "mapguard.logs", defaultValue = "${project.build.directory}/mapguard")
  private File logs;

  /** Findings to accept (made by {@code java -jar mapguard.jar baseline}); none by default. */
  @Parameter(property = "mapguard.baseline")
  private File baseline;

  /** The lowest level that fails the build: error, warning or note. */
  @Parameter(property = "mapguard.failOn", defaultValue = "warning")
  private String failOn;

  /** The folder the logs' paths are relative to: the plugin's {@code srcroot}. */
  @Parameter(property = "mapguard.srcroot", defaultValue = "${maven.multiModuleProjectDirectory}")
  private File srcroot;

  /** Source folders that must each be covered by a log: the module's main and test sources. */
  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true)
  private List<String> compileSourceRoots;

  @Parameter(defaultValue = "${project.testCompileSourceRoots}", readonly = true)
  private List<String> testCompileSourceRoots;

  /** Skips the check (and says so). */
  @Parameter(property = "mapguard.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().warn("MapGuard check skipped (mapguard.skip): nothing was gated");
      return;
    }
    List<String> required = new ArrayList<>(compileSourceRoots);
    required.addAll(testCompileSourceRoots);
    if (required.stream().noneMatch(CheckMojo::holdsJava)) {
      // a parent (packaging pom) inherits the plugin but compiles nothing: nothing to gate
      getLog().info("MapGuard check: no Java sources in this module, nothing to check");
      return;
    }
    List<String> args = new ArrayList<>(List.of("gate", logs.getPath(), "--fail-on", failOn,
        "--srcroot", srcroot.getPath()));
    if (baseline != null) args.addAll(List.of("--baseline", baseline.getPath()));
    if (!required.isEmpty()) args.addAll(List.of("--require-sources", String.join(",", required)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(new String[0]));
    out.toString().lines().forEach(l -> getLog().info(l));
    err.toString().lines().forEach(l -> getLog().error(l));
    switch (exit) {
      case 0 -> { }
      case 1 -> throw new MojoFailureException("MapGuard: new findings (listed above); fix them, or "
          + "accept them in a baseline: java -jar mapguard.jar baseline " + logs + " -o FILE");
      default -> throw new MojoFailureException("MapGuard: the analysis did not run, or cannot be "
          + "shown to have run on these sources (reasons above)");
    }
  }

  private static boolean holdsJava(String folder) {
    Path dir = Path.of(folder);
    if (!Files.isDirectory(dir)) return false;
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(p -> p.toString().endsWith(".java"));
    } catch (IOException e) {
      return true; // unreadable: let the gate look, and say what it finds
    }
  }
}
