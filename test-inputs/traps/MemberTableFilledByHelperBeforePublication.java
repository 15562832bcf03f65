import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trap: the cluster's member table is immutable. A membership change copies the current table
 * into a new map, fills the copy through a small helper ({@code putMember}, which also refuses
 * duplicates), and only then wraps it in a new table published through a volatile field. The
 * helper writes a map no other thread can see yet; readers only ever see finished tables.
 * Modelled on a data grid's member map.
 */
public class MemberTableFilledByHelperBeforePublication {
  static final class MemberTable {
    private final Map<String, String> byAddress;

    MemberTable(Map<String, String> byAddress) {
      this.byAddress = byAddress;
    }

    static MemberTable cloneAdding(MemberTable source, String... added) {
      Map<String, String> addresses = new LinkedHashMap<>(source.byAddress);
      for (String address : added) {
        putMember(addresses, address);
      }
      return new MemberTable(addresses);
    }

    private static void putMember(Map<String, String> addresses, String address) {
      if (addresses.put(address, "member-" + address) != null) {
        throw new IllegalArgumentException("duplicate member " + address);
      }
    }

    String member(String address) {
      return byAddress.get(address);
    }
  }

  private final ExecutorService joins = Executors.newSingleThreadExecutor();
  private volatile MemberTable members = new MemberTable(Collections.emptyMap());

  public void join(String address) {
    joins.submit(() -> {
      members = MemberTable.cloneAdding(members, address);
    });
  }

  public String find(String address) {
    return members.member(address);
  }
}
