package se.larteam.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shared stored-XSS corpus, {@code src/test/resources/xss/payloads.txt}: one payload per line, lines starting
 * with "#" and blank lines skipped. Every payload sets {@code window.__xss} if it ever runs; see {@link XssTrap}.
 */
public final class XssCorpus {

    private static final String RESOURCE = "/xss/payloads.txt";

    private XssCorpus() {
    }

    /** Every payload, in file order, exactly as written (no trimming: leading blanks are part of some). */
    public static List<String> payloads() {
        try (InputStream in = XssCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
