package se.larteam.collab.yjs;

import java.util.ArrayList;
import java.util.List;

/**
 * The content of an Item (yjs {@code ContentDeleted}, {@code ContentJSON}, … {@code ContentDoc}). Text that is never
 * cut stays as the UTF-8 bytes it arrived in; yjs's decode-then-encode gives those same bytes back for anything yjs
 * wrote. Strings are kept as Java strings because yjs cuts them at UTF-16 positions.
 */
sealed interface Content {

    /** yjs {@code getRef()}: the low five bits of an Item's info byte. */
    int ref();

    /** yjs {@code getLength()}: how many clock ticks the content spans. */
    long length();

    /** yjs {@code content.write(encoder, offset)}: the content without its first {@code offset} units. */
    void write(Lib0Encoder out, long offset);

    /** yjs {@code content.splice(offset)}: the right part from {@code offset} on. */
    default Content sliceFrom(long offset) {
        throw new MalformedUpdateException("Content of type " + ref() + " cannot be split");
    }

    /** yjs {@code readItemContent}: content ref 1 to 9; anything else is not Yjs. */
    static Content read(Lib0Decoder in, int ref) {
        return switch (ref) {
            case 1 -> new Deleted(in.readVarUint());
            case 2 -> {
                int n = in.readLength();
                List<byte[]> items = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    byte[] json = in.readVarStringBytes();
                    if (!isUndefined(json) && !JsonCheck.isValid(json)) {
                        throw in.malformed("Invalid JSON content");
                    }
                    items.add(json);
                }
                yield new Json(items);
            }
            case 3 -> new Binary(in.readVarUint8Array());
            case 4 -> new Str(in.readVarString());
            case 5 -> new Embed(readJson(in));
            case 6 -> {
                byte[] key = in.readVarStringBytes();
                yield new Format(key, readJson(in));
            }
            case 7 -> {
                long typeRef = in.readVarUint();
                if (typeRef > 6) {
                    throw in.malformed("Unknown type " + typeRef);
                }
                // YXmlElement (3) and YXmlHook (5) carry a node name / hook name
                byte[] name = typeRef == 3 || typeRef == 5 ? in.readVarStringBytes() : null;
                yield new Type((int) typeRef, name);
            }
            case 8 -> {
                int n = in.readLength();
                List<byte[]> items = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    items.add(in.readAnyBytes());
                }
                yield new Any(items);
            }
            case 9 -> {
                byte[] guid = in.readVarStringBytes();
                yield new Doc(guid, in.readAnyBytes());
            }
            default -> throw in.malformed("Unknown content type " + ref);
        };
    }

    private static byte[] readJson(Lib0Decoder in) {
        byte[] json = in.readVarStringBytes();
        if (!JsonCheck.isValid(json)) {
            throw in.malformed("Invalid JSON content");
        }
        return json;
    }

    private static boolean isUndefined(byte[] s) {
        return s.length == 9 && "undefined".equals(new String(s, java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** yjs {@code ContentDeleted}. */
    record Deleted(long len) implements Content {
        public int ref() {
            return 1;
        }

        public long length() {
            return len;
        }

        public void write(Lib0Encoder out, long offset) {
            out.writeVarUint(len - offset);
        }

        public Content sliceFrom(long offset) {
            return new Deleted(len - offset);
        }
    }

    /** yjs {@code ContentJSON}: JSON texts (or "undefined"), one per array element. */
    record Json(List<byte[]> items) implements Content {
        public int ref() {
            return 2;
        }

        public long length() {
            return items.size();
        }

        public void write(Lib0Encoder out, long offset) {
            out.writeVarUint(items.size() - offset);
            for (int k = (int) offset; k < items.size(); k++) {
                out.writeVarUint8Array(items.get(k));
            }
        }

        public Content sliceFrom(long offset) {
            return new Json(items.subList((int) offset, items.size()));
        }
    }

    /** yjs {@code ContentBinary}. */
    record Binary(byte[] bytes) implements Content {
        public int ref() {
            return 3;
        }

        public long length() {
            return 1;
        }

        public void write(Lib0Encoder out, long offset) {
            out.writeVarUint8Array(bytes);
        }
    }

    /** yjs {@code ContentString}: length and cuts in UTF-16 code units, as in JavaScript. */
    record Str(String text) implements Content {
        public int ref() {
            return 4;
        }

        public long length() {
            return text.length();
        }

        public void write(Lib0Encoder out, long offset) {
            out.writeVarString(offset == 0 ? text : text.substring((int) offset));
        }

        /** A cut between surrogate halves leaves an unpaired half, which the encoder writes as U+FFFD like yjs. */
        public Content sliceFrom(long offset) {
            return new Str(text.substring((int) offset));
        }
    }

    /** yjs {@code ContentEmbed}: one JSON value. */
    record Embed(byte[] json) implements Content {
        public int ref() {
            return 5;
        }

        public long length() {
            return 1;
        }

        public void write(Lib0Encoder out, long offset) {
            out.writeVarUint8Array(json);
        }
    }

    /** yjs {@code ContentFormat}: a formatting mark's key and JSON value. */
    record Format(byte[] key, byte[] json) implements Content {
        public int ref() {
            return 6;
        }

        public long length() {
            return 1;
        }

        public void write(Lib0Encoder out, long offset) {
            out.writeVarUint8Array(key);
            out.writeVarUint8Array(json);
        }
    }

    /** yjs {@code ContentType}: a nested shared type (typeRef 0–6), with its name for XML elements and hooks. */
    record Type(int typeRef, byte[] name) implements Content {
        public int ref() {
            return 7;
        }

        public long length() {
            return 1;
        }

        public void write(Lib0Encoder out, long offset) {
            out.writeVarUint(typeRef);
            if (name != null) {
                out.writeVarUint8Array(name);
            }
        }
    }

    /** yjs {@code ContentAny}: lib0-encoded values, one per array element, kept encoded. */
    record Any(List<byte[]> items) implements Content {
        public int ref() {
            return 8;
        }

        public long length() {
            return items.size();
        }

        public void write(Lib0Encoder out, long offset) {
            out.writeVarUint(items.size() - offset);
            for (int k = (int) offset; k < items.size(); k++) {
                out.writeBytes(items.get(k));
            }
        }

        public Content sliceFrom(long offset) {
            return new Any(items.subList((int) offset, items.size()));
        }
    }

    /** yjs {@code ContentDoc}: a subdocument's guid and options. */
    record Doc(byte[] guid, byte[] opts) implements Content {
        public int ref() {
            return 9;
        }

        public long length() {
            return 1;
        }

        public void write(Lib0Encoder out, long offset) {
            out.writeVarUint8Array(guid);
            out.writeBytes(opts);
        }
    }
}
