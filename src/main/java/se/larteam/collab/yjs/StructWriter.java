package se.larteam.collab.yjs;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes structs as they come (yjs {@code LazyStructWriter}, {@code writeStructToLazyStructWriter},
 * {@code finishLazyStructWriting}): the count of clients and of structs per client precede them in the format, so
 * each client's run is buffered until it is complete.
 */
final class StructWriter {

    private record Run(long written, byte[] bytes) {
    }

    private final List<Run> runs = new ArrayList<>();
    private Lib0Encoder current = new Lib0Encoder();
    private long currClient;
    private long written;

    /** yjs {@code writeStructToLazyStructWriter}. */
    void write(Struct struct, long offset) {
        if (written > 0 && currClient != struct.client) {
            flush();
        }
        if (written == 0) {
            currClient = struct.client;
            current.writeVarUint(struct.client);
            current.writeVarUint(struct.clock + offset);
        }
        struct.write(current, offset);
        written++;
    }

    private void flush() {
        if (written > 0) {
            runs.add(new Run(written, current.toByteArray()));
            current = new Lib0Encoder();
            written = 0;
        }
    }

    /** yjs {@code finishLazyStructWriting}: returns the encoder, ready for the delete set. */
    Lib0Encoder finish() {
        flush();
        Lib0Encoder out = new Lib0Encoder();
        out.writeVarUint(runs.size());
        for (Run run : runs) {
            out.writeVarUint(run.written());
            out.writeBytes(run.bytes());
        }
        return out;
    }
}
