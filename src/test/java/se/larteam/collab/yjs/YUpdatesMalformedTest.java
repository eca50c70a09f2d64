package se.larteam.collab.yjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Hostile bytes are rejected with {@link MalformedUpdateException}, quickly and without large allocations. */
class YUpdatesMalformedTest {

    private static final Duration QUICK = Duration.ofSeconds(5);

    private static List<byte[]> someUpdates() throws Exception {
        List<byte[]> out = new ArrayList<>();
        JsonNode cases = YUpdatesGoldenTest.golden().get("cases");
        for (int i = 0; i < 20; i++) {
            out.add(Base64.getDecoder().decode(cases.get(i).get("merged").asString()));
        }
        return out;
    }

    /** Every operation on the bytes either succeeds or throws MalformedUpdateException, nothing else. */
    private static List<Consumer<byte[]>> operations(byte[] valid) {
        return List.of(
                YUpdates::validate,
                YUpdates::encodeStateVectorFromUpdate,
                b -> YUpdates.diffUpdate(b, new byte[] {0}),
                b -> YUpdates.mergeUpdates(List.of(b, valid)),
                b -> YUpdates.mergeUpdates(List.of(valid, b)));
    }

    @Test
    void everyTruncationIsRejectedByEveryOperation() throws Exception {
        assertTimeoutPreemptively(QUICK.multipliedBy(4), () -> {
            for (byte[] update : someUpdates()) {
                for (int len = 0; len < update.length; len++) {
                    byte[] cut = Arrays.copyOf(update, len);
                    for (Consumer<byte[]> op : operations(update)) {
                        assertThatThrownBy(() -> op.accept(cut)).isInstanceOf(MalformedUpdateException.class);
                    }
                }
            }
        });
    }

    @Test
    void trailingBytesAreRejected() throws Exception {
        byte[] update = someUpdates().getFirst();
        byte[] longer = Arrays.copyOf(update, update.length + 1);
        assertThatThrownBy(() -> YUpdates.validate(longer)).isInstanceOf(MalformedUpdateException.class)
                .hasMessageContaining("after the end");
    }

    @Test
    void randomBytesAndRandomCorruptionsNeverHangOrThrowAnythingElse() throws Exception {
        List<byte[]> valid = someUpdates();
        Random random = new Random(8);
        assertTimeoutPreemptively(QUICK.multipliedBy(4), () -> {
            int rejected = 0;
            for (int i = 0; i < 20_000; i++) {
                byte[] bytes;
                if (i % 2 == 0) {
                    bytes = new byte[random.nextInt(64)];
                    random.nextBytes(bytes);
                } else {
                    bytes = valid.get(random.nextInt(valid.size())).clone();
                    for (int k = 1 + random.nextInt(3); k > 0; k--) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                }
                for (Consumer<byte[]> op : operations(valid.getFirst())) {
                    try {
                        op.accept(bytes);
                    } catch (MalformedUpdateException e) {
                        rejected++;
                    }
                }
            }
            assertThat(rejected).isGreaterThan(50_000);
        });
    }

    @Test
    void hugeDeclaredLengthsFailFastWithoutAllocating() {
        byte[][] hostile = {
            // one client, one struct: a string item on root "t" declaring a 2^40-byte string
            {1, 1, 1, 0, 4, 1, 1, 't', (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x20},
            // a binary content declaring 2 GB
            {1, 1, 1, 0, 3, 1, 1, 't', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07},
            // 2^53-1 clients, then nothing
            {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F},
            // 2^35 structs of one client
            {1, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01, 1, 0, 0, 5},
            // an any-array content declaring 2^30 elements
            {1, 1, 1, 0, 8, 1, 1, 't', 1, 117, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x04},
            // a varint longer than 53 bits
            {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, 0x01},
        };
        assertTimeoutPreemptively(QUICK, () -> {
            for (byte[] bytes : hostile) {
                for (Consumer<byte[]> op : operations(new byte[] {0, 0})) {
                    assertThatThrownBy(() -> op.accept(bytes)).isInstanceOf(MalformedUpdateException.class);
                }
            }
            assertThatThrownBy(() -> YUpdates.decodeStateVector(hostile[2]))
                    .isInstanceOf(MalformedUpdateException.class);
        });
    }

    @Test
    void deeplyNestedValuesAreRejectedNotOverflowingTheStack() {
        int depth = 100_000;
        byte[] head = {1, 1, 1, 0, 8, 1, 1, 't', 1};
        byte[] bytes = new byte[head.length + depth * 2 + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = 0; i < depth; i++) {
            bytes[head.length + 2 * i] = 117; // array
            bytes[head.length + 2 * i + 1] = 1; // of one
        }
        bytes[head.length + 2 * depth] = 126; // null
        assertThatThrownBy(() -> YUpdates.validate(bytes)).isInstanceOf(MalformedUpdateException.class)
                .hasMessageContaining("nested too deeply");
    }

    @Test
    void contentThatIsNotYjsIsRejected() {
        // a string item "hi" on root "t", then an empty delete set: valid
        byte[] ok = {1, 1, 1, 0, 4, 1, 1, 't', 2, 'h', 'i', 0};
        YUpdates.validate(ok);
        assertThat(YUpdates.encodeStateVectorFromUpdate(ok)).containsExactly(1, 1, 2);
        byte[] badUtf8 = ok.clone();
        badUtf8[9] = (byte) 0xC3; // lead byte without continuation
        byte[] unknownContent = ok.clone();
        unknownContent[4] = 11;
        byte[] embedNotJson = {1, 1, 1, 0, 5, 1, 1, 't', 2, '{', 'x', 0};
        byte[] unknownType = {1, 1, 1, 0, 7, 1, 1, 't', 9, 0};
        for (byte[] bytes : List.of(badUtf8, unknownContent, embedNotJson, unknownType)) {
            assertThatThrownBy(() -> YUpdates.validate(bytes)).isInstanceOf(MalformedUpdateException.class);
        }
    }
}
