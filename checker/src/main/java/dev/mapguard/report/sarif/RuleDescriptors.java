package dev.mapguard.report.sarif;

import dev.mapguard.report.Version;
import dev.mapguard.report.sarif.SarifModel.Configuration;
import dev.mapguard.report.sarif.SarifModel.MultiformatMessage;
import dev.mapguard.report.sarif.SarifModel.ReportingDescriptor;
import dev.mapguard.rules.Rule;
import dev.mapguard.rules.Severity;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** SARIF {@code tool.driver.rules[]}: every rule, described from its page in docs/rules. */
final class RuleDescriptors {
  /**
   * Tags every MapGuard rule carries. GitHub shows {@code external/cwe/...} as CWE links:
   * CWE-362 (race condition) and CWE-567 (unsynchronized access to shared data in a
   * multithreaded context).
   */
  static final List<String> TAGS = List.of("concurrency", "correctness", "thread-safety",
      "external/cwe/cwe-362", "external/cwe/cwe-567");

  private RuleDescriptors() {}

  /**
   * Each rule's descriptor, made once per rule: reading its page and rendering it as plain text
   * costs a cold JVM tens of milliseconds, which the plugin's warm-up pays while javac parses.
   */
  private static final Map<Rule, ReportingDescriptor> MADE = new ConcurrentHashMap<>();

  static List<ReportingDescriptor> of(List<Rule> rules) {
    List<ReportingDescriptor> out = new ArrayList<>();
    for (Rule r : rules) out.add(MADE.computeIfAbsent(r, RuleDescriptors::of));
    return out;
  }

  /** Where a rule's page is published. */
  static URI pageUri(String ruleId) {
    return dev.mapguard.report.RulePage.of(ruleId);
  }

  private static ReportingDescriptor of(Rule rule) {
    URI page = pageUri(rule.id());
    RuleDoc doc = RuleDoc.load(rule.id(), page);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("tags", TAGS);
    properties.put("precision", rule.precision());
    properties.put("problem.severity", problemSeverity(rule.defaultSeverity()));
    return new ReportingDescriptor(rule.id(), words(rule.id()), MultiformatMessage.plain(rule.summary()),
        new MultiformatMessage(doc.summaryText(), doc.summary()),
        new MultiformatMessage(doc.bodyText(), doc.body()), page.toString(),
        new Configuration(rule.defaultSeverity().sarifLevel()), Collections.unmodifiableMap(properties));
  }

  /**
   * SARIF's {@code name}, which must differ from the id (multitool rule SARIF1001): the id's
   * words, e.g. {@code Unguarded map access}.
   */
  static String words(String id) {
    String spaced = id.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
    return spaced.charAt(0) + spaced.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** GitHub code scanning's own severity scale for quality (non-security) rules. */
  private static String problemSeverity(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "recommendation";
    };
  }
}
