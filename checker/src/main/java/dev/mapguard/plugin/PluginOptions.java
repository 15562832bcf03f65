package dev.mapguard.plugin;

import dev.mapguard.report.sarif.LogDestination;
import dev.mapguard.rules.Rules;
import dev.mapguard.rules.Severity;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's options, written after the name in the same argument: {@code -Xplugin:MapGuard
 * key=value ...} (one {@code <arg>} in Maven, one string in Gradle, quoted as a whole in a shell).
 * Parsing fails with a one-line message that names what is wrong and the valid choices.
 *
 * @param level              severity of every finding (null: each rule's default)
 * @param disabled           rules not to run
 * @param failOnInternalError make an internal error fail the compilation instead of warning
 * @param ruleLevels         the level of each rule given in {@code severity=} (over {@code level})
 */
public record PluginOptions(Severity level, Set<String> disabled, boolean failOnInternalError,
                            Map<String, String> raw, Map<String, Severity> ruleLevels) {

  /** Bad plugin configuration: the message is one line and says what to change. */
  public static final class OptionsException extends Exception {
    public OptionsException(String message) {
      super(message);
    }
  }

  /** Every option key, with the values it takes, in the order the help lists them. */
  static final Map<String, String> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("level", "warning|error");
    KEYS.put("disable", "comma-separated rule names");
    KEYS.put("severity", "comma-separated Rule:off|note|warning|error");
    KEYS.put("exclude", "comma-separated globs of source paths relative to srcroot, e.g. src/gen/**");
    KEYS.put("generated", "skip (default)|include: findings in generated code");
    KEYS.put("internal-errors", "warn|fail");
    KEYS.put("sarif", "folder (ending in /) for one SARIF 2.1.0 log per compilation, or a file");
    KEYS.put("srcroot", "folder SARIF paths are relative to (default: the current folder)");
    KEYS.put("guard-threshold", "share of accesses holding a lock to infer it as guard, 0.5-1 (default 0.75)");
    KEYS.put("stats", "no value: print one line of counts and timings per compilation");
    KEYS.put("lenient", "no value: analyse what javac could attribute when the sources do not compile (partial)");
  }

  /** Whether to print one line of counts and phase timings per compilation. */
  public boolean stats() {
    return raw.containsKey("stats");
  }

  /** The share of accesses that must hold a lock for InconsistentMapLocking to infer it. */
  public double guardThreshold() {
    String v = raw.get("guard-threshold");
    return v == null ? dev.mapguard.analysis.GuardInference.DEFAULT_THRESHOLD : Double.parseDouble(v);
  }

  /** The share in {@code text} if it is a valid guard threshold (more than half, at most all), else null. */
  public static Double parseGuardThreshold(String text) {
    try {
      double t = Double.parseDouble(text);
      return t > 0.5 && t <= 1.0 ? t : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** How options are written, for messages: one argument, whatever the build tool. */
  static final String USAGE = "-Xplugin:MapGuard key=value ...";

  private static final OptionTokens TOKENS = new OptionTokens(Set.of("sarif", "srcroot"), Set.of("stats", "lenient"));

  public static PluginOptions defaults() {
    return new PluginOptions(null, Set.of(), false, Map.of(), Map.of());
  }

  public static PluginOptions parse(String... args) throws OptionsException {
    Map<String, String> raw = new LinkedHashMap<>();
    for (OptionTokens.Token t : TOKENS.split(args)) {
      if (!KEYS.containsKey(t.key())) {
        throw new OptionsException("unknown option '" + t.key() + "'; valid options: "
            + String.join(", ", KEYS.keySet()) + " (in the same argument as the name: "
            + USAGE + ")");
      }
      raw.put(t.key(), t.value());
    }
    Severity level = null;
    if (raw.containsKey("level")) {
      level = switch (raw.get("level").toLowerCase(Locale.ROOT)) {
        case "warning" -> Severity.WARNING;
        case "error" -> Severity.ERROR;
        default -> throw new OptionsException("bad value '" + raw.get("level")
            + "' for level; use level=warning or level=error");
      };
    }
    Set<String> disabled = new LinkedHashSet<>();
    if (raw.containsKey("disable")) {
      List<String> unknown = new ArrayList<>();
      for (String r : raw.get("disable").split(",")) {
        String rule = r.trim();
        if (rule.isEmpty()) continue;
        if (!Rules.ids().contains(rule)) unknown.add(rule);
        disabled.add(rule);
      }
      if (!unknown.isEmpty()) {
        throw new OptionsException("unknown rule " + String.join(", ", unknown)
            + " in disable; valid rules: " + String.join(", ", Rules.ids()));
      }
    }
    Map<String, Severity> ruleLevels = new LinkedHashMap<>();
    if (raw.containsKey("severity")) {
      for (String pair : raw.get("severity").split(",")) {
        if (pair.isBlank()) continue;
        int colon = pair.indexOf(':');
        String rule = colon < 0 ? pair.trim() : pair.substring(0, colon).trim();
        String value = colon < 0 ? "" : pair.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        if (!Rules.ids().contains(rule)) {
          throw new OptionsException("unknown rule " + rule + " in severity; valid rules: "
              + String.join(", ", Rules.ids()));
        }
        switch (value) {
          case "off" -> disabled.add(rule);
          case "note" -> ruleLevels.put(rule, Severity.NOTE);
          case "warning" -> ruleLevels.put(rule, Severity.WARNING);
          case "error" -> ruleLevels.put(rule, Severity.ERROR);
          default -> throw new OptionsException("bad level '" + value + "' for " + rule
              + " in severity; write severity=" + rule + ":off|note|warning|error");
        }
      }
    }
    for (String glob : list(raw.get("exclude"))) {
      try {
        java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (IllegalArgumentException e) {
        throw new OptionsException("bad pattern '" + glob + "' in exclude: " + e.getMessage()
            + "; write globs such as exclude=src/gen/**,**/*Stub.java");
      }
    }
    if (raw.containsKey("generated") && !List.of("skip", "include").contains(raw.get("generated"))) {
      throw new OptionsException("bad value '" + raw.get("generated") + "' for generated; use "
          + "generated=skip (the default) or generated=include");
    }
    boolean fail = false;
    if (raw.containsKey("internal-errors")) {
      fail = switch (raw.get("internal-errors").toLowerCase(Locale.ROOT)) {
        case "warn" -> false;
        case "fail" -> true;
        default -> throw new OptionsException("bad value '" + raw.get("internal-errors")
            + "' for internal-errors; use internal-errors=warn or internal-errors=fail");
      };
    }
    for (String flag : List.of("stats", "lenient")) {
      if (raw.containsKey(flag) && !raw.get(flag).isEmpty()) {
        throw new OptionsException(flag + " takes no value; write just " + flag);
      }
    }
    if (raw.containsKey("guard-threshold") && parseGuardThreshold(raw.get("guard-threshold")) == null) {
      throw new OptionsException("bad value '" + raw.get("guard-threshold") + "' for guard-threshold;"
          + " use a share above 0.5 and at most 1, e.g. guard-threshold=0.75");
    }
    for (String key : List.of("sarif", "srcroot")) {
      if (raw.containsKey(key)) path(key, raw.get(key));
    }
    if (raw.containsKey("srcroot") && !Files.isDirectory(Path.of(raw.get("srcroot")))) {
      throw new OptionsException("srcroot=" + raw.get("srcroot") + " is not a folder");
    }
    if (raw.containsKey("sarif")) checkWritable(raw.get("sarif"));
    return new PluginOptions(level, Set.copyOf(disabled), fail, Map.copyOf(raw), Map.copyOf(ruleLevels));
  }

  /**
   * Fails early when the log could not be written: the nearest existing folder at or above it
   * is a file or not writable. (The folders below it are made when writing.)
   */
  private static void checkWritable(String value) throws OptionsException {
    LogDestination dest = LogDestination.of(value);
    Path dir = dest.folder() ? dest.path().toAbsolutePath() : dest.path().toAbsolutePath().getParent();
    while (dir != null && !Files.exists(dir)) dir = dir.getParent();
    if (dir == null) return;
    if (!Files.isDirectory(dir)) {
      throw new OptionsException("sarif=" + value + " cannot be written: " + dir + " is a file, not a folder");
    }
    if (!Files.isWritable(dir)) {
      throw new OptionsException("sarif=" + value + " cannot be written: no permission to write in " + dir);
    }
  }

  private static Path path(String key, String value) throws OptionsException {
    if (value.isEmpty()) throw new OptionsException(key + " needs a path: " + key + "=PATH");
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new OptionsException("bad path '" + value + "' for " + key + ": " + e.getReason());
    }
  }

  /** Whether to analyse a compilation that had errors, as far as javac attributed it. */
  public boolean lenient() {
    return raw.containsKey("lenient");
  }

  /** Globs of source paths, relative to srcroot, whose findings are not reported. */
  public List<String> excludes() {
    return list(raw.get("exclude"));
  }

  /** Whether findings in generated code are reported (generated=include). */
  public boolean includeGenerated() {
    return "include".equals(raw.get("generated"));
  }

  private static List<String> list(String commaSeparated) {
    if (commaSeparated == null) return List.of();
    return java.util.Arrays.stream(commaSeparated.split(",")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList();
  }

  /** Where to write the SARIF logs, or null for none. */
  public LogDestination sarif() {
    return raw.containsKey("sarif") ? LogDestination.of(raw.get("sarif")) : null;
  }

  /** The folder SARIF artifact URIs are relative to. */
  public Path srcRoot() {
    return Path.of(raw.getOrDefault("srcroot", "")).toAbsolutePath();
  }
}
