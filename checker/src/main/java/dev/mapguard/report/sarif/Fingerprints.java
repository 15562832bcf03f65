package dev.mapguard.report.sarif;

import dev.mapguard.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SARIF {@code partialFingerprints} for findings: what the finding is about (rule, map, enclosing
 * method, the access's text with whitespace normalised), never where it is, so a finding keeps
 * its fingerprint when lines are added above it. Identical accesses in one method (two
 * {@code map.put(k, v)}) are told apart by their order: {@code <hash>:<n>}.
 */
public final class Fingerprints {
  /** The partialFingerprints key; bump the version if the recipe ever changes. */
  public static final String KEY = "mapguard/v1";

  private Fingerprints() {}

  /** The fingerprint of each finding, in the order given (the run's sorted order). */
  public static List<String> of(List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (Finding f : findings) {
      String hash = hash(f.ruleId() + "\n" + f.mapName() + "\n" + f.enclosingMethod() + "\n"
          + normalise(f.accessText()));
      int n = seen.merge(hash, 1, Integer::sum);
      out.add(hash + ":" + n);
    }
    return out;
  }

  static String normalise(String code) {
    return code == null ? "" : code.strip().replaceAll("\\s+", " ");
  }

  /** Makes the digest's provider ready (see {@link SarifReport#prepare()}). */
  static void prepare() {
    hash("");
  }

  private static String hash(String s) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
