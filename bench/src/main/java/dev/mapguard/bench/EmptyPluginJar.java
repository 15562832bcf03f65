package dev.mapguard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Packs {@link EmptyPlugin} into a jar of its own for javac's processor path. It is made at run
 * time, not shipped as a resource, so that compiling the bench tools never sees a plugin
 * service whose class is not compiled yet.
 */
final class EmptyPluginJar {
  private EmptyPluginJar() {}

  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path jar = dir.resolve("empty-plugin.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (Class<?> c : List.of(EmptyPlugin.class, EmptyPlugin.Listener.class)) {
        String entry = c.getName().replace('.', '/') + ".class";
        try (InputStream in = EmptyPluginJar.class.getClassLoader().getResourceAsStream(entry)) {
          if (in == null) throw new IOException(entry + " is not on the bench tools' classpath");
          out.putNextEntry(new JarEntry(entry));
          in.transferTo(out);
          out.closeEntry();
        }
      }
      out.putNextEntry(new JarEntry("META-INF/services/com.sun.source.util.Plugin"));
      out.write((EmptyPlugin.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  /** {@code -processorpath JAR -Xplugin:NAME}. */
  static List<String> pluginArgs(Path jar) {
    return List.of("-processorpath", jar.toString(), "-Xplugin:" + EmptyPlugin.NAME);
  }
}
