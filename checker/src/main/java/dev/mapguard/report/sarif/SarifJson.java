package dev.mapguard.report.sarif;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one JSON setup for every file MapGuard writes or reads (SARIF logs, baselines): two-space
 * indentation, {@code "key": value}, LF line ends and a final newline whatever the platform, no
 * nulls, and strict reading (duplicate keys are an error), so that output is byte-stable.
 */
public final class SarifJson {
  /** The mapper for reading, made on first use: the plugin only writes and never loads it. */
  private static final class Reader {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  private static final JsonFactory FACTORY = new JsonFactory();

  private static final DefaultPrettyPrinter PRINTER = pretty();

  private SarifJson() {}

  private static DefaultPrettyPrinter pretty() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter p = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    p.indentObjectsWith(indenter);
    p.indentArraysWith(indenter);
    return p;
  }

  /** The text of {@code value} as MapGuard writes JSON, ending in a newline. */
  public static String text(Object value) {
    if (value instanceof JsonNode tree) {
      // a log read back and edited (merge): the command line, where the mapper is loaded anyway
      try {
        return Reader.MAPPER.writer(PRINTER).writeValueAsString(tree) + "\n";
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
      }
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      render(value, g);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
    return out + "\n";
  }

  /** Makes ready ahead of the first write what naming its temporary file needs (the process). */
  static void prepare() {
    ProcessHandle.current();
  }

  private static void render(Object value, JsonGenerator g) throws IOException {
    g.setPrettyPrinter(new DefaultPrettyPrinter(PRINTER));
    RecordJson.write(value, g);
  }

  /**
   * Writes {@code value} to {@code file} through a temporary file in the same folder, so a
   * reader never sees half a file and a failed write leaves no file that looks complete.
   */
  public static void write(Object value, Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    // named by process and thread, not by Files.createTempFile: its random name seeds a
    // SecureRandom, which costs a cold JVM (every compilation) about 15 ms
    Path tmp = abs.resolveSibling(abs.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + Thread.currentThread().getId() + ".tmp");
    try {
      if (value instanceof JsonNode) {
        Files.writeString(tmp, text(value), StandardCharsets.UTF_8);
      } else {
        // streamed as UTF-8: a log with its traces runs to megabytes (kafka-clients: 7 MB), and
        // building it as a String first would copy it three times before writing it
        try (OutputStream out = Files.newOutputStream(tmp);
             JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
          render(value, g);
          g.writeRaw('\n');
        }
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Reads a JSON file. Throws {@link BadInputException} with one line naming the file and what
   * is wrong (missing, unreadable, not JSON and where).
   */
  public static JsonNode read(Path file) throws BadInputException {
    if (!Files.exists(file)) throw new BadInputException(file, "no such file");
    if (!Files.isRegularFile(file)) throw new BadInputException(file, "not a file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(file, "cannot be read (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + ")");
    }
    try (JsonParser parser = Reader.MAPPER.createParser(bytes)) {
      JsonNode node = Reader.MAPPER.readTree(parser);
      if (node == null || node.isMissingNode()) throw new BadInputException(file, "is empty, not JSON");
      if (parser.nextToken() != null) {
        throw new BadInputException(file, "is not valid JSON: more content after the end of the "
            + "top-level value at line " + parser.currentLocation().getLineNr());
      }
      return node;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new BadInputException(file, "is not valid JSON" + where + ": "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new BadInputException(file, "cannot be read (" + e.getMessage() + ")");
    }
  }
}
