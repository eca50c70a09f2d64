package se.larteam.collab.yjs;

/**
 * One struct of an update (yjs {@code GC}, {@code Skip} and {@code Item}), as the lazy readers of yjs's
 * {@code updates.js} see them: no links to neighbours, only what the bytes say. Lengths of GC and Skip change while
 * merging, as in yjs.
 */
abstract sealed class Struct permits Struct.Gc, Struct.Skip, Struct.Item {

    /** yjs {@code createID(client, clock)}. */
    record Id(long client, long clock) {
    }

    final long client;
    final long clock;
    long length;

    Struct(long client, long clock, long length) {
        this.client = client;
        this.clock = clock;
        this.length = length;
    }

    final long end() {
        return clock + length;
    }

    /** yjs {@code struct.write(encoder, offset)}. */
    abstract void write(Lib0Encoder out, long offset);

    /** yjs {@code struct.mergeWith(right)}: GCs and Skips absorb their own kind; decoded Items never merge. */
    abstract boolean mergeWith(Struct right);

    /** yjs {@code sliceStruct(left, diff)}: the part from {@code diff} on. */
    abstract Struct sliceFrom(long diff);

    /** yjs {@code GC}: deleted and garbage-collected content; info byte 0. */
    static final class Gc extends Struct {
        Gc(long client, long clock, long length) {
            super(client, clock, length);
        }

        void write(Lib0Encoder out, long offset) {
            out.writeUint8(0);
            out.writeVarUint(length - offset);
        }

        boolean mergeWith(Struct right) {
            if (!(right instanceof Gc)) {
                return false;
            }
            length += right.length;
            return true;
        }

        Struct sliceFrom(long diff) {
            return new Gc(client, clock + diff, length - diff);
        }
    }

    /** yjs {@code Skip}: a gap in the clocks of a client; info byte 10. */
    static final class Skip extends Struct {
        Skip(long client, long clock, long length) {
            super(client, clock, length);
        }

        void write(Lib0Encoder out, long offset) {
            out.writeUint8(10);
            out.writeVarUint(length - offset);
        }

        boolean mergeWith(Struct right) {
            if (!(right instanceof Skip)) {
                return false;
            }
            length += right.length;
            return true;
        }

        Struct sliceFrom(long diff) {
            return new Skip(client, clock + diff, length - diff);
        }
    }

    /**
     * yjs {@code Item}. Its parent is written only when it has neither origin: either the name of a root type
     * ({@code parentKey}) or the id of the item holding the parent type ({@code parentId}).
     */
    static final class Item extends Struct {
        final Id origin;
        final Id rightOrigin;
        final byte[] parentKey;
        final Id parentId;
        final byte[] parentSub;
        final Content content;

        Item(long client, long clock, Id origin, Id rightOrigin, byte[] parentKey, Id parentId, byte[] parentSub,
                Content content) {
            super(client, clock, content.length());
            this.origin = origin;
            this.rightOrigin = rightOrigin;
            this.parentKey = parentKey;
            this.parentId = parentId;
            this.parentSub = parentSub;
            this.content = content;
        }

        void write(Lib0Encoder out, long offset) {
            Id from = offset > 0 ? new Id(client, clock + offset - 1) : origin;
            int info = (content.ref() & 0x1F)
                    | (from == null ? 0 : 0x80)
                    | (rightOrigin == null ? 0 : 0x40)
                    | (parentSub == null ? 0 : 0x20);
            out.writeUint8(info);
            if (from != null) {
                writeId(out, from);
            }
            if (rightOrigin != null) {
                writeId(out, rightOrigin);
            }
            if (from == null && rightOrigin == null) {
                if (parentKey != null) {
                    out.writeVarUint(1);
                    out.writeVarUint8Array(parentKey);
                } else if (parentId != null) {
                    out.writeVarUint(0);
                    writeId(out, parentId);
                } else {
                    throw new MalformedUpdateException("Item " + client + ":" + clock + " has no parent");
                }
                if (parentSub != null) {
                    out.writeVarUint8Array(parentSub);
                }
            }
            content.write(out, offset);
        }

        boolean mergeWith(Struct right) {
            // yjs compares `this.right === right`; structs read from an update have no right neighbour
            return false;
        }

        Struct sliceFrom(long diff) {
            return new Item(client, clock + diff, new Id(client, clock + diff - 1), rightOrigin, parentKey, parentId,
                    parentSub, content.sliceFrom(diff));
        }

        private static void writeId(Lib0Encoder out, Id id) {
            out.writeVarUint(id.client());
            out.writeVarUint(id.clock());
        }
    }
}
