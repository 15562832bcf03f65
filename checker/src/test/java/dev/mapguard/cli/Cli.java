package dev.mapguard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code mapguard} command lines in-process and keeps what they print. */
record Cli(int exitCode, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(rc, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
