package se.larteam.collab;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * The lib0 encoding the Hocuspocus protocol is written in (varUint, varString, varUint8Array, varInt), and the
 * message types of {@code @hocuspocus/provider} 4.8.0 and {@code y-protocols}. Reading past the end or an
 * over-long number throws {@link Malformed}.
 */
final class Wire {

    static final int SYNC = 0;
    static final int AWARENESS = 1;
    static final int AUTH = 2;
    static final int QUERY_AWARENESS = 3;
    static final int STATELESS = 5;
    static final int CLOSE = 7;
    static final int SYNC_STATUS = 8;
    /** Connection-level keep-alive: a bare one-byte message without a document name. */
    static final int PING = 9;
    static final int PONG = 10;

    static final int SYNC_STEP1 = 0;
    static final int SYNC_STEP2 = 1;
    static final int SYNC_UPDATE = 2;

    static final int AUTH_TOKEN = 0;
    static final int AUTH_PERMISSION_DENIED = 1;
    static final int AUTH_AUTHENTICATED = 2;

    private Wire() {
    }

    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    static final class Reader {
        private final byte[] bytes;
        private int pos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean hasMore() {
            return pos < bytes.length;
        }

        long varUint() {
            long value = 0;
            for (int shift = 0; shift < 53; shift += 7) {
                int b = byteAt();
                value |= (long) (b & 0x7f) << shift;
                if (b < 0x80) {
                    return value;
                }
            }
            throw new Malformed("varUint too long");
        }

        int smallUint(int max) {
            long v = varUint();
            if (v > max) {
                throw new Malformed("length " + v + " over " + max);
            }
            return (int) v;
        }

        byte[] varUint8Array() {
            int length = smallUint(bytes.length - pos);
            byte[] out = new byte[length];
            System.arraycopy(bytes, pos, out, 0, length);
            pos += length;
            return out;
        }

        String varString() {
            byte[] utf8 = varUint8Array();
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
            } catch (CharacterCodingException e) {
                throw new Malformed("not UTF-8");
            }
        }

        private int byteAt() {
            if (pos >= bytes.length) {
                throw new Malformed("unexpected end of message");
            }
            return bytes[pos++] & 0xff;
        }
    }

    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer varUint(long value) {
            while (value > 0x7f) {
                out.write((int) (0x80 | (value & 0x7f)));
                value >>>= 7;
            }
            out.write((int) value);
            return this;
        }

        /** lib0 writeVarInt for small non-negative numbers: 6 bits in the first byte, then the sign bit clear. */
        Writer varInt(int value) {
            if (value < 0 || value > 0x3f) {
                throw new IllegalArgumentException("only 0..63 needed here");
            }
            out.write(value);
            return this;
        }

        Writer varUint8Array(byte[] bytes) {
            varUint(bytes.length);
            out.writeBytes(bytes);
            return this;
        }

        Writer varString(String text) {
            return varUint8Array(text.getBytes(StandardCharsets.UTF_8));
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    static Writer message(String address, int type) {
        return new Writer().varString(address).varUint(type);
    }

    static byte[] sync(String address, int step, byte[] payload) {
        return message(address, SYNC).varUint(step).varUint8Array(payload).bytes();
    }

    static byte[] syncStatus(String address, boolean applied) {
        return message(address, SYNC_STATUS).varInt(applied ? 1 : 0).bytes();
    }

    static byte[] authenticated(String address, boolean readOnly) {
        return message(address, AUTH).varUint(AUTH_AUTHENTICATED).varString(readOnly ? "readonly" : "read-write")
                .bytes();
    }

    static byte[] permissionDenied(String address, String reason) {
        return message(address, AUTH).varUint(AUTH_PERMISSION_DENIED).varString(reason).bytes();
    }

    static byte[] stateless(String address, String payload) {
        return message(address, STATELESS).varString(payload).bytes();
    }

    static byte[] awareness(String address, byte[] update) {
        return message(address, AWARENESS).varUint8Array(update).bytes();
    }
}
