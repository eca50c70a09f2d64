package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.larteam.collab.yjs.YUpdates;

/** The update log: one insert per batch, acknowledged only once stored, compaction that keeps the content. */
@SpringBootTest
class UpdateLogTest {

    /** yjs 13.6.30: client 4242 inserts "Hej" into Y.Text "t"; client 4243 inserts "Då". */
    static final byte[] HEJ = HexFormat.of().parseHex("0101922100040101740348656a00");
    static final byte[] DA = HexFormat.of().parseHex("0101932100040101740344c3a500");

    @Autowired
    UpdateLog log;

    private static String doc() {
        return "test-doc:" + System.nanoTime();
    }

    @Test
    void updatesArrivingWhileABatchIsWrittenGoInOneInsertAndAreAcknowledgedOnlyOnceStored() throws Exception {
        String doc = doc();
        CountDownLatch hold = new CountDownLatch(1);
        log.onWriter(() -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long batchesBefore = log.batchesWritten();
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            acks.add(log.append(doc, i % 2 == 0 ? HEJ : DA, "test"));
        }

        assertThat(acks).noneMatch(CompletableFuture::isDone);
        assertThat(log.load(doc)).isEmpty();
        hold.countDown();
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();

        assertThat(log.load(doc)).hasSize(50);
        assertThat(log.batchesWritten() - batchesBefore).isEqualTo(1);
    }

    @Test
    void compactionReplacesTheEntriesWithOneMergedUpdateOfTheSameContent() {
        String doc = doc();
        List<byte[]> updates = List.of(HEJ, DA, HEJ);
        updates.forEach(u -> log.append(doc, u, "test"));

        assertThat(log.compact(doc).join()).isEqualTo(1);

        List<UpdateLog.Entry> entries = log.loadAfterPending(doc);
        assertThat(entries).hasSize(1);
        byte[] merged = entries.getFirst().update();
        assertThat(merged).isEqualTo(YUpdates.mergeUpdates(updates));
        assertThat(YUpdates.decodeStateVector(YUpdates.encodeStateVectorFromUpdate(merged)))
                .containsEntry(4242L, 3L).containsEntry(4243L, 2L);
    }

    @Test
    void aCompactionInterruptedBeforeItsDeleteLosesNothing() {
        String doc = doc();
        log.append(doc, HEJ, "test");
        log.append(doc, DA, "test");
        // As if the node died between the merged insert and the delete: both the merged and the single entries.
        log.append(doc, YUpdates.mergeUpdates(List.of(HEJ, DA)), "test");

        log.compact(doc).join();

        byte[] merged = log.loadAfterPending(doc).getFirst().update();
        assertThat(YUpdates.encodeStateVectorFromUpdate(merged))
                .isEqualTo(YUpdates.encodeStateVectorFromUpdate(YUpdates.mergeUpdates(List.of(HEJ, DA))));
        assertThat(YUpdates.diffUpdate(merged, YUpdates.encodeStateVectorFromUpdate(YUpdates.mergeUpdates(
                List.of(HEJ, DA))))).isEqualTo(new byte[] {0, 0});
    }
}
