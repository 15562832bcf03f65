package dev.mapguard.plugin;

/**
 * What the program that runs javac knows and javac's public API does not tell a plugin. javac
 * itself ({@code -Xplugin:MapGuard}) is {@link #JAVAC}; the CLI, which runs javac in process,
 * passes its own.
 */
public interface CompilationHost {
  /**
   * Whether javac reported an error that MapGuard cannot see for itself. A file manager made
   * outside the task (the CLI's) reports decoding errors (a Latin-1 file read as UTF-8) to its
   * own listener: javac then compiles on as if they were not there, and so would MapGuard.
   */
  boolean reportedErrors();

  /**
   * Whether to keep the build record next to the logs: a build compiles several times into one
   * folder and a gate must know every compilation; the CLI compiles once and writes one log.
   */
  boolean keepsBuildRecord();

  CompilationHost JAVAC = new CompilationHost() {
    @Override
    public boolean reportedErrors() {
      return false; // javac's own errors stop it before MapGuard analyses anything
    }

    @Override
    public boolean keepsBuildRecord() {
      return true;
    }
  };
}
