package dev.mapguard.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plugin's arguments as javac hands them over: split at every space. */
class OptionTokensTest {
  private final OptionTokens tokens = new OptionTokens(Set.of("sarif", "srcroot"), Set.of("stats"));

  @Test
  void aPathSplitAtItsSpacesIsJoinedBackUntilTheNextOption() throws Exception {
    assertThat(tokens.split("sarif=/ci/my", "job/target/mapguard/", "srcroot=/ci/my", "job", "stats", "level=error"))
        .containsExactly(new OptionTokens.Token("sarif", "/ci/my job/target/mapguard/"),
            new OptionTokens.Token("srcroot", "/ci/my job"), new OptionTokens.Token("stats", ""),
            new OptionTokens.Token("level", "error"));
  }

  @Test
  void aQuotedValueRunsToTheClosingQuoteAndKeepsItsSpaces() throws Exception {
    assertThat(tokens.split("sarif=\"/a  b/x=1.sarif\" level=error"))
        .containsExactly(new OptionTokens.Token("sarif", "/a  b/x=1.sarif"), new OptionTokens.Token("level", "error"));
  }

  @Test
  void aPieceOfAnOtherOptionsValueIsNotJoined() throws Exception {
    // only path values go on: a stray word after level= is an option of its own (and unknown)
    assertThat(tokens.split("level=error", "oops")).containsExactly(
        new OptionTokens.Token("level", "error"), new OptionTokens.Token("oops", ""));
  }

  @Test
  void anUnclosedQuoteSaysHowToWriteIt() {
    assertThatThrownBy(() -> tokens.split("sarif=\"/a", "b"))
        .hasMessage("sarif= has an opening quote but no closing one; write sarif=\"...\"");
  }
}
