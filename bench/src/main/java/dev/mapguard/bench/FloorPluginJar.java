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
 * Packs the floor plugins ({@link EmptyPlugin}, {@link WalkPlugin}) into a jar of their own for
 * javac's processor path. It is made at run time, not shipped as a resource, so that compiling the
 * bench tools never sees a plugin service whose class is not compiled yet.
 */
final class FloorPluginJar {
  private FloorPluginJar() {}

  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path jar = dir.resolve("floor-plugins.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (Class<?> c : List.of(EmptyPlugin.class, EmptyPlugin.Listener.class, WalkPlugin.class,
          WalkPlugin.Listener.class, WalkPlugin.Resolver.class)) {
        String entry = c.getName().replace('.', '/') + ".class";
        try (InputStream in = FloorPluginJar.class.getClassLoader().getResourceAsStream(entry)) {
          if (in == null) throw new IOException(entry + " is not on the bench tools' classpath");
          out.putNextEntry(new JarEntry(entry));
          in.transferTo(out);
          out.closeEntry();
        }
      }
      out.putNextEntry(new JarEntry("META-INF/services/com.sun.source.util.Plugin"));
      out.write((EmptyPlugin.class.getName() + "\n" + WalkPlugin.class.getName() + "\n")
          .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  /** {@code -processorpath JAR -Xplugin:NAME} for the empty plugin. */
  static List<String> emptyArgs(Path jar) {
    return List.of("-processorpath", jar.toString(), "-Xplugin:" + EmptyPlugin.NAME);
  }

  /** The same for the plugin that walks and resolves every class's tree. */
  static List<String> walkArgs(Path jar) {
    return List.of("-processorpath", jar.toString(), "-Xplugin:" + WalkPlugin.NAME);
  }
}
