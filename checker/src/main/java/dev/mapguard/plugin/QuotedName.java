package dev.mapguard.plugin;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import java.util.Arrays;

/**
 * {@code -Xplugin:"MapGuard level=error"} written inside a build file: a shell removes those
 * quotes, but Maven's {@code <arg>} and Gradle's strings hand them to javac, which then looks for
 * a plug-in named {@code "MapGuard} (or {@code "MapGuard"} without options). These answer to
 * those names, drop the quotes and run MapGuard, so the form people know from the command line
 * works pasted into a build too.
 */
abstract class QuotedName implements Plugin {

  @Override
  public void init(JavacTask task, String... args) {
    String[] unquoted = Arrays.copyOf(args, args.length);
    int last = unquoted.length - 1;
    if (last >= 0 && unquoted[last].endsWith("\"")) {
      unquoted[last] = unquoted[last].substring(0, unquoted[last].length() - 1);
    }
    new MapGuardPlugin().init(task, unquoted);
  }

  /** {@code -Xplugin:"MapGuard key=value ..."}: the closing quote ends the last option. */
  @AutoService(Plugin.class)
  public static final class WithOptions extends QuotedName {
    @Override
    public String getName() {
      return "\"" + MapGuardPlugin.NAME;
    }
  }

  /** {@code -Xplugin:"MapGuard"}. */
  @AutoService(Plugin.class)
  public static final class Alone extends QuotedName {
    @Override
    public String getName() {
      return "\"" + MapGuardPlugin.NAME + "\"";
    }
  }
}
