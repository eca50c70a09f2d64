package se.larteam.collab.yjs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The delete set closing every update (yjs {@code DeleteSet.js}): per client, ranges of deleted clocks. */
final class DeleteSet {

    /** yjs {@code DeleteItem}. */
    record Range(long clock, long len) {
    }

    final Map<Long, List<Range>> clients = new LinkedHashMap<>();

    /** yjs {@code readDeleteSet}: clients without ranges are dropped, a repeated client's ranges appended. */
    static DeleteSet read(Lib0Decoder in) {
        DeleteSet ds = new DeleteSet();
        long numClients = in.readVarUint();
        for (long i = 0; i < numClients; i++) {
            long client = in.readVarUint();
            long count = in.readVarUint();
            if (count > 0) {
                List<Range> ranges = ds.clients.computeIfAbsent(client, c -> new ArrayList<>());
                for (long k = 0; k < count; k++) {
                    long clock = in.readVarUint();
                    long len = in.readVarUint();
                    if (clock + len > Lib0Decoder.MAX_SAFE_INTEGER) {
                        throw in.malformed("Deleted range out of range");
                    }
                    ranges.add(new Range(clock, len));
                }
            }
        }
        return ds;
    }

    /** yjs {@code writeDeleteSet}: clients in descending order, ranges as they are. */
    void write(Lib0Encoder out) {
        out.writeVarUint(clients.size());
        clients.entrySet().stream()
                .sorted(Map.Entry.<Long, List<Range>>comparingByKey().reversed())
                .forEach(e -> {
                    out.writeVarUint(e.getKey());
                    out.writeVarUint(e.getValue().size());
                    for (Range r : e.getValue()) {
                        out.writeVarUint(r.clock());
                        out.writeVarUint(r.len());
                    }
                });
    }

    /** yjs {@code mergeDeleteSets} followed by {@code sortAndMergeDeleteSet}. */
    static DeleteSet merge(List<DeleteSet> sets) {
        DeleteSet merged = new DeleteSet();
        for (DeleteSet ds : sets) {
            ds.clients.forEach((client, ranges) ->
                    merged.clients.computeIfAbsent(client, c -> new ArrayList<>()).addAll(ranges));
        }
        merged.clients.replaceAll((client, ranges) -> sortAndMerge(ranges));
        return merged;
    }

    private static List<Range> sortAndMerge(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(Range::clock)); // stable, like Array.prototype.sort
        List<Range> out = new ArrayList<>(sorted.size());
        for (Range right : sorted) {
            if (out.isEmpty()) {
                out.add(right);
                continue;
            }
            Range left = out.getLast();
            if (left.clock() + left.len() >= right.clock()) {
                out.set(out.size() - 1,
                        new Range(left.clock(), Math.max(left.len(), right.clock() + right.len() - left.clock())));
            } else {
                out.add(right);
            }
        }
        return out;
    }
}
