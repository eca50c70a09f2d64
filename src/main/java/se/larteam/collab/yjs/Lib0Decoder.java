package se.larteam.collab.yjs;

import java.nio.charset.StandardCharsets;

/**
 * Reads lib0's binary encodings (lib0 {@code decoding.js}) from a byte array, refusing anything malformed: every
 * length is checked against the bytes that remain before anything is allocated, so hostile input fails fast.
 */
final class Lib0Decoder {

    /** JavaScript numbers are exact up to here; yjs cannot represent larger clocks or client ids. */
    static final long MAX_SAFE_INTEGER = (1L << 53) - 1;
    /** Nesting limit for {@code any} values and JSON, far above what editors produce, far below a stack overflow. */
    static final int MAX_DEPTH = 256;

    private final byte[] buf;
    private int pos;

    Lib0Decoder(byte[] buf) {
        this.buf = buf;
    }

    int position() {
        return pos;
    }

    boolean hasContent() {
        return pos < buf.length;
    }

    MalformedUpdateException malformed(String what) {
        return new MalformedUpdateException(what + " at byte " + pos + " of " + buf.length);
    }

    /** lib0 {@code readUint8}. */
    int readUint8() {
        if (pos >= buf.length) {
            throw malformed("Unexpected end of data");
        }
        return buf[pos++] & 0xFF;
    }

    /** lib0 {@code readVarUint}: little-endian base-128, at most 53 bits like a JavaScript number. */
    long readVarUint() {
        long num = 0;
        int shift = 0;
        while (true) {
            int b = readUint8();
            num |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                if (num > MAX_SAFE_INTEGER) {
                    throw malformed("Integer out of range");
                }
                return num;
            }
            shift += 7;
            if (shift > 49) {
                throw malformed("Integer out of range");
            }
        }
    }

    /** A varUint used as a length or count: must fit what is left, since each element takes a byte or more. */
    int readLength() {
        long len = readVarUint();
        if (len > buf.length - pos) {
            throw malformed("Declared length " + len + " exceeds the remaining data");
        }
        return (int) len;
    }

    /** lib0 {@code readVarInt}: sign in bit 7 of the first byte. Only validated here, callers keep the raw bytes. */
    void skipVarInt() {
        int b = readUint8();
        int shift = 6;
        while ((b & 0x80) != 0) {
            b = readUint8();
            shift += 7;
            if (shift > 62) {
                throw malformed("Integer out of range");
            }
        }
    }

    /** lib0 {@code readVarUint8Array}, copied. */
    byte[] readVarUint8Array() {
        int len = readLength();
        byte[] out = new byte[len];
        System.arraycopy(buf, pos, out, 0, len);
        pos += len;
        return out;
    }

    /** The UTF-8 bytes of a lib0 {@code readVarString}, checked like the fatal TextDecoder lib0 uses. */
    byte[] readVarStringBytes() {
        int start = pos;
        byte[] bytes = readVarUint8Array();
        if (!Utf8.isValid(bytes)) {
            pos = start;
            throw malformed("Invalid UTF-8 in string");
        }
        return bytes;
    }

    /** lib0 {@code readVarString}. */
    String readVarString() {
        return new String(readVarStringBytes(), StandardCharsets.UTF_8);
    }

    /** Validates one lib0 {@code any} value (lib0 {@code readAny}) and returns its encoded bytes unchanged. */
    byte[] readAnyBytes() {
        int start = pos;
        skipAny(0);
        byte[] out = new byte[pos - start];
        System.arraycopy(buf, start, out, 0, out.length);
        return out;
    }

    private void skipAny(int depth) {
        if (depth > MAX_DEPTH) {
            throw malformed("Value nested too deeply");
        }
        int type = readUint8();
        switch (type) {
            case 127, 126, 121, 120 -> { } // undefined, null, false, true
            case 125 -> skipVarInt();
            case 124 -> skip(4); // float32
            case 123, 122 -> skip(8); // float64, bigint64
            case 119 -> readVarStringBytes();
            case 118 -> {
                int len = readLength();
                for (int i = 0; i < len; i++) {
                    readVarStringBytes();
                    skipAny(depth + 1);
                }
            }
            case 117 -> {
                int len = readLength();
                for (int i = 0; i < len; i++) {
                    skipAny(depth + 1);
                }
            }
            case 116 -> skip(readLength());
            default -> {
                pos--;
                throw malformed("Unknown value type " + type);
            }
        }
    }

    private void skip(int n) {
        if (n > buf.length - pos) {
            throw malformed("Unexpected end of data");
        }
        pos += n;
    }
}
