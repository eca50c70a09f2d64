package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** One websocket's outbox: never blocks the sender, keeps order, gives up on a reader that does not keep up. */
class SocketOutboxTest {

    /** A socket whose writes complete only when the test says so, as a slow reader's would. */
    private static final class SlowSocket implements SocketOutbox.Sender {
        final List<Integer> written = new ArrayList<>();
        final List<Consumer<Throwable>> inFlight = new ArrayList<>();
        int maxInFlight;

        @Override
        public void send(ByteBuffer message, Consumer<Throwable> done) {
            written.add((int) message.get(0));
            inFlight.add(done);
            maxInFlight = Math.max(maxInFlight, inFlight.size());
        }

        void completeOne(Throwable error) {
            inFlight.removeFirst().accept(error);
        }
    }

    @Test
    void aSlowReaderDoesNotHoldUpWhoeverHandsOverAndGetsEverythingInOrder() {
        SlowSocket socket = new SlowSocket();
        AtomicInteger givenUp = new AtomicInteger();
        SocketOutbox outbox = new SocketOutbox(socket, 1_000, givenUp::incrementAndGet);

        for (int i = 0; i < 5; i++) {
            outbox.send(new byte[] {(byte) i, 0, 0}); // returns at once although nothing was written yet
        }
        assertThat(socket.written).containsExactly(0);
        assertThat(outbox.waitingBytes()).isEqualTo(12);
        while (!socket.inFlight.isEmpty()) {
            socket.completeOne(null);
        }
        assertThat(socket.written).containsExactly(0, 1, 2, 3, 4);
        assertThat(socket.maxInFlight).as("one write at a time").isEqualTo(1);
        assertThat(outbox.waitingBytes()).isZero();
        assertThat(givenUp).hasValue(0);
    }

    @Test
    void moreWaitingThanTheLimitGivesTheSocketUpAndDropsWhatWaits() {
        SlowSocket socket = new SlowSocket();
        AtomicInteger givenUp = new AtomicInteger();
        SocketOutbox outbox = new SocketOutbox(socket, 10, givenUp::incrementAndGet);

        outbox.send(new byte[4]); // in flight
        outbox.send(new byte[6]); // waits: 6 of 10
        outbox.send(new byte[6]); // 12 > 10
        assertThat(givenUp).hasValue(1);
        assertThat(outbox.waitingBytes()).isZero();
        outbox.send(new byte[1]);
        socket.completeOne(null);
        assertThat(socket.written).as("nothing more after giving up").hasSize(1);
        assertThat(givenUp).hasValue(1);
    }

    @Test
    void aFailedWriteGivesTheSocketUp() {
        SlowSocket socket = new SlowSocket();
        AtomicInteger givenUp = new AtomicInteger();
        SocketOutbox outbox = new SocketOutbox(socket, 1_000, givenUp::incrementAndGet);
        outbox.send(new byte[] {1});
        outbox.send(new byte[] {2});
        socket.completeOne(new java.io.IOException("broken pipe"));
        assertThat(givenUp).hasValue(1);
        assertThat(socket.written).containsExactly(1);
    }

    @Test
    void writesThatCompleteAtOnceDoNotRecurse() {
        List<Integer> written = new ArrayList<>();
        SocketOutbox[] outbox = {null};
        int[] depth = {0};
        int[] maxDepth = {0};
        // Completes inside send, and meanwhile hands over more, as a relay on the writing thread could.
        outbox[0] = new SocketOutbox((message, done) -> {
            depth[0]++;
            maxDepth[0] = Math.max(maxDepth[0], depth[0]);
            int n = message.getInt(0);
            written.add(n);
            if (n < 100_000) {
                outbox[0].send(ByteBuffer.allocate(4).putInt(0, n + 1).array());
            }
            done.accept(null);
            depth[0]--;
        }, 1_000, () -> {
        });
        outbox[0].send(ByteBuffer.allocate(4).putInt(0, 0).array());
        assertThat(written).hasSize(100_001);
        assertThat(maxDepth[0]).isEqualTo(1);
    }
}
