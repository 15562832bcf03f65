package dev.mapguard.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The javac command line for one compilation of a library: the same for plain javac and for
 * javac with MapGuard, except the plugin arguments. Class files are written (as in a real build);
 * warnings other than MapGuard's are off so the log stays readable. {@code -XX:+CITime} makes the
 * JVM print at exit how long its JIT compilers ran (timers only: it changes no decision of theirs),
 * which shows how much JIT work a plugin's own code adds on a machine with few cores.
 */
final class JavacInvocation {
  private JavacInvocation() {}

  static List<String> command(Path javac, int release, List<Path> classpath, List<String> flags,
                              Path classesDir, Path sourcesFile, List<String> pluginArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(javac.toString());
    cmd.add("-J-XX:+CITime");
    cmd.addAll(List.of("-d", classesDir.toString(), "--release", Integer.toString(release),
        "-proc:none", "-encoding", "UTF-8", "-nowarn", "-Xlint:none", "-Xmaxwarns", "1000000",
        "-Xmaxerrs", "1000"));
    if (!classpath.isEmpty()) {
      cmd.add("-classpath");
      cmd.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    }
    cmd.addAll(flags);
    cmd.addAll(pluginArgs);
    cmd.add("@" + sourcesFile);
    return cmd;
  }

  /** {@code -processorpath JAR -Xplugin:"MapGuard OPTIONS"} (one argument: javac splits it). */
  static List<String> plugin(Path jar, String options) {
    return List.of("-processorpath", jar.toString(), "-Xplugin:MapGuard " + options);
  }

  static Path javac(int jdk) throws IOException {
    return Jdks.javac(jdk);
  }
}
