package se.larteam.collab.yjs;

/**
 * Checks that UTF-8 bytes are one JSON text, as JavaScript's {@code JSON.parse} (which yjs applies to JSON, embed
 * and format content) accepts it. The bytes themselves are kept: yjs writes back what {@code JSON.stringify} gives,
 * which for text yjs wrote is the same text.
 */
final class JsonCheck {

    private final byte[] s;
    private int i;

    private JsonCheck(byte[] s) {
        this.s = s;
    }

    static boolean isValid(byte[] utf8) {
        JsonCheck c = new JsonCheck(utf8);
        try {
            c.ws();
            c.value(0);
            c.ws();
            return c.i == utf8.length;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private int peek() {
        return i < s.length ? s[i] & 0xFF : -1;
    }

    private int take() {
        if (i >= s.length) {
            throw new IllegalStateException();
        }
        return s[i++] & 0xFF;
    }

    private void expect(int c) {
        if (take() != c) {
            throw new IllegalStateException();
        }
    }

    private void ws() {
        while (i < s.length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
            i++;
        }
    }

    private void value(int depth) {
        if (depth > Lib0Decoder.MAX_DEPTH) {
            throw new IllegalStateException();
        }
        int c = peek();
        switch (c) {
            case '{' -> {
                i++;
                ws();
                if (peek() == '}') {
                    i++;
                    return;
                }
                while (true) {
                    ws();
                    string();
                    ws();
                    expect(':');
                    ws();
                    value(depth + 1);
                    ws();
                    if (take() == '}') {
                        return;
                    }
                    i--;
                    expect(',');
                }
            }
            case '[' -> {
                i++;
                ws();
                if (peek() == ']') {
                    i++;
                    return;
                }
                while (true) {
                    ws();
                    value(depth + 1);
                    ws();
                    if (take() == ']') {
                        return;
                    }
                    i--;
                    expect(',');
                }
            }
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void literal(String word) {
        for (int k = 0; k < word.length(); k++) {
            expect(word.charAt(k));
        }
    }

    private void string() {
        expect('"');
        while (true) {
            int c = take();
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw new IllegalStateException();
            }
            if (c == '\\') {
                int e = take();
                if (e == 'u') {
                    for (int k = 0; k < 4; k++) {
                        if (Character.digit(take(), 16) < 0) {
                            throw new IllegalStateException();
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw new IllegalStateException();
                }
            }
        }
    }

    private void number() {
        if (peek() == '-') {
            i++;
        }
        if (peek() == '0') {
            i++;
        } else {
            digits();
        }
        if (peek() == '.') {
            i++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            i++;
            if (peek() == '+' || peek() == '-') {
                i++;
            }
            digits();
        }
    }

    private void digits() {
        int start = i;
        while (peek() >= '0' && peek() <= '9') {
            i++;
        }
        if (i == start) {
            throw new IllegalStateException();
        }
    }
}
