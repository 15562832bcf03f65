package dev.mapguard.analysis;

import static dev.mapguard.analysis.Models.seq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Stmt;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MethodLayoutTest {
  private static MethodLayout layout(Models.Body b, Stmt s) {
    return MethodLayout.of(new MethodInfo("m", Models.C, "m", "m()", MethodInfo.Kind.METHOD, 0,
        List.of(), List.of(), null, s, b.events, List.of(), null, List.of(), Set.of(), Models.pos(1)));
  }

  @Test
  void eventsInOneLoopShareIt() {
    Models.Body b = new Models.Body();
    MethodLayout l = layout(b, seq(b.read(1), new Stmt.Loop(null, seq(b.write(2), b.read(3)))));
    assertThat(l.shareLoop(1, 2)).isTrue();
    assertThat(l.shareLoop(0, 1)).isFalse();
    assertThat(l.inLoop(1)).isTrue();
    assertThat(l.inLoop(0)).isFalse();
  }

  @Test
  void aStatementInABranchDoesNotDominateWhatFollowsTheBranch() {
    Models.Body b = new Models.Body();
    MethodLayout l = layout(b, seq(b.join(1), new Stmt.Branch(List.of(seq(b.join(2)), Stmt.EMPTY)), b.read(3)));
    assertThat(l.dominates(0, 2)).isTrue();
    assertThat(l.dominates(1, 2)).isFalse();
    assertThat(l.topLevel(0)).isTrue();
    assertThat(l.topLevel(1)).isFalse();
  }

  @Test
  void codeInAnArmThatReturnsCannotReachWhatFollows() {
    Models.Body b = new Models.Body();
    MethodLayout l = layout(b, seq(new Stmt.Branch(List.of(seq(b.read(1), new Stmt.Jump(Stmt.JumpKind.RETURN, null)),
        Stmt.EMPTY)), b.write(2)));
    assertThat(l.canReach(0, 1)).isFalse();
    Models.Body c = new Models.Body();
    MethodLayout open = layout(c, seq(new Stmt.Branch(List.of(seq(c.read(1)), Stmt.EMPTY)), c.write(2)));
    assertThat(open.canReach(0, 1)).isTrue();
  }
}
