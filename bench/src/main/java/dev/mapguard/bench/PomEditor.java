package dev.mapguard.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Turns a library's published pom into one Maven can resolve the library's own compile classpath
 * from: test-scoped dependencies and the {@code drop} list go (some are unpublished), the build
 * section goes (its extensions and plugins are not needed to resolve) and the packaging becomes
 * a plain jar, and the parent is looked
 * up in the repository rather than on disk.
 */
final class PomEditor {
  private PomEditor() {}

  static void writeResolvable(Path published, Path out, List<String> drop) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document doc = factory.newDocumentBuilder().parse(published.toFile());
      Element project = doc.getDocumentElement();
      for (Element deps : children(project, "dependencies")) {
        for (Element dep : children(deps, "dependency")) {
          String scope = text(dep, "scope");
          String ga = text(dep, "groupId") + ":" + text(dep, "artifactId");
          if ("test".equals(scope) || drop.contains(ga)) deps.removeChild(dep);
        }
      }
      for (Element build : children(project, "build")) project.removeChild(build);
      // custom packagings (bundle, ...) need the build's extensions, which went with the build
      for (Element packaging : children(project, "packaging")) packaging.setTextContent("jar");
      for (Element parent : children(project, "parent")) {
        for (Element rp : children(parent, "relativePath")) parent.removeChild(rp);
        parent.appendChild(doc.createElementNS(project.getNamespaceURI(), "relativePath"));
      }
      var t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.INDENT, "no");
      t.transform(new DOMSource(doc), new StreamResult(out.toFile()));
    } catch (ParserConfigurationException | SAXException | TransformerException e) {
      throw new IOException("cannot rewrite " + published + ": " + e.getMessage(), e);
    }
  }

  /** A pom whose only job is to depend on {@code deps} (to resolve them with their dependencies). */
  static String consumer(String artifactId, List<Coordinates> deps) {
    StringBuilder sb = new StringBuilder();
    sb.append("<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n")
        .append("  <modelVersion>4.0.0</modelVersion>\n")
        .append("  <groupId>dev.mapguard.bench</groupId>\n")
        .append("  <artifactId>").append(artifactId).append("</artifactId>\n")
        .append("  <version>1</version>\n  <dependencies>\n");
    for (Coordinates c : deps) {
      sb.append("    <dependency><groupId>").append(c.groupId()).append("</groupId><artifactId>")
          .append(c.artifactId()).append("</artifactId><version>").append(c.version())
          .append("</version></dependency>\n");
    }
    return sb.append("  </dependencies>\n</project>\n").toString();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(localName(e))) out.add(e);
    }
    return out;
  }

  private static String text(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? null : c.get(0).getTextContent().strip();
  }

  private static String localName(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
  }
}
