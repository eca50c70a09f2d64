package se.larteam.collab.yjs;

import java.util.Arrays;

/** Writes lib0's binary encodings (lib0 {@code encoding.js}) into a growing byte array. */
final class Lib0Encoder {

    private byte[] buf = new byte[64];
    private int len;

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    int length() {
        return len;
    }

    /** lib0 {@code writeUint8}. */
    void writeUint8(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    /** lib0 {@code writeVarUint}. */
    void writeVarUint(long num) {
        ensure(10);
        while (num > 0x7F) {
            buf[len++] = (byte) (0x80 | (num & 0x7F));
            num >>>= 7;
        }
        buf[len++] = (byte) num;
    }

    /** lib0 {@code writeUint8Array}: raw bytes, no length. */
    void writeBytes(byte[] bytes) {
        writeBytes(bytes, 0, bytes.length);
    }

    void writeBytes(byte[] bytes, int offset, int count) {
        ensure(count);
        System.arraycopy(bytes, offset, buf, len, count);
        len += count;
    }

    /** lib0 {@code writeVarUint8Array}; also lib0 {@code writeVarString} for strings kept as their UTF-8 bytes. */
    void writeVarUint8Array(byte[] bytes) {
        writeVarUint(bytes.length);
        writeBytes(bytes);
    }

    /**
     * lib0 {@code writeVarString}: UTF-8 as the browser's TextEncoder makes it, which turns an unpaired surrogate
     * (left when yjs cuts a string between the halves of an emoji) into U+FFFD. {@link String#getBytes} would write '?'.
     */
    void writeVarString(String s) {
        writeVarUint8Array(Utf8.encode(s));
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
