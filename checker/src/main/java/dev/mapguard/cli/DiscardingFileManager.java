package dev.mapguard.cli;

import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/** A file manager that throws away everything javac writes: analysis without class files. */
public final class DiscardingFileManager extends ForwardingJavaFileManager<JavaFileManager> {

  public DiscardingFileManager(JavaFileManager delegate) {
    super(delegate);
  }

  @Override
  public JavaFileObject getJavaFileForOutput(Location location, String className,
                                             JavaFileObject.Kind kind, FileObject sibling) {
    URI uri = URI.create("mem:///" + className.replace('.', '/') + kind.extension);
    return new SimpleJavaFileObject(uri, kind) {
      @Override
      public OutputStream openOutputStream() {
        return OutputStream.nullOutputStream();
      }

      @Override
      public Writer openWriter() {
        return Writer.nullWriter();
      }
    };
  }
}
