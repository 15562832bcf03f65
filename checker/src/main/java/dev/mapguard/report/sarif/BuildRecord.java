package dev.mapguard.report.sarif;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The build record: one line per compilation that ran MapGuard with {@code sarif=}, written when
 * the compilation starts, in the folder its log goes to. It is what a gate knows the build ran:
 * a compilation whose log is missing, or whose log another compilation overwrote, is in the
 * record and not (or not as itself) in the logs. A line is replaced when the same compilation
 * writes the same log again (a rebuild); {@code clean} removes the record with the logs.
 *
 * <p>Plain text, not JSON: the plugin writes it in every compilation and should not pay for
 * loading a JSON reader.
 */
public final class BuildRecord {
  public static final String FILE_NAME = "mapguard-build.tsv";
  private static final String HEADER = "# MapGuard build record: one line per compilation run with"
      + " sarif= (start time, source folders, log file). Read by 'mapguard gate'.";

  /**
   * One compilation.
   *
   * @param started     its start time, as its log's {@code startTimeUtc}
   * @param compilation its {@link CompilationId#name()}
   * @param log         the log's file name, in the record's folder
   */
  public record Entry(String started, String compilation, String log) {
    String line() {
      return started + "\t" + compilation + "\t" + log;
    }
  }

  private BuildRecord() {}

  /**
   * Adds {@code entry} to the record at {@code file}, replacing the line of the same compilation
   * and log, and returns the entries of other compilations that wrote the same log.
   */
  public static List<Entry> add(Path file, Entry entry) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
         FileLock lock = lock(ch)) {
      ByteBuffer buf = ByteBuffer.allocate((int) ch.size());
      while (buf.hasRemaining() && ch.read(buf) >= 0) {
        // read it all
      }
      List<String> lines = new ArrayList<>();
      List<Entry> sameLog = new ArrayList<>();
      lines.add(HEADER);
      for (String line : new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).split("\n")) {
        Entry e = parse(line);
        if (e == null || !e.log().equals(entry.log())) {
          if (e != null) lines.add(e.line());
        } else if (!e.compilation().equals(entry.compilation())) {
          lines.add(e.line());
          sameLog.add(e);
        }
      }
      lines.add(entry.line());
      byte[] out = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(out), 0);
      return sameLog;
    }
  }

  /**
   * Compilations of one build may run in parallel in one JVM (Maven -T), each with its own class
   * loader, so a JVM-wide lock is not shared: wait on the file's lock, retrying while another
   * thread of this JVM holds it.
   */
  private static FileLock lock(FileChannel ch) throws IOException {
    for (int tries = 0; ; tries++) {
      try {
        return ch.lock();
      } catch (OverlappingFileLockException e) {
        if (tries > 500) throw new IOException("the build record is locked by another compilation", e);
        try {
          Thread.sleep(10);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted waiting for the build record", ie);
        }
      }
    }
  }

  /** The entries of the record at {@code file}; empty when there is none. */
  public static List<Entry> read(Path file) throws BadInputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new BadInputException(file, "cannot read the build record: " + e.getMessage());
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) continue;
      Entry e = parse(line);
      if (e == null) {
        throw new BadInputException(file, "line " + (i + 1) + " is not a build record line (start, "
            + "source folders, log, tab-separated); delete the file and rebuild");
      }
      out.add(e);
    }
    return out;
  }

  private static Entry parse(String line) {
    if (line.isBlank() || line.startsWith("#")) return null;
    String[] parts = line.split("\t", -1);
    return parts.length == 3 ? new Entry(parts[0], parts[1], parts[2]) : null;
  }
}
