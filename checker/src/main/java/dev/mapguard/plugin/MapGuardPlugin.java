package dev.mapguard.plugin;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;

/**
 * {@code -Xplugin:MapGuard}: finds maps shared between threads without a lock, in the build
 * people already run. Uses only the public {@code com.sun.source} API, so it needs no JVM flags.
 */
@AutoService(Plugin.class)
public final class MapGuardPlugin implements Plugin {
  public static final String NAME = "MapGuard";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    init(task, CompilationHost.JAVAC, args);
  }

  /** {@link #init(JavacTask, String...)} for a program that runs javac itself and knows more. */
  public void init(JavacTask task, CompilationHost host, String... args) {
    PluginOptions options;
    try {
      options = PluginOptions.parse(args);
    } catch (PluginOptions.OptionsException e) {
      // javac offers no public way to fail from init(): report at the first file instead
      task.addTaskListener(new ConfigurationError(task, e.getMessage()));
      return;
    }
    task.addTaskListener(new CompilationListener(task, options, host,
        Warmup.start(options.sarif() != null)));
  }
}
