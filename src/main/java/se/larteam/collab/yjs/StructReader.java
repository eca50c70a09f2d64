package se.larteam.collab.yjs;

/**
 * Reads the structs of a v1 update one at a time (yjs {@code LazyStructReader} with {@code UpdateDecoderV1}), so an
 * update is never held as a whole object graph. The delete set follows in the same decoder once all are read.
 */
final class StructReader {

    private final Lib0Decoder in;
    private final boolean filterSkips;
    private long clientsLeft;
    private long structsLeft;
    private long client;
    private long clock;
    /** The current struct, or null once all are read (yjs {@code reader.curr}). */
    Struct curr;

    StructReader(Lib0Decoder in, boolean filterSkips) {
        this.in = in;
        this.filterSkips = filterSkips;
        this.clientsLeft = in.readVarUint();
        next();
    }

    /** yjs {@code LazyStructReader.next()}. */
    Struct next() {
        do {
            curr = readStruct();
        } while (filterSkips && curr instanceof Struct.Skip);
        return curr;
    }

    /** yjs {@code lazyStructReaderGenerator}. */
    private Struct readStruct() {
        while (structsLeft == 0) {
            if (clientsLeft == 0) {
                return null;
            }
            clientsLeft--;
            structsLeft = in.readVarUint();
            client = in.readVarUint();
            clock = in.readVarUint();
        }
        structsLeft--;
        int info = in.readUint8();
        Struct struct;
        if (info == 10) {
            struct = new Struct.Skip(client, clock, in.readVarUint());
        } else if ((info & 0x1F) != 0) {
            boolean cantCopyParentInfo = (info & 0xC0) == 0;
            Struct.Id origin = (info & 0x80) != 0 ? readId() : null;
            Struct.Id rightOrigin = (info & 0x40) != 0 ? readId() : null;
            byte[] parentKey = null;
            Struct.Id parentId = null;
            byte[] parentSub = null;
            if (cantCopyParentInfo) {
                if (in.readVarUint() == 1) {
                    parentKey = in.readVarStringBytes();
                } else {
                    parentId = readId();
                }
                if ((info & 0x20) != 0) {
                    parentSub = in.readVarStringBytes();
                }
            }
            Content content = Content.read(in, info & 0x1F);
            struct = new Struct.Item(client, clock, origin, rightOrigin, parentKey, parentId, parentSub, content);
        } else {
            struct = new Struct.Gc(client, clock, in.readVarUint());
        }
        if (struct.end() > Lib0Decoder.MAX_SAFE_INTEGER) {
            throw in.malformed("Clock out of range");
        }
        clock = struct.end();
        return struct;
    }

    private Struct.Id readId() {
        long c = in.readVarUint();
        return new Struct.Id(c, in.readVarUint());
    }
}
