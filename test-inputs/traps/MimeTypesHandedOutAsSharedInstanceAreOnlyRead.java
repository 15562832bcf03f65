import java.util.HashMap;
import java.util.Map;

/**
 * Trap: a table of file extensions hands out one shared instance ({@code getDefault()}), but the
 * table is filled in its constructor, before the instance is published through a final static
 * field, and its public methods only read it. Every client reads the same map; nobody writes it
 * once it is shared. (The twin of roots/ConverterRegistryHandedOutAsSharedInstance, whose shared
 * instance takes registrations.)
 */
public class MimeTypesHandedOutAsSharedInstanceAreOnlyRead {
  private static final MimeTypesHandedOutAsSharedInstanceAreOnlyRead DEFAULT =
      new MimeTypesHandedOutAsSharedInstanceAreOnlyRead();

  private final Map<String, String> byExtension = new HashMap<>();

  private MimeTypesHandedOutAsSharedInstanceAreOnlyRead() {
    byExtension.put("html", "text/html");
    byExtension.put("json", "application/json");
    byExtension.put("png", "image/png");
  }

  public static MimeTypesHandedOutAsSharedInstanceAreOnlyRead getDefault() {
    return DEFAULT;
  }

  public String typeOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String type = dot < 0 ? null : byExtension.get(fileName.substring(dot + 1));
    return type == null ? "application/octet-stream" : type;
  }

  public boolean knows(String extension) {
    return byExtension.containsKey(extension);
  }
}
