package dev.mapguard.bench;

/** A Maven artifact, {@code groupId:artifactId:version}. */
record Coordinates(String groupId, String artifactId, String version) {

  static Coordinates parse(String text) {
    String[] p = text.strip().split(":");
    if (p.length != 3 || p[0].isEmpty() || p[1].isEmpty() || p[2].isEmpty()) {
      throw new IllegalArgumentException("not groupId:artifactId:version: '" + text + "'");
    }
    return new Coordinates(p[0], p[1], p[2]);
  }

  /** The {@code -Dartifact=} form of maven-dependency-plugin, for a type and classifier. */
  String artifact(String type, String classifier) {
    return groupId + ":" + artifactId + ":" + version + ":" + type
        + (classifier == null ? "" : ":" + classifier);
  }

  /** The file name Maven gives the artifact's jar. */
  String jarName() {
    return artifactId + "-" + version + ".jar";
  }

  @Override
  public String toString() {
    return groupId + ":" + artifactId + ":" + version;
  }
}
