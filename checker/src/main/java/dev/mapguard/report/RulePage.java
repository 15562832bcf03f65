package dev.mapguard.report;

import java.net.URI;

/** Where a rule's page (docs/rules/RULE.md) is published: SARIF's helpUri and the console's link. */
public final class RulePage {
  private RulePage() {}

  public static URI of(String ruleId) {
    return URI.create(Version.home() + "/blob/main/docs/rules/" + ruleId + ".md");
  }
}
