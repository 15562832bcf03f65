import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: a membership change publishes the new member table first and fills it afterwards through
 * the helper: readers on other threads look members up in the table while {@code putMember}
 * is still adding to its map. The twin of {@code traps/MemberTableFilledByHelperBeforePublication},
 * which fills the copy before it wraps and publishes it.
 */
public class MemberTableFilledAfterPublication {
  static final class MemberTable {
    private final Map<String, String> byAddress;

    MemberTable(Map<String, String> byAddress) {
      this.byAddress = byAddress;
    }

    String member(String address) {
      return byAddress.get(address); // expect: UnguardedMapAccess
    }
  }

  private final ExecutorService joins = Executors.newSingleThreadExecutor();
  private volatile MemberTable members = new MemberTable(new LinkedHashMap<>());

  public void join(String... added) {
    joins.submit(() -> {
      Map<String, String> addresses = new LinkedHashMap<>();
      members = new MemberTable(addresses);
      for (String address : added) {
        putMember(addresses, address);
      }
    });
  }

  private static void putMember(Map<String, String> addresses, String address) {
    addresses.put(address, "member-" + address); // expect: UnguardedMapAccess "Path: lambda@29 -> putMember(..)"
  }

  public String find(String address) {
    return members.member(address);
  }
}
