package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.socket.CloseStatus;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.team.TeamRole;
import se.larteam.testing.HttpTest;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserProfile;

/**
 * {@code /collab} against the official {@code @hocuspocus/provider} 4.8.0 in Node (sync, authentication, read-only,
 * several documents on one socket, reconnects) and against a raw Java client for what a well-behaved provider never
 * sends (malformed frames, oversize messages, foreign origins).
 */
class CollabProtocolTest extends HttpTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    CollabService collab;
    @Autowired
    UpdateLog log;
    @Autowired
    CollabHandler handler;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    private static String notes(MeetingId id) {
        return "meeting-notes:" + id.value();
    }

    private String token(se.larteam.user.UserId user) {
        return collab.issueToken(user);
    }

    /** What a Node client needs for one document: its name and a token of the person. */
    private Document spec(String doc, se.larteam.user.UserId user) {
        return new Document("doc", doc).append("token", token(user));
    }

    @Test
    void twoProvidersOnOneDocumentConvergeAndTheTextIsStored() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        Document result = NodeClient.run(port, "converge", new Document("doc", doc).append("tokens",
                java.util.List.of(token(world.a().member()), token(world.a().processLeader()))));

        assertThat(result.getString("a")).isEqualTo(result.getString("b"))
                .contains("Hej från A. ").contains("Hej från B. ").hasSize(24);
        Document read = NodeClient.run(port, "read", spec(doc, world.a().member()));
        assertThat(read.getString("text")).isEqualTo(result.getString("a"));
    }

    @Test
    void aMemberOfAnotherTeamIsDeniedAndGetsNoContent() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        NodeClient.run(port, "write", spec(doc, world.a().member())
                .append("text", "Det som sägs i rummet"));

        Document denied = NodeClient.run(port, "denied", spec(doc, world.b().member()));

        assertThat(denied.getString("reason")).isEqualTo("forbidden");
        assertThat(denied.getString("text")).isEmpty();
        assertThat(denied.getBoolean("authenticated")).isFalse();
        Document forged = NodeClient.run(port, "denied", new Document("doc", doc)
                .append("token", token(world.a().member()) + "x"));
        assertThat(forged.getString("reason")).isEqualTo("unauthenticated");
        assertThat(forged.getString("text")).isEmpty();
    }

    @Test
    void aReadOnlyClientsEditsAreNotStored() throws Exception {
        World world = World.create(users, programs, teams);
        MeetingId meeting = World.heldMeeting(meetings, world.a());
        String doc = notes(meeting);
        NodeClient.run(port, "write", spec(doc, world.a().member())
                .append("text", "Protokoll."));
        meetings.approve(world.a().processLeader(), meeting);

        Document readOnly = NodeClient.run(port, "readonly", spec(doc, world.a().member())
                .append("text", " Ändrat i efterhand."));

        assertThat(readOnly.getString("scope")).isEqualTo("readonly");
        assertThat(readOnly.getString("before")).isEqualTo("Protokoll.");
        assertThat(readOnly.getString("local")).isEqualTo("Protokoll. Ändrat i efterhand.");
        assertThat(readOnly.getInteger("unsynced")).as("the refused edit is never acknowledged").isPositive();
        Document read = NodeClient.run(port, "read", spec(doc, world.a().processLeader()));
        assertThat(read.getString("text")).isEqualTo("Protokoll.");
        Document leader = NodeClient.run(port, "write", spec(doc, world.a().processLeader())
                .append("text", " Justerat."));
        assertThat(leader.getString("scope")).isEqualTo("read-write");
        assertThat(leader.getString("text")).isEqualTo("Protokoll. Justerat.");
    }

    @Test
    void twoDocumentsShareOneSocket() throws Exception {
        World world = World.create(users, programs, teams);
        String x = notes(World.meeting(meetings, world.a()));
        String y = notes(World.meeting(meetings, world.a()));

        Document result = NodeClient.run(port, "twoDocs", new Document("docs", java.util.List.of(x, y))
                .append("token", token(world.a().member())));

        assertThat(result.getString("readX")).isEqualTo("Text i X");
        assertThat(result.getString("readY")).isEqualTo("Text i Y");
    }

    @Test
    void theTextSurvivesAServerSideCloseAndIsReloadedFromTheLog() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        try (NodeClient client = NodeClient.start(port, "reconnect",
                spec(doc, world.a().member()).append("text", "Före omstarten."))) {
            assertThat(client.next().getBoolean("ready")).isTrue();
            handler.closeAll(CloseStatus.SERVICE_RESTARTED);
            client.say("go");
            Document result = client.next();
            assertThat(result.getBoolean("closed")).isTrue();
            assertThat(result.getString("text")).isEqualTo("Före omstarten.");
            assertThat(result.getString("fresh")).isEqualTo("Före omstarten.");
        }
    }

    @Test
    void manyUpdatesAreCompactedAndReadBackIdentically() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        Document written = NodeClient.run(port, "write", spec(doc, world.a().member())
                .append("text", "ab").append("times", 250));

        assertThat(log.loadAfterPending(doc)).as("compacted past %d entries", CollabHandler.COMPACT_AFTER)
                .hasSizeLessThan(100);
        Document read = NodeClient.run(port, "read", spec(doc, world.a().member()));
        assertThat(read.getString("text")).isEqualTo(written.getString("text")).isEqualTo("ab".repeat(250));
    }

    @Test
    void aLargePasteFarAboveTomcatsDefaultBufferIsAccepted() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        String piece = "Ett långt klistrat stycke. ";
        String paste = piece.repeat(8000); // about 220 kB in one update

        NodeClient.run(port, "write", spec(doc, world.a().member())
                .append("text", piece).append("repeat", 8000));

        Document read = NodeClient.run(port, "read", spec(doc, world.a().member()));
        assertThat(read.getString("text")).isEqualTo(paste);
    }

    @Test
    void anIdleProviderStaysConnectedFor90Seconds() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));

        // Real time on purpose: this is about keep-alive (the provider reconnects after 30 s without a message).
        Document result = NodeClient.run(port, "idle", spec(doc, world.a().member()).append("idleMs", 90_000)
                .append("guardMs", 150_000));

        assertThat(result.get("counts", Document.class)).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("connect", 0, "disconnect", 0, "close", 0, "status", 0, "open", 0));
        assertThat(result.getString("status")).isEqualTo("connected");
        assertThat(result.getString("text")).isEqualTo("Efter pausen.");
    }

    // A raw client for what the provider never sends.

    private record Raw(WebSocket socket, BlockingQueue<byte[]> received, BlockingQueue<byte[]> pings,
            CompletableFuture<Integer> closed) {
        byte[] nextMessage() throws InterruptedException {
            byte[] message = received.poll(20, TimeUnit.SECONDS);
            assertThat(message).as("a message within the guard time").isNotNull();
            return message;
        }

        int closeCode() throws Exception {
            return closed.get(20, TimeUnit.SECONDS);
        }
    }

    private Raw connect(String... headers) throws Exception {
        BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
        BlockingQueue<byte[]> pings = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket.Builder builder = http.newWebSocketBuilder();
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        URI address = URI.create("ws://127.0.0.1:" + port + "/collab");
        WebSocket socket = builder.buildAsync(address, new WebSocket.Listener() {
            private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();

            @Override
            public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
                byte[] bytes = new byte[data.remaining()];
                data.get(bytes);
                partial.writeBytes(bytes);
                if (last) {
                    byte[] message = partial.toByteArray();
                    partial.reset();
                    (message.length == 1 && message[0] == Wire.PING ? pings : received).add(message);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.completeExceptionally(error);
            }
        }).get(20, TimeUnit.SECONDS);
        return new Raw(socket, received, pings, closed);
    }

    private static byte[] auth(String doc, String token) {
        return Wire.message(doc, Wire.AUTH).varUint(Wire.AUTH_TOKEN).varString(token).varString("4.8.0").bytes();
    }

    private Raw authenticated(String doc, String token) throws Exception {
        Raw raw = connect();
        raw.socket().sendBinary(ByteBuffer.wrap(auth(doc, token)), true).get();
        assertThat(raw.nextMessage()).isEqualTo(Wire.authenticated(doc, false));
        return raw;
    }

    @Test
    void idleSocketsGetAPingTheProviderAnswersWithAPong() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        Raw raw = authenticated(doc, token(world.a().member()));

        handler.pingAll(); // what the keep-alive timer does every 10 s (the provider gives up after 30 s of silence)

        assertThat(raw.pings().poll(20, TimeUnit.SECONDS)).isEqualTo(new byte[] {Wire.PING});
        raw.socket().sendBinary(ByteBuffer.wrap(new byte[] {Wire.PONG}), true).get();
        raw.socket().sendBinary(ByteBuffer.wrap(Wire.message(doc, Wire.QUERY_AWARENESS).bytes()), true).get();
        assertThat(raw.nextMessage()).as("still open after the pong").isEqualTo(Wire.awareness(doc, new byte[] {0}));
    }

    @Test
    void awarenessArrivingTogetherIsRelayedTogetherWithTheLatestStateOfEachClient() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        Raw reader = authenticated(doc, token(world.a().member()));
        Raw writer = authenticated(doc, token(world.a().processLeader()));
        int renewals = 200;
        for (int clock = 1; clock <= renewals; clock++) {
            byte[] update = new Wire.Writer().varUint(1).varUint(4242).varUint(clock)
                    .varString("{\"user\":{\"name\":\"Pia\"},\"n\":" + clock + "}").bytes();
            writer.socket().sendBinary(ByteBuffer.wrap(Wire.awareness(doc, update)), true).get();
        }

        // Relayed every 25 ms at most: a burst of 200 arrives as far fewer messages, each the latest state so far,
        // never an older one after a newer, and the last one is the last state sent.
        long lastClock = 0;
        int messages = 0;
        while (lastClock < renewals) {
            Wire.Reader in = new Wire.Reader(reader.nextMessage());
            assertThat(in.varString()).isEqualTo(doc);
            assertThat(in.smallUint(Integer.MAX_VALUE)).isEqualTo(Wire.AWARENESS);
            Wire.Reader update = new Wire.Reader(in.varUint8Array());
            assertThat(update.smallUint(Integer.MAX_VALUE)).as("one client in each").isEqualTo(1);
            assertThat(update.varUint()).isEqualTo(4242);
            long clock = update.varUint();
            assertThat(clock).isGreaterThan(lastClock);
            assertThat(update.varString()).endsWith("\"n\":" + clock + "}");
            lastClock = clock;
            messages++;
        }
        assertThat(messages).as("200 renewals sent back to back").isLessThan(renewals / 2);
    }

    @Test
    void aMemberRemovedFromTheTeamIsSentAwayAtOnceAndCannotWriteAnyMore() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        Raw raw = authenticated(doc, token(world.a().member()));

        teams.removeMember(world.a().organiser(), world.a().team(), world.a().member());

        // The membership event reaches the node's watcher and the document is taken away, with no write needed.
        assertThat(raw.nextMessage()).isEqualTo(Wire.permissionDenied(doc, "forbidden"));
        raw.socket().sendBinary(ByteBuffer.wrap(Wire.sync(doc, Wire.SYNC_UPDATE, UpdateLogTest.HEJ)), true).get();
        raw.socket().sendBinary(ByteBuffer.wrap(auth(doc, token(world.a().processLeader()))), true).get();
        assertThat(raw.nextMessage()).as("the update was handled (dropped) before the new authentication")
                .isEqualTo(Wire.authenticated(doc, false));
        assertThat(log.loadAfterPending(doc)).isEmpty();
    }

    @Test
    void aReaderRemovedFromTheTeamIsSentAwayAtTheNextAccessCheck() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        Raw raw = authenticated(doc, token(world.a().member()));

        teams.removeMember(world.a().organiser(), world.a().team(), world.a().member());
        handler.recheckAccess(); // what the node does every 30 s

        assertThat(raw.nextMessage()).isEqualTo(Wire.permissionDenied(doc, "forbidden"));
        raw.socket().sendBinary(ByteBuffer.wrap(Wire.sync(doc, Wire.SYNC_STEP1, new byte[] {0})), true).get();
        raw.socket().sendBinary(ByteBuffer.wrap(Wire.message(doc, Wire.QUERY_AWARENESS).bytes()), true).get();
        raw.socket().sendBinary(ByteBuffer.wrap(auth(doc, token(world.a().processLeader()))), true).get();
        assertThat(raw.nextMessage()).as("nothing for the detached document, then a new authentication")
                .isEqualTo(Wire.authenticated(doc, false));
    }

    @Test
    void anUpdateStoredByAnotherNodeReachesThisNodesClients() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        Raw raw = authenticated(doc, token(world.a().member()));
        raw.socket().sendBinary(ByteBuffer.wrap(Wire.sync(doc, Wire.SYNC_STEP1, new byte[] {0})), true).get();
        assertThat(raw.nextMessage()).isEqualTo(Wire.sync(doc, Wire.SYNC_STEP2, new byte[] {0, 0}));
        assertThat(raw.nextMessage()).isEqualTo(Wire.sync(doc, Wire.SYNC_STEP1, new byte[] {0}));

        mongo.getCollection(UpdateLog.COLLECTION).insertOne(new Document("doc", doc)
                .append("update", new org.bson.types.Binary(UpdateLogTest.DA)).append("node", "another-node")
                .append("merged", false));

        assertThat(raw.nextMessage()).isEqualTo(Wire.sync(doc, Wire.SYNC_UPDATE, UpdateLogTest.DA));
    }

    @Test
    void aMalformedUpdateClosesWith1007AndStoresNothing() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        Raw raw = authenticated(doc, token(world.a().member()));

        raw.socket().sendBinary(ByteBuffer.wrap(Wire.sync(doc, Wire.SYNC_UPDATE, new byte[] {1, 5, (byte) 0xff, 3})),
                true).get();

        assertThat(raw.closeCode()).isEqualTo(CloseStatus.BAD_DATA.getCode());
        assertThat(log.loadAfterPending(doc)).isEmpty();
    }

    @Test
    void anUnreadableFrameClosesWith1007AndATextFrameWith1003() throws Exception {
        Raw garbage = connect();
        garbage.socket().sendBinary(ByteBuffer.wrap(new byte[] {(byte) 0xff, (byte) 0xff, 1}), true).get();
        assertThat(garbage.closeCode()).isEqualTo(CloseStatus.BAD_DATA.getCode());

        Raw text = connect();
        text.socket().sendText("hej", true).get();
        assertThat(text.closeCode()).isEqualTo(CloseStatus.NOT_ACCEPTABLE.getCode());
    }

    @Test
    void anOversizeMessageClosesWith1009AndStoresNothing() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        Raw raw = authenticated(doc, token(world.a().member()));

        byte[] big = new byte[CollabHandler.MAX_MESSAGE + 1000];
        raw.socket().sendBinary(ByteBuffer.wrap(Wire.sync(doc, Wire.SYNC_UPDATE, big)), true).get();

        assertThat(raw.closeCode()).isEqualTo(CloseStatus.TOO_BIG_TO_PROCESS.getCode());
        assertThat(log.loadAfterPending(doc)).isEmpty();
    }

    @Test
    void compressionOfferedByTheClientIsDeclined() throws Exception {
        // As browsers and the provider's ws library offer it; java.net.http cannot send this header itself.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /collab HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.BufferedReader response = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
            java.util.List<String> head = new java.util.ArrayList<>();
            for (String line = response.readLine(); line != null && !line.isEmpty(); line = response.readLine()) {
                head.add(line.toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(head.getFirst()).contains("101");
            assertThat(head).anyMatch(h -> h.startsWith("upgrade: websocket"))
                    .noneMatch(h -> h.startsWith("sec-websocket-extensions"));
        }
    }

    @Test
    void aBrowserSessionAuthenticatesOnlyFromTheSameOrigin() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = notes(World.meeting(meetings, world.a()));
        UserProfile person = TestAccounts.person(users, "Sara Session");
        teams.putMember(world.a().organiser(), world.a().team(), person.id(), TeamRole.MEMBER);
        HttpResponse<String> login = login(person.email(), TestAccounts.PASSWORD, "198.51.100.20");
        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String origin = "http://127.0.0.1:" + port;

        Raw browser = connect("Cookie", session, "Origin", origin);
        browser.socket().sendBinary(ByteBuffer.wrap(auth(doc, "")), true).get();
        assertThat(browser.nextMessage()).isEqualTo(Wire.authenticated(doc, false));

        Raw noSession = connect("Origin", origin);
        noSession.socket().sendBinary(ByteBuffer.wrap(auth(doc, "")), true).get();
        assertThat(noSession.nextMessage()).isEqualTo(Wire.permissionDenied(doc, "unauthenticated"));

        assertThatThrownBy(() -> connect("Cookie", session, "Origin", "https://annan-sajt.example"))
                .hasStackTraceContaining("403");
    }
}
