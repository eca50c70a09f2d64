package se.larteam.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads roster files as Swedish offices write them: Excel's "CSV (semikolonavgränsad)" in Windows-1252, or UTF-8
 * (with or without a byte-order mark) with commas. Columns are found by their Swedish or English names.
 */
final class CsvRoster {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Column name (lower case) → field. */
    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        for (String name : List.of("namn", "name", "fullständigt namn", "för- och efternamn", "deltagare")) {
            COLUMNS.put(name, "name");
        }
        for (String name : List.of("e-post", "epost", "e-postadress", "epostadress", "email", "e-mail", "mejl", "mail")) {
            COLUMNS.put(name, "email");
        }
        for (String name : List.of("titel", "title", "befattning", "roll")) {
            COLUMNS.put(name, "title");
        }
        for (String name : List.of("skola", "enhet", "skola/enhet", "school", "unit", "arbetsplats", "förskola/skola")) {
            COLUMNS.put(name, "unit");
        }
        for (String name : List.of("lärteam", "larteam", "team", "learning team", "grupp")) {
            COLUMNS.put(name, "team");
        }
    }

    record Parsed(String encoding, char delimiter, List<RosterRow> rows, List<RosterProblem> problems) {
    }

    private CsvRoster() {
    }

    static Parsed parse(byte[] file) {
        List<RosterProblem> problems = new ArrayList<>();
        if (file == null || file.length == 0) {
            return failed("UTF-8", ',', "import.empty");
        }
        if (file.length > MAX_BYTES) {
            return failed("UTF-8", ',', "import.too-large", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        if (looksBinary(file)) {
            return failed("UTF-8", ',', "import.not-csv");
        }
        Charset charset = detectCharset(file);
        String text = new String(file, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String encoding = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252";
        if (text.isBlank()) {
            return failed(encoding, ',', "import.empty");
        }
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        List<RosterRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            List<String> missing = new ArrayList<>();
            for (String required : List.of("name", "email")) {
                if (!columns.containsKey(required)) {
                    missing.add(required.equals("name") ? "Namn" : "E-post");
                }
            }
            if (!missing.isEmpty()) {
                return failed(encoding, delimiter, "import.missing-columns", String.join(", ", missing),
                        String.join(", ", parser.getHeaderNames()));
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    return failed(encoding, delimiter, "import.too-many-rows", String.valueOf(MAX_ROWS));
                }
                int line = (int) record.getRecordNumber() + 1;
                rows.add(new RosterRow(line, value(record, columns, "name"), value(record, columns, "email"),
                        value(record, columns, "title"), value(record, columns, "unit"), value(record, columns, "team")));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return failed(encoding, delimiter, "import.unreadable", String.valueOf(e.getMessage()));
        }
        if (rows.isEmpty()) {
            problems.add(RosterProblem.ofFile("import.no-rows"));
        }
        return new Parsed(encoding, delimiter, rows, problems);
    }

    private static Parsed failed(String encoding, char delimiter, String key, String... arguments) {
        return new Parsed(encoding, delimiter, List.of(), List.of(RosterProblem.ofFile(key, arguments)));
    }

    private static Map<String, Integer> columns(List<String> headers) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String field = COLUMNS.get(headers.get(i) == null ? "" : headers.get(i).strip().toLowerCase(Locale.ROOT));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        return columns;
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String field) {
        Integer index = columns.get(field);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    /** PDFs, spreadsheets (zip), images: a text file has no NUL bytes in its first kilobytes. */
    private static boolean looksBinary(byte[] file) {
        int limit = Math.min(file.length, 8_192);
        for (int i = 0; i < limit; i++) {
            if (file[i] == 0) {
                return true;
            }
        }
        return startsWith(file, "%PDF") || startsWith(file, "PK\u0003\u0004");
    }

    private static boolean startsWith(byte[] file, String magic) {
        byte[] prefix = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (file.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (file[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8 is taken as UTF-8; anything else is what Excel writes on a Swedish Windows. */
    private static Charset detectCharset(byte[] file) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** The separator that occurs most often in the header line: semicolon, comma or tab. */
    private static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
