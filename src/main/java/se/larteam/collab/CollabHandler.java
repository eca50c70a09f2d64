package se.larteam.collab;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.BinaryWebSocketHandler;

import se.larteam.collab.yjs.MalformedUpdateException;
import se.larteam.collab.yjs.YUpdates;
import se.larteam.live.ChangeFeed;
import se.larteam.user.UserId;

/**
 * The Hocuspocus protocol on {@code /collab}, as {@code @hocuspocus/provider} 4.8.0 speaks it: every message starts
 * with the document's name, so one socket carries several documents; each document is opened by an Auth message
 * (token, or empty to use the browser session seen at the handshake) and answered with authenticated
 * (read-write/readonly) or permission-denied. Messages for a document not (yet) authenticated are dropped.
 *
 * <p>Updates are validated, relayed at once to the document's other clients on this node, appended to the
 * {@link UpdateLog} and acknowledged (SyncStatus) once stored. Other nodes' updates arrive through the change feed of
 * the log. Awareness (cursors, names) is relayed at once on this node, kept in memory only, and reaches other
 * nodes throttled through {@link AwarenessRelay}; access is rechecked at once when memberships change
 * ({@link AccessRecheck}). Limits: a message may be at most
 * {@link #MAX_MESSAGE} bytes (closed with 1009), a document at most {@link #MAX_DOCUMENT} bytes of updates (further
 * updates are refused with SyncStatus false and not stored); malformed frames close with 1007, text frames and
 * unknown message types with 1003, in each case storing nothing.
 */
@Component
class CollabHandler extends BinaryWebSocketHandler implements ChangeFeed, DisposableBean {

    static final int MAX_MESSAGE = 1024 * 1024;
    static final int MAX_DOCUMENT = 8 * 1024 * 1024;
    static final int COMPACT_AFTER = 200;
    static final int SEND_TIME_LIMIT_MS = 10_000;
    static final int SEND_BUFFER_LIMIT = 4 * 1024 * 1024;
    /** The provider reconnects after 30 s without any message; a ping every 10 s keeps an idle editor connected. */
    static final long PING_SECONDS = 10;
    /**
     * Access is rechecked at once when a membership, program or meeting changes (see {@link AccessRecheck}); this
     * periodic recheck only catches what no live event announces.
     */
    static final long RECHECK_SECONDS = 30;
    /** Awareness arriving within this many ms is relayed together (see {@link #relayAwareness}). */
    static final long AWARENESS_BATCH_MS = 25;
    static final String USER = "collab.user";
    static final CloseStatus FORBIDDEN = new CloseStatus(4403, "Forbidden");

    private static final Logger LOG = LoggerFactory.getLogger(CollabHandler.class);
    private static final byte[] EMPTY_UPDATE = {0, 0};

    private final CollabService service;
    private final UpdateLog log;
    private final SeedLocks seeds;
    private final AwarenessRelay relay;
    private final DocumentVersions versions;
    private final RestoreLocks restores;
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "collab-ping");
        thread.setDaemon(true);
        return thread;
    });

    CollabHandler(CollabService service, UpdateLog log, SeedLocks seeds, AwarenessRelay relay,
            DocumentVersions versions, RestoreLocks restores) {
        this.versions = versions;
        this.restores = restores;
        this.service = service;
        this.log = log;
        this.seeds = seeds;
        this.relay = relay;
        relay.receiveWith(this::remoteAwareness);
        pinger.scheduleAtFixedRate(this::pingAll, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        pinger.scheduleWithFixedDelay(this::recheckAccess, RECHECK_SECONDS, RECHECK_SECONDS, TimeUnit.SECONDS);
    }

    /** One websocket: its outbox and the documents it has opened, by the address the client uses. */
    private static final class Connection {
        final String id;
        final WebSocketSession out;
        final UserId sessionUser;
        final Map<String, Attached> documents = new ConcurrentHashMap<>();
        /** A message arriving in parts (Tomcat hands over one buffer-full at a time); only the socket's thread. */
        final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
        private final SocketOutbox outbox;

        Connection(WebSocketSession session, UserId sessionUser) {
            this.id = session.getId();
            this.out = session;
            this.sessionUser = sessionUser;
            this.outbox = new SocketOutbox(sender(session), SEND_BUFFER_LIMIT, this::giveUp);
        }

        /** Tomcat's asynchronous send, so no thread waits on the network (tests without a container: blocking). */
        private static SocketOutbox.Sender sender(WebSocketSession session) {
            jakarta.websocket.Session socket = session instanceof NativeWebSocketSession n
                    ? n.getNativeSession(jakarta.websocket.Session.class) : null;
            if (socket == null) {
                return (message, done) -> {
                    try {
                        session.sendMessage(new BinaryMessage(message));
                        done.accept(null);
                    } catch (IOException | RuntimeException e) {
                        done.accept(e);
                    }
                };
            }
            jakarta.websocket.RemoteEndpoint.Async remote = socket.getAsyncRemote();
            remote.setSendTimeout(SEND_TIME_LIMIT_MS);
            return (message, done) -> remote.sendBinary(message,
                    result -> done.accept(result.isOK() ? null : result.getException()));
        }

        void send(byte[] message) {
            outbox.send(message);
        }

        /** The reader cannot keep up (or a send failed): closed off this thread, which may hold a document's lock. */
        private void giveUp() {
            LOG.debug("Closing {}: it does not read what is sent to it", id);
            Thread.startVirtualThread(() -> {
                try {
                    out.close(CloseStatus.SESSION_NOT_RELIABLE);
                } catch (IOException | RuntimeException e) {
                    LOG.debug("Could not close {}: {}", id, e.toString());
                }
            });
        }
    }

    /** One document opened on one connection. */
    private static final class Attached {
        final Connection connection;
        final String address;
        final Room room;
        final UserId user;
        volatile boolean readOnly;
        final Set<Long> awarenessClients = new HashSet<>();

        Attached(Connection connection, String address, Room room, UserId user, boolean readOnly) {
            this.connection = connection;
            this.address = address;
            this.room = room;
            this.user = user;
            this.readOnly = readOnly;
        }
    }

    /** A document open on this node: its state (merged lazily), who has it open, and their awareness. */
    private static final class Room {
        final String name;
        final List<byte[]> updates = new ArrayList<>();
        long bytes;
        int appendedSinceCompaction;
        boolean closed;
        final Set<Attached> attached = new HashSet<>();
        final Map<Long, long[]> awarenessClocks = new LinkedHashMap<>();
        final Map<Long, String> awarenessStates = new LinkedHashMap<>();
        /** Awareness clients on other nodes, with when they were last heard of (nanoTime). */
        final Map<Long, Long> remoteSeen = new java.util.HashMap<>();
        /** Awareness accepted since the last relay, the latest per client, sent together. */
        final Map<Long, PendingAwareness> awarenessPending = new LinkedHashMap<>();

        /**
         * The log entries whose content this room holds (loaded, appended here, or stored by another node): a
         * catch-up load adds only what it lacks, and a compaction replaces exactly these by one merged entry without
         * reading the log.
         */
        final Set<ObjectId> entries = new HashSet<>();

        Room(String name, List<UpdateLog.Entry> stored) {
            this.name = name;
            stored.forEach(e -> {
                add(e.update());
                entries.add(e.id());
            });
            appendedSinceCompaction = stored.size();
        }

        void add(byte[] update) {
            updates.add(update);
            bytes += update.length;
        }

        /**
         * The attached clients as a copy to send to: a failed send may close a socket and detach it on this very
         * thread (the lock is re-entrant), which must not break the loop.
         */
        List<Attached> everyone() {
            return List.copyOf(attached);
        }

        byte[] state() {
            if (updates.isEmpty()) {
                return EMPTY_UPDATE;
            }
            if (updates.size() > 1) {
                byte[] merged = YUpdates.mergeUpdates(updates);
                updates.clear();
                updates.add(merged);
                bytes = merged.length;
            }
            return updates.getFirst();
        }

        byte[] awareness(Iterable<Long> clients) {
            Wire.Writer out = new Wire.Writer();
            List<Long> known = new ArrayList<>();
            clients.forEach(c -> {
                if (awarenessStates.containsKey(c)) {
                    known.add(c);
                }
            });
            out.varUint(known.size());
            for (long client : known) {
                out.varUint(client).varUint(awarenessClocks.get(client)[0]).varString(awarenessStates.get(client));
            }
            return out.bytes();
        }
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        UserId user = (UserId) session.getAttributes().get(USER);
        connections.put(session.getId(), new Connection(session, user));
    }

    /**
     * Large messages arrive in parts and are put together here up to {@link #MAX_MESSAGE}, so Tomcat's per-socket
     * buffer (allocated for every connection) can stay small while a large paste still gets through.
     */
    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        try {
            session.close(CloseStatus.NOT_ACCEPTABLE.withReason("binary messages only"));
        } catch (IOException e) {
            LOG.debug("Could not close {}", session.getId());
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) throws IOException {
        Connection connection = connections.get(session.getId());
        if (connection == null) {
            return;
        }
        byte[] part = new byte[message.getPayloadLength()];
        message.getPayload().get(part);
        if (connection.partial.size() + part.length > MAX_MESSAGE) {
            connection.partial.reset();
            session.close(CloseStatus.TOO_BIG_TO_PROCESS.withReason("message over " + MAX_MESSAGE + " bytes"));
            return;
        }
        connection.partial.writeBytes(part);
        if (!message.isLast()) {
            return;
        }
        byte[] bytes = connection.partial.toByteArray();
        connection.partial.reset();
        if (bytes.length == 1 && bytes[0] == Wire.PONG) {
            return;
        }
        try {
            handle(connection, bytes);
        } catch (Wire.Malformed | MalformedUpdateException e) {
            LOG.debug("Malformed collab message from {}: {}", session.getId(), e.getMessage());
            session.close(CloseStatus.BAD_DATA.withReason("malformed message"));
        } catch (Unsupported e) {
            session.close(CloseStatus.NOT_ACCEPTABLE.withReason(e.getMessage()));
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message);
        }
    }

    private void handle(Connection connection, byte[] bytes) {
        Wire.Reader in = new Wire.Reader(bytes);
        String address = in.varString();
        int type = in.smallUint(Integer.MAX_VALUE);
        if (type == Wire.AUTH) {
            authenticate(connection, address, in);
            return;
        }
        Attached attached = connection.documents.get(address);
        switch (type) {
            case Wire.SYNC -> {
                int step = in.smallUint(Integer.MAX_VALUE);
                byte[] payload = in.varUint8Array();
                if (attached == null) {
                    return;
                }
                switch (step) {
                    case Wire.SYNC_STEP1 -> syncStep1(attached, payload);
                    case Wire.SYNC_STEP2, Wire.SYNC_UPDATE -> update(attached, payload, step == Wire.SYNC_STEP2);
                    default -> throw new Wire.Malformed("unknown sync step " + step);
                }
            }
            case Wire.AWARENESS -> {
                byte[] update = in.varUint8Array();
                if (attached != null) {
                    awareness(attached, update);
                }
            }
            case Wire.QUERY_AWARENESS -> {
                if (attached != null) {
                    Room room = attached.room;
                    synchronized (room) {
                        connection.send(Wire.awareness(address, room.awareness(room.awarenessStates.keySet())));
                    }
                }
            }
            case Wire.STATELESS -> {
                String payload = in.varString();
                if (attached != null) {
                    stateless(attached, payload);
                }
            }
            case Wire.CLOSE -> {
                if (attached != null) {
                    detach(attached);
                }
            }
            default -> throw new Unsupported("unknown message type " + type);
        }
    }

    private void authenticate(Connection connection, String address, Wire.Reader in) {
        int authType = in.smallUint(Integer.MAX_VALUE);
        if (authType != Wire.AUTH_TOKEN) {
            throw new Unsupported("clients send tokens only");
        }
        String token = in.varString();
        UserId user = token.isEmpty() ? connection.sessionUser : service.verifyToken(token).orElse(null);
        if (user == null) {
            connection.send(Wire.permissionDenied(address, "unauthenticated"));
            return;
        }
        String name = documentName(address);
        CollabAccess access = service.accessOrNone(user, name);
        if (access == CollabAccess.NONE) {
            connection.send(Wire.permissionDenied(address, "forbidden"));
            return;
        }
        Attached previous = connection.documents.remove(address);
        if (previous != null) {
            detach(previous);
        }
        while (true) {
            boolean[] created = {false};
            Room room = rooms.computeIfAbsent(name, n -> {
                created[0] = true;
                return new Room(n, log.loadAfterPending(n));
            });
            if (created[0]) {
                catchUp(room);
            }
            synchronized (room) {
                if (room.closed) {
                    continue;
                }
                Attached attached = new Attached(connection, address, room, user, access == CollabAccess.READ);
                room.attached.add(attached);
                connection.documents.put(address, attached);
                connection.send(Wire.authenticated(address, attached.readOnly));
                return;
            }
        }
    }

    /**
     * Another node's update stored while this room was loading reached the change feed before the room was in
     * {@link #rooms} and was dropped there; a second load once the room is visible finds it (anything stored later
     * comes through the feed), and whoever is attached already gets it.
     */
    private void catchUp(Room room) {
        List<UpdateLog.Entry> missed = log.load(room.name).stream().filter(e -> !room.entries.contains(e.id()))
                .toList();
        if (missed.isEmpty()) {
            return;
        }
        synchronized (room) {
            for (UpdateLog.Entry entry : missed) {
                room.entries.add(entry.id());
                room.add(entry.update());
                relay(room, null, entry.update());
            }
        }
    }

    /** The provider's session-awareness mode appends {@code \0<session>} to the name; the document is the name. */
    private static String documentName(String address) {
        int separator = address.indexOf('\0');
        return separator < 0 ? address : address.substring(0, separator);
    }

    private void syncStep1(Attached attached, byte[] stateVector) {
        YUpdates.decodeStateVector(stateVector);
        Room room = attached.room;
        synchronized (room) {
            byte[] state = room.state();
            attached.connection.send(Wire.sync(attached.address, Wire.SYNC_STEP2,
                    YUpdates.diffUpdate(state, stateVector)));
            attached.connection.send(Wire.sync(attached.address, Wire.SYNC_STEP1,
                    YUpdates.encodeStateVectorFromUpdate(state)));
            if (!room.awarenessStates.isEmpty()) {
                attached.connection.send(Wire.awareness(attached.address,
                        room.awareness(room.awarenessStates.keySet())));
            }
        }
    }

    private void update(Attached attached, byte[] update, boolean syncStep2) {
        YUpdates.validate(update);
        Room room = attached.room;
        // No access read per write (it was the bottleneck under load: see README): access is checked at
        // authentication and again at once on every node when a membership, program or meeting changes
        // (AccessRecheck), which detaches or downgrades this attachment.
        if (attached.readOnly) {
            // A read-only step 2 that brings nothing new counts as in sync; any edit is refused and not stored.
            boolean nothingNew;
            synchronized (room) {
                nothingNew = syncStep2
                        && isEmpty(YUpdates.diffUpdate(update, YUpdates.encodeStateVectorFromUpdate(room.state())));
            }
            attached.connection.send(Wire.syncStatus(attached.address, nothingNew));
            return;
        }
        if (isEmpty(update)) {
            attached.connection.send(Wire.syncStatus(attached.address, true));
            return;
        }
        Connection sender = attached.connection;
        String address = attached.address;
        synchronized (room) {
            if (room.closed) {
                return;
            }
            if (room.bytes + update.length > MAX_DOCUMENT) {
                room.state();
                if (room.bytes + update.length > MAX_DOCUMENT) {
                    LOG.warn("Document {} is full ({} bytes); update refused", room.name, room.bytes);
                    attached.connection.send(Wire.syncStatus(attached.address, false));
                    return;
                }
            }
            room.add(update);
            relay(room, attached, update);
            ObjectId id = new ObjectId();
            room.entries.add(id);
            // Queued under the room's lock, so the log gets this room's appends and compactions in this order.
            log.append(id, room.name, update, sender.id).whenComplete((ok, error) -> {
                if (error == null) {
                    seeds.stored(room.name, seedHolder(sender, address));
                    sender.send(Wire.syncStatus(address, true));
                }
            });
            if (++room.appendedSinceCompaction > COMPACT_AFTER) {
                compact(room);
            }
        }
    }

    /**
     * Passes the update on to the room's other clients as it came (its content is not looked at again); clients
     * that opened the document under the same address share one encoded message.
     */
    private static void relay(Room room, Attached from, byte[] update) {
        broadcast(room, from, address -> Wire.sync(address, Wire.SYNC_UPDATE, update));
    }

    /**
     * Sends to everyone with the room's document open except {@code except} (may be null); clients that opened it
     * under the same address share one encoded message.
     */
    private static void broadcast(Room room, Attached except, java.util.function.Function<String, byte[]> encode) {
        String encodedFor = null;
        byte[] message = null;
        for (Attached other : room.everyone()) {
            if (other == except) {
                continue;
            }
            if (!other.address.equals(encodedFor)) {
                encodedFor = other.address;
                message = encode.apply(other.address);
            }
            other.connection.send(message);
        }
    }

    /** Replaces the entries this room holds by one merged entry of its state (the caller holds the room's lock). */
    private void compact(Room room) {
        byte[] merged = room.state();
        List<ObjectId> replaced = List.copyOf(room.entries);
        ObjectId mergedId = new ObjectId();
        room.entries.clear();
        room.entries.add(mergedId);
        room.appendedSinceCompaction = 1;
        log.replace(room.name, mergedId, merged, replaced);
    }

    /**
     * Stateless messages the editor sends: {@code {"type":"seed-request"}} asks for the document's initial text;
     * one editor gets {@code seed-granted} with the text (under {@link SeedLocks}), others {@code seed-wait} while
     * it is held, readers {@code seed-preview} with the text to show until a writer seeds, and everyone
     * {@code seed-done} once seeded or when there is nothing to seed. Anything else is ignored.
     */
    private void stateless(Attached attached, String payload) {
        Document message;
        try {
            message = Document.parse(payload);
        } catch (RuntimeException notJson) {
            return;
        }
        Object type = message.get("type");
        if ("snapshot".equals(type)) {
            snapshot(attached, message);
            return;
        }
        if (!"seed-request".equals(type)) {
            // Restoring a version (see RestoreLocks): answered to this editor only.
            String restore = restores.answer(attached.user, attached.room.name, attached.readOnly,
                    seedHolder(attached.connection, attached.address), message);
            if (restore != null) {
                attached.connection.send(Wire.stateless(attached.address, restore));
            }
            return;
        }
        String name = attached.room.name;
        java.util.Optional<String> text = service.initialText(name);
        String answer;
        if (text.isEmpty()) {
            answer = new Document("type", "seed-done").toJson();
        } else if (attached.readOnly) {
            // A reader cannot seed; until a writer does, it shows the old text beside the (empty) document.
            answer = seeds.done(name) ? new Document("type", "seed-done").toJson()
                    : new Document("type", "seed-preview").append("text", text.get()).toJson();
        } else {
            answer = switch (seeds.acquire(name, seedHolder(attached.connection, attached.address))) {
                case GRANTED -> new Document("type", "seed-granted").append("text", text.get()).toJson();
                case WAIT -> new Document("type", "seed-wait").toJson();
                case DONE -> new Document("type", "seed-done").toJson();
            };
        }
        attached.connection.send(Wire.stateless(attached.address, answer));
    }

    /**
     * {@code {"type":"snapshot","content":<ProseMirror JSON>,"version":n}}: a writer's rendered content, turned into
     * a {@link ReadableSnapshot} for the document's owner. Dropped from readers, outside the editor's schema, and
     * while the document's initial text has not been seeded yet (an empty editor must not blank out the old text).
     */
    private void snapshot(Attached attached, Document message) {
        String name = attached.room.name;
        if (attached.readOnly || !(message.get("version") instanceof Number version)) {
            return;
        }
        if (!seeds.done(name)) {
            if (service.initialText(name).isPresent()) {
                return;
            }
            // Nothing to seed: from now on the owner's copy follows the document, and no seed may come later.
            seeds.markDone(name);
        }
        ReadableSnapshot.of(message.get("content"), version.longValue())
                .ifPresent(snapshot -> {
                    service.storeSnapshot(attached.user, name, snapshot);
                    versions.edited(attached.user, name, snapshot);
                });
    }

    private static String seedHolder(Connection connection, String address) {
        return connection.id + "\n" + address;
    }

    /** An update with no structs and no deletions, as a provider sends in a step 2 that has nothing new. */
    private static boolean isEmpty(byte[] update) {
        return java.util.Arrays.equals(update, EMPTY_UPDATE);
    }

    private void awareness(Attached attached, byte[] update) {
        Wire.Reader in = new Wire.Reader(update);
        int count = in.smallUint(update.length);
        Room room = attached.room;
        synchronized (room) {
            for (int i = 0; i < count; i++) {
                long client = in.varUint();
                long clock = in.varUint();
                String state = in.varString();
                long[] known = room.awarenessClocks.get(client);
                if (known != null && known[0] > clock) {
                    continue;
                }
                if ("null".equals(state)) {
                    room.awarenessClocks.remove(client);
                    room.awarenessStates.remove(client);
                    attached.awarenessClients.remove(client);
                } else {
                    room.awarenessClocks.put(client, new long[] {clock});
                    room.awarenessStates.put(client, state);
                    attached.awarenessClients.add(client);
                }
                room.remoteSeen.remove(client);
                relay.publish(room.name, client, clock, state);
                if (room.awarenessPending.isEmpty()) {
                    try {
                        pinger.schedule(() -> relayAwareness(room), AWARENESS_BATCH_MS, TimeUnit.MILLISECONDS);
                    } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                        return;
                    }
                }
                room.awarenessPending.put(client, new PendingAwareness(clock, state));
            }
            if (in.hasMore()) {
                throw new Wire.Malformed("trailing bytes in awareness update");
            }
        }
    }

    /**
     * Relays the awareness accepted in the last {@link #AWARENESS_BATCH_MS} ms as one message, the latest state of
     * each client that changed, to everyone with the document open (as the reference server does per event-loop
     * turn). Every provider renews its state every 15 s, so in a document open for 100 people one message per
     * renewal per reader was most of what each browser received; cursors move no later than this.
     */
    private void relayAwareness(Room room) {
        synchronized (room) {
            if (room.awarenessPending.isEmpty()) {
                return;
            }
            Wire.Writer out = new Wire.Writer().varUint(room.awarenessPending.size());
            room.awarenessPending.forEach((client, latest) -> out.varUint(client).varUint(latest.clock())
                    .varString(latest.state()));
            room.awarenessPending.clear();
            byte[] update = out.bytes();
            broadcast(room, null, address -> Wire.awareness(address, update));
        }
    }

    private record PendingAwareness(long clock, String state) {
    }

    /** Forgets the attachment; false when it was gone already (another recheck or a close came first). */
    private boolean detach(Attached attached) {
        Room room = attached.room;
        synchronized (room) {
            attached.connection.documents.remove(attached.address, attached);
            if (!room.attached.remove(attached)) {
                return false;
            }
            if (!attached.awarenessClients.isEmpty()) {
                // Tell the others this client's cursor is gone: its clock + 1 with a null state, as y-protocols does.
                Wire.Writer removal = new Wire.Writer().varUint(attached.awarenessClients.size());
                for (long client : attached.awarenessClients) {
                    long[] clock = room.awarenessClocks.remove(client);
                    room.awarenessStates.remove(client);
                    long next = clock == null ? 0 : clock[0] + 1;
                    removal.varUint(client).varUint(next).varString("null");
                    relay.publish(room.name, client, next, "null");
                }
                byte[] bytes = removal.bytes();
                broadcast(room, null, address -> Wire.awareness(address, bytes));
            }
            if (room.attached.isEmpty()) {
                // Compacted from what the room holds (no read of the log), queued before anyone can open it again.
                if (room.entries.size() > 1) {
                    compact(room);
                }
                room.closed = true;
                rooms.remove(room.name, room);
            }
        }
        return true;
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Connection connection = connections.remove(session.getId());
        if (connection != null) {
            List.copyOf(connection.documents.values()).forEach(this::detach);
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        LOG.debug("Collab transport error on {}: {}", session.getId(), exception.toString());
    }

    void pingAll() {
        byte[] ping = {Wire.PING};
        connections.values().forEach(c -> c.send(ping));
        rooms.values().forEach(room -> {
            synchronized (room) {
                RemoteAwareness.expire(room.remoteSeen, room.awarenessClocks, room.awarenessStates);
            }
        });
    }

    /** Awareness accepted by another node: kept for queries and new clients, and passed on to this node's clients. */
    void remoteAwareness(String doc, byte[] update) {
        Room room = rooms.get(doc);
        if (room == null) {
            return;
        }
        synchronized (room) {
            byte[] accepted = RemoteAwareness.apply(update, room.remoteSeen, room.awarenessClocks,
                    room.awarenessStates);
            if (accepted != null) {
                broadcast(room, null, address -> Wire.awareness(address, accepted));
            }
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean recheckQueued = new java.util.concurrent.atomic.AtomicBoolean();

    /** Rechecks access soon, off the caller's thread; requests made meanwhile share one recheck. */
    void requestRecheck() {
        if (recheckQueued.compareAndSet(false, true)) {
            pinger.execute(() -> {
                recheckQueued.set(false);
                recheckAccess();
            });
        }
    }

    /**
     * Asks again what everyone with an open document may do: who may no longer read it is sent away, and whose scope
     * changed (a writer who may now only read, or back) is told the new scope.
     */
    void recheckAccess() {
        for (Connection connection : connections.values()) {
            for (Attached attached : List.copyOf(connection.documents.values())) {
                try {
                    CollabAccess now = service.accessOrNone(attached.user, attached.room.name);
                    if (now == CollabAccess.NONE) {
                        // Detached before the client hears of it, so whatever it sends next is dropped, and only
                        // one of two rechecks running at once tells it.
                        if (detach(attached)) {
                            connection.send(Wire.permissionDenied(attached.address, "forbidden"));
                        }
                    } else if (attached.readOnly != (now == CollabAccess.READ)) {
                        attached.readOnly = now == CollabAccess.READ;
                        connection.send(Wire.authenticated(attached.address, attached.readOnly));
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Could not recheck access to {}", attached.room.name, e);
                }
            }
        }
    }

    /** Closes every socket and forgets every open document, as a restart of this node would (for tests). */
    void closeAll(CloseStatus status) {
        for (Connection connection : List.copyOf(connections.values())) {
            try {
                connection.out.close(status);
            } catch (IOException e) {
                LOG.debug("Could not close {}", connection.id);
            }
        }
    }

    // The update log as a change feed: other nodes' updates reach this node's clients of the same document.

    @Override
    public String collection() {
        return UpdateLog.COLLECTION;
    }

    /** Other nodes' single updates: merged entries hold only what every node has already. */
    @Override
    public Document wanted() {
        return new Document("node", new Document("$ne", log.node)).append("merged", new Document("$ne", true));
    }

    @Override
    public void inserted(Document document) {
        // Filtered by the database already (see wanted()); checked again for a feed opened without it.
        if (log.node.equals(document.getString("node")) || Boolean.TRUE.equals(document.getBoolean("merged"))) {
            return;
        }
        Room room = rooms.get(document.getString("doc"));
        Binary update = document.get("update", Binary.class);
        if (room == null || update == null) {
            return;
        }
        synchronized (room) {
            room.add(update.getData());
            if (document.get("_id") instanceof ObjectId id) {
                room.entries.add(id);
            }
            relay(room, null, update.getData());
        }
    }

    @Override
    public void historyLost() {
        for (Room room : rooms.values()) {
            List<byte[]> stored = log.load(room.name).stream().map(UpdateLog.Entry::update).toList();
            if (stored.isEmpty()) {
                continue;
            }
            byte[] merged = YUpdates.mergeUpdates(stored);
            synchronized (room) {
                room.add(merged);
                relay(room, null, merged);
            }
        }
    }

    @Override
    public void destroy() {
        pinger.shutdownNow();
    }
}
