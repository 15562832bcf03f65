package dev.mapguard.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapguard.rules.Rule;
import dev.mapguard.rules.Rules;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Rule help comes from docs/rules, copied into the jar: every rule must have its page. */
class RuleDocTest {
  private static final URI PAGE = URI.create("https://example.org/repo/blob/main/docs/rules/Some.md");

  @Test
  void everyRuleHasAPageWithASummary() {
    for (Rule rule : Rules.all()) {
      RuleDoc doc = RuleDoc.load(rule.id(), RuleDescriptors.pageUri(rule.id()));
      assertThat(doc.summary()).as(rule.id()).isNotBlank();
      assertThat(doc.body()).as(rule.id()).startsWith(doc.summary().substring(0, 20)).contains("\n## ");
    }
  }

  @Test
  void aRuleWithoutAPageIsAnErrorNamingTheMissingFile() {
    assertThatThrownBy(() -> RuleDoc.load("NoSuchRule", PAGE))
        .hasMessageContaining("docs/rules/NoSuchRule.md");
  }

  @Test
  void theSummaryIsTheFirstParagraphAndRelativeLinksBecomeAbsolute() {
    RuleDoc doc = RuleDoc.parse("Some", """
        # Some

        A `HashMap` written on two threads,
        see [the guide](../ci.md) or [OASIS](https://oasis-open.org/x).

        ## Fix

        Use [a lock](#locks).
        """, PAGE);
    assertThat(doc.summary()).isEqualTo("A `HashMap` written on two threads, see "
        + "[the guide](https://example.org/repo/blob/main/docs/ci.md) or [OASIS](https://oasis-open.org/x).");
    assertThat(doc.summaryText()).isEqualTo("A HashMap written on two threads, see "
        + "the guide (https://example.org/repo/blob/main/docs/ci.md) or OASIS (https://oasis-open.org/x).");
    assertThat(doc.body()).endsWith("Use [a lock](https://example.org/repo/blob/main/docs/rules/Some.md#locks).");
    assertThat(doc.bodyText()).contains("\nFix\n");
  }

  @Test
  void aPageMustStartWithItsTitleAndHaveASummary() {
    assertThatThrownBy(() -> RuleDoc.parse("Some", "Some text\n", PAGE)).hasMessageContaining("title");
    assertThatThrownBy(() -> RuleDoc.parse("Some", "# Some\n\n## What\n", PAGE)).hasMessageContaining("summary");
  }

  @Test
  void plainTextDropsMarkdownButKeepsCode() {
    assertThat(MarkdownText.plain("## Fix\n\n```java\nmap.put(k, v);\n```\nUse **one** `lock`.\n"))
        .isEqualTo("Fix\n\nmap.put(k, v);\nUse one lock.\n");
  }
}
