/** A pooled connection handle. */
public final class PooledConnection {
  private final String name;

  PooledConnection(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }
}
