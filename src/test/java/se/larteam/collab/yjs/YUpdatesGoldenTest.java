package se.larteam.collab.yjs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java operations give byte for byte what the yjs npm package gives, on the cases
 * {@code frontend/golden/generate-yjs-vectors.mjs} recorded (committed under {@code src/test/resources/yjs}); the
 * build regenerates them with the pinned yjs into {@code target/yjs} and they must come out the same.
 */
class YUpdatesGoldenTest {

    private static final Path REGENERATED = Path.of("target/yjs/golden-vectors.json");

    static JsonNode golden() throws IOException {
        try (InputStream in = YUpdatesGoldenTest.class.getResourceAsStream("/yjs/golden-vectors.json")) {
            assertThat(in).as("committed golden vectors").isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }

    static Stream<JsonNode> cases() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        golden().get("cases").forEach(cases::add);
        return cases.stream();
    }

    private static byte[] b64(JsonNode node) {
        return Base64.getDecoder().decode(node.asString());
    }

    private static List<byte[]> b64List(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(n -> out.add(b64(n)));
        return out;
    }

    @Test
    void thereAreAtLeast200CasesFromFiveOrMoreClients() throws IOException {
        JsonNode cases = golden().get("cases");
        assertThat(cases.size()).isGreaterThanOrEqualTo(200);
        cases.forEach(c -> assertThat(c.get("clients").asInt()).isGreaterThanOrEqualTo(5));
    }

    @Test
    void regeneratedVectorsEqualTheCommittedOnes() throws IOException {
        assertThat(REGENERATED)
                .as("the build writes %s in generate-test-resources (./mvnw generate-test-resources)", REGENERATED)
                .exists();
        try (InputStream in = YUpdatesGoldenTest.class.getResourceAsStream("/yjs/golden-vectors.json")) {
            assertThat(Files.readAllBytes(REGENERATED))
                    .as("generator output with the pinned yjs; commit the new file if yjs or the generator changed")
                    .isEqualTo(in.readAllBytes());
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("cases")
    void mergeUpdatesMatchesYjs(JsonNode c) {
        List<byte[]> updates = b64List(c.get("updates"));
        assertThat(YUpdates.mergeUpdates(updates)).isEqualTo(b64(c.get("merged")));
        for (JsonNode o : c.get("overlapping")) {
            byte[] merged = YUpdates.mergeUpdates(b64List(o.get("inputs")));
            assertThat(merged).as("overlapping merge").isEqualTo(b64(o.get("result")));
            assertThat(YUpdates.encodeStateVectorFromUpdate(merged)).isEqualTo(b64(o.get("stateVector")));
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("cases")
    void stateVectorsMatchYjs(JsonNode c) {
        byte[] merged = b64(c.get("merged"));
        byte[] sv = YUpdates.encodeStateVectorFromUpdate(merged);
        assertThat(sv).isEqualTo(b64(c.get("stateVector")));
        Map<Long, Long> expected = new LinkedHashMap<>();
        c.get("decodedStateVector").forEach(e -> expected.put(e.get(0).asLong(), e.get(1).asLong()));
        assertThat(YUpdates.decodeStateVector(sv)).containsExactlyEntriesOf(expected);
        assertThat(YUpdates.encodeStateVector(expected)).isEqualTo(sv);
        List<byte[]> updates = b64List(c.get("updates"));
        List<byte[]> svs = b64List(c.get("updateStateVectors"));
        for (int i = 0; i < updates.size(); i++) {
            assertThat(YUpdates.encodeStateVectorFromUpdate(updates.get(i))).as("update %d", i).isEqualTo(svs.get(i));
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("cases")
    void diffUpdateMatchesYjs(JsonNode c) {
        byte[] merged = b64(c.get("merged"));
        for (JsonNode d : c.get("diffs")) {
            assertThat(YUpdates.diffUpdate(merged, b64(d.get("sv")))).isEqualTo(b64(d.get("result")));
        }
        List<byte[]> updates = b64List(c.get("updates"));
        for (JsonNode d : c.get("updateDiffs")) {
            byte[] update = updates.get(d.get("update").asInt());
            assertThat(YUpdates.diffUpdate(update, b64(d.get("sv")))).isEqualTo(b64(d.get("result")));
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("cases")
    void everyRecordedUpdateIsValid(JsonNode c) {
        b64List(c.get("updates")).forEach(YUpdates::validate);
        YUpdates.validate(b64(c.get("merged")));
        c.get("diffs").forEach(d -> YUpdates.validate(b64(d.get("result"))));
    }

    /** What yjs 13.6.30 returns for nothing: {@code mergeUpdates([])} is [0, 0], its state vector [0], its diff [0, 0]. */
    @Test
    void emptyUpdatesBehaveAsInYjs() {
        byte[] empty = YUpdates.mergeUpdates(List.of());
        assertThat(empty).containsExactly(0, 0);
        assertThat(YUpdates.encodeStateVectorFromUpdate(empty)).containsExactly(0);
        assertThat(YUpdates.diffUpdate(empty, new byte[] {0})).containsExactly(0, 0);
        assertThat(YUpdates.decodeStateVector(new byte[] {0})).isEmpty();
    }

    /** The vectors are only worth what they cover: every kind of struct and content, and cuts inside emoji. */
    @Test
    void vectorsCoverEveryStructAndContentKind() throws IOException {
        TreeSet<String> seen = new TreeSet<>();
        cases().forEach(c -> {
            List<byte[]> all = new ArrayList<>(b64List(c.get("updates")));
            all.add(b64(c.get("merged")));
            c.get("diffs").forEach(d -> all.add(b64(d.get("result"))));
            c.get("overlapping").forEach(o -> all.add(b64(o.get("result"))));
            for (byte[] update : all) {
                StructReader reader = new StructReader(new Lib0Decoder(update), false);
                for (Struct s = reader.curr; s != null; s = reader.next()) {
                    seen.add(s.getClass().getSimpleName());
                    if (s instanceof Struct.Item item) {
                        seen.add("content-" + item.content.ref());
                        if (item.content instanceof Content.Str str && !str.text().isEmpty()
                                && str.text().charAt(0) == '\uFFFD') {
                            seen.add("string-cut-inside-surrogate-pair");
                        }
                        if (item.content instanceof Content.Type type) {
                            seen.add("type-" + type.typeRef());
                        }
                    }
                }
            }
        });
        assertThat(seen).contains("Gc", "Skip", "Item", "content-1", "content-2", "content-3", "content-4",
                "content-5", "content-6", "content-7", "content-8", "content-9", "type-0", "type-1", "type-2",
                "type-3", "type-6", "string-cut-inside-surrogate-pair");
    }
}
