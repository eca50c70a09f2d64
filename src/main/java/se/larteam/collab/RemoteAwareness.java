package se.larteam.collab;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The awareness of clients connected to other nodes, as one node keeps it per document (under the document's
 * lock): applied with y-protocols' rule (a higher or equal clock wins, {@code "null"} removes), and forgotten when
 * not renewed for {@link #OUTDATED_NANOS}, as y-protocols' own clients forget silent peers, so a node that died
 * without saying goodbye leaves no ghost cursors.
 */
final class RemoteAwareness {

    static final long OUTDATED_NANOS = TimeUnit.SECONDS.toNanos(30);

    private RemoteAwareness() {
    }

    /** Applies a relayed update; returns the entries that changed something (re-encoded), or null if none did. */
    static byte[] apply(byte[] update, Map<Long, Long> remoteSeen, Map<Long, long[]> clocks,
            Map<Long, String> states) {
        Wire.Reader in = new Wire.Reader(update);
        int count = in.smallUint(update.length);
        Wire.Writer accepted = new Wire.Writer();
        int taken = 0;
        Wire.Writer entries = new Wire.Writer();
        long now = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long client = in.varUint();
            long clock = in.varUint();
            String state = in.varString();
            long[] known = clocks.get(client);
            if (known != null && known[0] > clock) {
                continue;
            }
            if ("null".equals(state)) {
                if (known == null) {
                    continue;
                }
                clocks.remove(client);
                states.remove(client);
                remoteSeen.remove(client);
            } else {
                clocks.put(client, new long[] {clock});
                states.put(client, state);
                remoteSeen.put(client, now);
            }
            entries.varUint(client).varUint(clock).varString(state);
            taken++;
        }
        if (taken == 0) {
            return null;
        }
        byte[] body = entries.bytes();
        accepted.varUint(taken);
        return concat(accepted.bytes(), body);
    }

    /** Forgets remote clients not heard of for {@link #OUTDATED_NANOS}. */
    static void expire(Map<Long, Long> remoteSeen, Map<Long, long[]> clocks, Map<Long, String> states) {
        long now = System.nanoTime();
        remoteSeen.entrySet().removeIf(e -> {
            if (now - e.getValue() < OUTDATED_NANOS) {
                return false;
            }
            clocks.remove(e.getKey());
            states.remove(e.getKey());
            return true;
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
