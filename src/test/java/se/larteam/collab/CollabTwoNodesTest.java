package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** Co-editing across two application nodes on one database, with the official provider in Node. */
class CollabTwoNodesTest {

    private static CollabNodes nodes;
    private static World world;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        nodes = new CollabNodes(2);
        world = World.create(nodes.bean(0, UserService.class), nodes.bean(0, ProgramService.class),
                nodes.bean(0, TeamService.class));
    }

    @AfterAll
    static void stopTwoNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private static String newNotes() {
        return "meeting-notes:" + World.meeting(nodes.bean(0, MeetingService.class), world.a()).value();
    }

    private static String token(int node, se.larteam.user.UserId user) {
        return nodes.bean(node, CollabService.class).issueToken(user);
    }

    @Test
    void aCaretSetOnNodeAAppearsOnNodeBAndGoesWhenItsClientDisconnects() throws Exception {
        String doc = newNotes();

        Document result = NodeClient.run(new Document("scenario", "awarenessAcross").append("doc", doc)
                .append("urls", nodes.urls())
                .append("tokens", List.of(token(0, world.a().member()), token(1, world.a().processLeader()))));

        assertThat(result.get("seen", Document.class).getString("name")).isEqualTo("Ada på nod A");
        assertThat(result.get("seen", Document.class).getInteger("anchor")).isEqualTo(3);
        // Far below the 30 s after which providers drop silent peers themselves: the removal was relayed.
        assertThat(result.getInteger("removedMs")).isLessThan(10_000);
    }

    @Test
    void aMemberRemovedOnNodeAIsSentAwayAtOnceFromTheDocumentOpenOnNodeB() throws Exception {
        String doc = newNotes();
        UserId member = TestAccounts.person(nodes.bean(0, UserService.class), "Rut Rörlig").id();
        nodes.bean(0, TeamService.class).putMember(world.a().organiser(), world.a().team(), member, TeamRole.MEMBER);

        try (NodeClient client = NodeClient.start(new Document("scenario", "watchAccess").append("doc", doc)
                .append("url", nodes.url(1)).append("token", token(1, member)))) {
            assertThat(client.next().getBoolean("ready")).isTrue();
            long start = System.nanoTime();
            nodes.bean(0, TeamService.class).removeMember(world.a().organiser(), world.a().team(), member);
            Document result = client.next();

            assertThat(result.getList("events", Document.class)).extracting(e -> e.getString("reason"))
                    .containsExactly("forbidden");
            assertThat(result.getBoolean("authenticated")).isFalse();
            // Well within the periodic recheck (30 s): it was the membership event that sent the member away.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aWriterWhoMayNowOnlyReadIsToldAtOnceAndHerEditsAreNotStored() throws Exception {
        MeetingService meetings = nodes.bean(0, MeetingService.class);
        MeetingId meeting = World.heldMeeting(meetings, world.a());
        String doc = "meeting-notes:" + meeting.value();
        NodeClient.run(new Document("scenario", "write").append("doc", doc).append("url", nodes.url(0))
                .append("token", token(0, world.a().member())).append("text", "Protokoll."));

        try (NodeClient client = NodeClient.start(new Document("scenario", "watchAccess").append("doc", doc)
                .append("url", nodes.url(1)).append("token", token(1, world.a().member()))
                .append("text", " Ändrat efter justeringen."))) {
            assertThat(client.next().getBoolean("ready")).isTrue();
            meetings.approve(world.a().processLeader(), meeting);
            Document result = client.next();

            assertThat(result.getList("events", Document.class)).extracting(e -> e.getString("scope"))
                    .containsExactly("readonly");
            assertThat(result.getBoolean("authenticated")).isTrue();
            assertThat(result.getString("text")).isEqualTo("Protokoll. Ändrat efter justeringen.");
            assertThat(result.getInteger("unsynced")).as("the refused edit is never acknowledged").isPositive();
        }
        Document read = NodeClient.run(new Document("scenario", "read").append("doc", doc).append("url", nodes.url(0))
                .append("token", token(0, world.a().processLeader())));
        assertThat(read.getString("text")).isEqualTo("Protokoll.");
    }

    @Test
    void aClientsManyCaretMovesAreRelayedAsItsLatestStateAndOldEntriesAreTrimmed() {
        AwarenessRelay relay = nodes.bean(0, AwarenessRelay.class);
        MongoCollection<Document> relayed = nodes.bean(0, MongoTemplate.class).getCollection(AwarenessRelay.COLLECTION);
        String doc = "meeting-notes:throttle-" + System.nanoTime();
        long start = System.nanoTime();
        for (int clock = 1; clock <= 50; clock++) {
            relay.publish(doc, 7, clock, "{\"anchor\":" + clock + "}");
        }
        relay.flush();
        long flushPeriods = (System.nanoTime() - start) / AwarenessRelay.FLUSH.toNanos();

        // The relay's own timer may have flushed meanwhile: at most once per period, never once per move.
        List<Document> written = relayed.find(Filters.eq("doc", doc)).sort(new Document("_id", 1))
                .into(new java.util.ArrayList<>());
        assertThat(written).hasSizeBetween(1, (int) Math.min(49, flushPeriods + 2));
        Wire.Reader update = new Wire.Reader(written.getLast().get("update", Binary.class).getData());
        assertThat(update.varUint()).isEqualTo(1);
        assertThat(update.varUint()).isEqualTo(7);
        assertThat(update.varUint()).isEqualTo(50);
        assertThat(update.varString()).isEqualTo("{\"anchor\":50}");

        ObjectId old = new ObjectId(Date.from(Instant.now().minus(AwarenessRelay.KEEP).minusSeconds(5)));
        relayed.insertOne(new Document("_id", old).append("doc", doc).append("node", "gone"));
        relay.trim();
        assertThat(relayed.find(Filters.eq("doc", doc)).into(new java.util.ArrayList<>())).extracting(d -> d.get("_id"))
                .containsExactlyElementsOf(written.stream().map(d -> d.get("_id")).toList());
    }
}
