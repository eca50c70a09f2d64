package se.larteam.collab.yjs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operations on Yjs v1 updates and state vectors that give the same bytes as the {@code yjs} npm package (the
 * functions of its {@code src/utils/updates.js} named on each method). Every operation reads its whole input and
 * throws {@link MalformedUpdateException} for anything that is not a well-formed update, including trailing bytes,
 * which yjs itself would ignore. Memory stays proportional to the input: structs are read one at a time and every
 * declared length is checked against the bytes left. Stateless, so safe to call from any thread.
 *
 * <p>{@code mergeUpdates} is exact to Node 18–20's sort (see {@link V8TimSort}); the golden vectors pin Node 20.
 */
public final class YUpdates {

    private YUpdates() {
    }

    /** Checks that the bytes are one well-formed v1 update, as yjs would read it; throws otherwise. */
    public static void validate(byte[] update) {
        Lib0Decoder in = new Lib0Decoder(update);
        StructReader reader = new StructReader(in, false);
        while (reader.curr != null) {
            reader.next();
        }
        DeleteSet.read(in);
        requireEnd(in);
    }

    /** yjs {@code mergeUpdates}: one update holding all the given ones. A single update comes back unchanged. */
    public static byte[] mergeUpdates(List<byte[]> updates) {
        if (updates.size() == 1) {
            validate(updates.getFirst());
            return updates.getFirst().clone();
        }
        List<Lib0Decoder> decoders = updates.stream().map(Lib0Decoder::new).toList();
        List<StructReader> readers = new ArrayList<>(decoders.size());
        for (Lib0Decoder decoder : decoders) {
            readers.add(new StructReader(decoder, true));
        }
        StructWriter writer = new StructWriter();
        Struct currWrite = null;
        while (true) {
            // higher clients first, then by clock
            readers.removeIf(r -> r.curr == null);
            sortReaders(readers);
            if (readers.isEmpty()) {
                break;
            }
            StructReader currDecoder = readers.getFirst();
            long firstClient = currDecoder.curr.client;
            if (currWrite != null) {
                Struct curr = currDecoder.curr;
                boolean iterated = false;
                // skip what has been written already
                while (curr != null && curr.end() <= currWrite.end() && curr.client >= currWrite.client) {
                    curr = currDecoder.next();
                    iterated = true;
                }
                if (curr == null || curr.client != firstClient || (iterated && curr.clock > currWrite.end())) {
                    continue;
                }
                if (firstClient != currWrite.client) {
                    writer.write(currWrite, 0);
                    currWrite = curr;
                    currDecoder.next();
                } else if (currWrite.end() < curr.clock) {
                    // a gap: fill it with a Skip
                    if (currWrite instanceof Struct.Skip) {
                        currWrite.length = curr.end() - currWrite.clock;
                    } else {
                        writer.write(currWrite, 0);
                        currWrite = new Struct.Skip(firstClient, currWrite.end(), curr.clock - currWrite.end());
                    }
                } else {
                    long diff = currWrite.end() - curr.clock;
                    if (diff > 0) {
                        if (currWrite instanceof Struct.Skip) {
                            // cut the Skip rather than the struct, which may carry more information
                            currWrite.length -= diff;
                        } else {
                            curr = curr.sliceFrom(diff);
                        }
                    }
                    if (!currWrite.mergeWith(curr)) {
                        writer.write(currWrite, 0);
                        currWrite = curr;
                        currDecoder.next();
                    }
                }
            } else {
                currWrite = currDecoder.curr;
                currDecoder.next();
            }
            for (Struct next = currDecoder.curr;
                    next != null && next.client == firstClient && next.clock == currWrite.end()
                            && !(next instanceof Struct.Skip);
                    next = currDecoder.next()) {
                writer.write(currWrite, 0);
                currWrite = next;
            }
        }
        if (currWrite != null) {
            writer.write(currWrite, 0);
        }
        Lib0Encoder out = writer.finish();
        List<DeleteSet> deleteSets = new ArrayList<>(decoders.size());
        for (Lib0Decoder decoder : decoders) {
            deleteSets.add(DeleteSet.read(decoder));
            requireEnd(decoder);
        }
        DeleteSet.merge(deleteSets).write(out);
        return out.toByteArray();
    }

    /**
     * The order yjs's {@code mergeUpdates} puts its readers in: client descending, clock ascending, and at equal
     * positions anything before a Skip. That comparator calls a GC and an Item at the same position each smaller
     * than the other, so the order depends on the sorting algorithm: V8's, reproduced by {@link V8TimSort}.
     */
    private static void sortReaders(List<StructReader> readers) {
        StructReader[] a = readers.toArray(new StructReader[0]);
        V8TimSort.sort(a, YUpdates::compare);
        for (int k = 0; k < a.length; k++) {
            readers.set(k, a[k]);
        }
    }

    /** The comparator of yjs {@code mergeUpdatesV2}, inconsistency included. */
    private static int compare(StructReader r1, StructReader r2) {
        Struct s1 = r1.curr;
        Struct s2 = r2.curr;
        if (s1.client == s2.client) {
            long clockDiff = s1.clock - s2.clock;
            if (clockDiff == 0) {
                if (s1.getClass() == s2.getClass()) {
                    return 0;
                }
                return s1 instanceof Struct.Skip ? 1 : -1;
            }
            return Long.signum(clockDiff);
        }
        return Long.signum(s2.client - s1.client);
    }

    /**
     * yjs {@code encodeStateVectorFromUpdate}: for each client whose structs start at clock 0, the clock after its
     * last contiguous struct.
     */
    public static byte[] encodeStateVectorFromUpdate(byte[] update) {
        Lib0Decoder in = new Lib0Decoder(update);
        StructReader reader = new StructReader(in, false);
        Lib0Encoder entries = new Lib0Encoder();
        long size = 0;
        Struct curr = reader.curr;
        if (curr != null) {
            long currClient = curr.client;
            boolean stopCounting = curr.clock != 0;
            long currClock = stopCounting ? 0 : curr.end();
            for (; curr != null; curr = reader.next()) {
                if (currClient != curr.client) {
                    if (currClock != 0) {
                        size++;
                        entries.writeVarUint(currClient);
                        entries.writeVarUint(currClock);
                    }
                    currClient = curr.client;
                    currClock = 0;
                    stopCounting = curr.clock != 0;
                }
                if (curr instanceof Struct.Skip) {
                    stopCounting = true;
                }
                if (!stopCounting) {
                    currClock = curr.end();
                }
            }
            if (currClock != 0) {
                size++;
                entries.writeVarUint(currClient);
                entries.writeVarUint(currClock);
            }
        }
        DeleteSet.read(in);
        requireEnd(in);
        Lib0Encoder out = new Lib0Encoder();
        out.writeVarUint(size);
        out.writeBytes(entries.toByteArray());
        return out.toByteArray();
    }

    /** yjs {@code diffUpdate}: the part of an update that a peer with the given state vector lacks. */
    public static byte[] diffUpdate(byte[] update, byte[] stateVector) {
        Map<Long, Long> state = decodeStateVector(stateVector);
        Lib0Decoder in = new Lib0Decoder(update);
        StructReader reader = new StructReader(in, false);
        StructWriter writer = new StructWriter();
        while (reader.curr != null) {
            Struct curr = reader.curr;
            long currClient = curr.client;
            long svClock = state.getOrDefault(currClient, 0L);
            if (curr instanceof Struct.Skip) {
                // the first struct written must not be a Skip
                reader.next();
                continue;
            }
            if (curr.end() > svClock) {
                writer.write(curr, Math.max(svClock - curr.clock, 0));
                reader.next();
                while (reader.curr != null && reader.curr.client == currClient) {
                    writer.write(reader.curr, 0);
                    reader.next();
                }
            } else {
                while (reader.curr != null && reader.curr.client == currClient && reader.curr.end() <= svClock) {
                    reader.next();
                }
            }
        }
        Lib0Encoder out = writer.finish();
        DeleteSet.read(in).write(out);
        requireEnd(in);
        return out.toByteArray();
    }

    /** yjs {@code decodeStateVector}: client id to the next clock expected from it, in the order written. */
    public static Map<Long, Long> decodeStateVector(byte[] stateVector) {
        Lib0Decoder in = new Lib0Decoder(stateVector);
        long count = in.readVarUint();
        Map<Long, Long> state = new LinkedHashMap<>();
        for (long i = 0; i < count; i++) {
            long client = in.readVarUint();
            state.put(client, in.readVarUint());
        }
        requireEnd(in);
        return state;
    }

    /** yjs {@code encodeStateVector} of a map ({@code writeStateVector}): clients in descending order. */
    public static byte[] encodeStateVector(Map<Long, Long> state) {
        Lib0Encoder out = new Lib0Encoder();
        out.writeVarUint(state.size());
        Map<Long, Long> sorted = new HashMap<>(state);
        sorted.keySet().stream().sorted(Comparator.reverseOrder()).forEach(client -> {
            out.writeVarUint(client);
            out.writeVarUint(sorted.get(client));
        });
        return out.toByteArray();
    }

    private static void requireEnd(Lib0Decoder in) {
        if (in.hasContent()) {
            throw in.malformed("Unexpected data after the end");
        }
    }
}
