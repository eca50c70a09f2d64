package se.larteam.collab;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What is waiting to be sent on one websocket, sent one message at a time without blocking whoever hands it over.
 * A relay hands the same update to every editor of a document under the document's lock: a blocking write to one
 * slow reader (a full TCP buffer) held that lock, so every other editor of the document waited too (400 editors
 * in one document: seconds). Messages keep their order; more than {@code limit} bytes waiting means the reader
 * cannot keep up, and the socket is given up ({@code overflow}), as is one whose send fails.
 */
final class SocketOutbox {

    /** Sends one message and calls {@code done} once written (with null) or failed, possibly before returning. */
    interface Sender {
        void send(ByteBuffer message, Consumer<Throwable> done);
    }

    private final Sender sender;
    private final Runnable giveUp;
    private final long limit;
    private final Queue<byte[]> waiting = new ArrayDeque<>();
    private long waitingBytes;
    private boolean sending;
    private boolean closed;

    SocketOutbox(Sender sender, long limit, Runnable giveUp) {
        this.sender = sender;
        this.limit = limit;
        this.giveUp = giveUp;
    }

    /** Queues the message; sends it now if nothing else is being sent. Never waits for the network. */
    void send(byte[] message) {
        boolean overflow = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (waitingBytes + message.length > limit) {
                overflow = true;
                close();
            } else {
                waiting.add(message);
                waitingBytes += message.length;
                if (sending) {
                    return;
                }
                sending = true;
            }
        }
        if (overflow) {
            giveUp.run();
            return;
        }
        drain();
    }

    /** How many bytes wait to be sent. */
    synchronized long waitingBytes() {
        return waitingBytes;
    }

    /**
     * Sends until nothing waits. A send that completes before returning continues this loop; one that completes
     * later continues from its callback: whichever of the two comes second goes on, so a long queue of quick
     * writes does not recurse.
     */
    private void drain() {
        while (true) {
            byte[] next;
            synchronized (this) {
                next = closed ? null : waiting.poll();
                if (next == null) {
                    sending = false;
                    return;
                }
                waitingBytes -= next.length;
            }
            AtomicBoolean secondGoesOn = new AtomicBoolean();
            boolean[] failed = {false};
            sender.send(ByteBuffer.wrap(next), error -> {
                if (error != null) {
                    failed[0] = true;
                    fail();
                    return;
                }
                if (!secondGoesOn.compareAndSet(false, true)) {
                    drain(); // completed after send returned: this callback continues
                }
            });
            if (failed[0] || secondGoesOn.compareAndSet(false, true)) {
                return; // failed, or still in flight: its callback continues
            }
        }
    }

    private void fail() {
        synchronized (this) {
            close();
        }
        giveUp.run();
    }

    private void close() {
        closed = true;
        sending = false;
        waiting.clear();
        waitingBytes = 0;
    }
}
