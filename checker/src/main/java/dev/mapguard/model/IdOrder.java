package dev.mapguard.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts ids into their natural (String) order faster than comparing whole ids. Member ids start
 * with their class's id and a {@code #} ({@code pkg.Owner#name(..)}), so neighbours share long
 * prefixes that every comparison walks again. The ids are grouped by that class part, the class
 * parts sorted, and each group sorted by what follows the class part. That is the natural order
 * as long as no class part holds a character at or below {@code #} (none can: binary names are
 * made of identifier characters, dots and dollars); when one does, the ids are sorted whole.
 */
final class IdOrder {
  private IdOrder() {}

  static String[] sorted(Collection<String> ids) {
    Map<String, List<String>> byClass = new HashMap<>();
    for (String id : ids) {
      int hash = id.indexOf('#');
      String owner = hash < 0 ? id : id.substring(0, hash);
      byClass.computeIfAbsent(owner, k -> new ArrayList<>(4)).add(id);
    }
    String[] owners = byClass.keySet().toArray(new String[0]);
    String[] out = ids.toArray(new String[0]);
    for (String owner : owners) {
      if (!sortsBeforeHash(owner)) {
        Arrays.sort(out);
        return out;
      }
    }
    Arrays.sort(owners);
    int next = 0;
    for (String owner : owners) {
      List<String> members = byClass.get(owner);
      int from = owner.length(); // every member starts with the owner: compare what follows
      members.sort((a, b) -> compareFrom(a, b, from));
      for (String id : members) out[next++] = id;
    }
    return out;
  }

  /** Whether every character of a class part is above {@code #}. */
  private static boolean sortsBeforeHash(String owner) {
    for (int i = 0; i < owner.length(); i++) {
      if (owner.charAt(i) <= '#') return false;
    }
    return true;
  }

  /** {@code a.compareTo(b)} for two strings known to be equal before {@code from}. */
  private static int compareFrom(String a, String b, int from) {
    int end = Math.min(a.length(), b.length());
    for (int i = from; i < end; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) return x - y;
    }
    return a.length() - b.length();
  }
}
