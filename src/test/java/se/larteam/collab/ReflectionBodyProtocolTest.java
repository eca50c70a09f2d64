package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.larteam.reflection.ReflectionBodies;
import se.larteam.reflection.ReflectionDraft;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.Visibility;
import se.larteam.team.TeamRole;
import se.larteam.testing.HttpTest;
import se.larteam.testing.World;
import se.larteam.user.UserId;

/**
 * A reflection's body, {@code reflection:<id>}, over {@code /collab} with the official provider: read as the
 * reflection's visibility says (a draft and a private one: the author only; shared with process leaders; shared
 * with the team), written by the author alone; the text from before co-editing is seeded once; only the author's
 * readable copy becomes the stored body; and a process leader reading it is sent away when it becomes private.
 */
class ReflectionBodyProtocolTest extends HttpTest {

    @Autowired
    ReflectionService reflections;
    @Autowired
    CollabService collab;
    @Autowired
    List<CollabDocumentAccess> owners;

    private Document spec(ReflectionId id, UserId user) {
        return new Document("doc", id.bodyDocument()).append("token", collab.issueToken(user));
    }

    private String denied(ReflectionId id, UserId user) throws Exception {
        return NodeClient.run(port, "denied", spec(id, user)).getString("reason");
    }

    private Document readOnly(ReflectionId id, UserId user) throws Exception {
        return NodeClient.run(port, "readonly", spec(id, user).append("text", " Inte min text."));
    }

    @Test
    void whoMayReadAndWriteFollowsTheVisibilityAndTheAuthor() throws Exception {
        World world = World.create(users, programs, teams);
        World.Side a = world.a();
        UserId colleague = a.spare();
        teams.putMember(a.organiser(), a.team(), colleague, TeamRole.MEMBER);
        ReflectionId id = reflections.create(a.member(), new ReflectionDraft(a.team(), null, "", "Efter mötet", "",
                Visibility.PROCESS_LEADERS));

        Document written = NodeClient.run(port, "write", spec(id, a.member()).append("text", "Min reflektion."));
        assertThat(written.getString("scope")).isEqualTo("read-write");
        // A draft: its author's alone.
        for (UserId other : List.of(a.processLeader(), colleague, a.organiser(), world.b().member(),
                world.b().processLeader())) {
            assertThat(denied(id, other)).as("draft, %s", other).isEqualTo("forbidden");
        }

        ReflectionBodies.store(owners, a.member(), id, "Min reflektion.", 1);
        reflections.share(a.member(), id);
        Document leader = readOnly(id, a.processLeader());
        assertThat(leader.getString("scope")).isEqualTo("readonly");
        assertThat(leader.getString("before")).isEqualTo("Min reflektion.");
        assertThat(leader.getInteger("unsynced")).as("a reader's edit is never acknowledged").isPositive();
        assertThat(denied(id, colleague)).as("shared with the process leaders only").isEqualTo("forbidden");
        assertThat(denied(id, a.organiser())).as("the safe room").isEqualTo("forbidden");

        reflections.changeVisibility(a.member(), id, Visibility.TEAM);
        assertThat(readOnly(id, colleague).getString("scope")).isEqualTo("readonly");
        assertThat(denied(id, world.b().member())).as("another team").isEqualTo("forbidden");
        assertThat(denied(id, a.organiser())).isEqualTo("forbidden");

        reflections.changeVisibility(a.member(), id, Visibility.PRIVATE);
        assertThat(denied(id, a.processLeader())).isEqualTo("forbidden");
        assertThat(denied(id, colleague)).isEqualTo("forbidden");
        assertThat(NodeClient.run(port, "read", spec(id, a.member())).getString("text"))
                .isEqualTo("Min reflektion.");
    }

    @Test
    void aProcessLeaderReadingItIsSentAwayWhenItBecomesPrivate() throws Exception {
        World.Side a = World.create(users, programs, teams).a();
        ReflectionId id = reflections.create(a.member(), new ReflectionDraft(a.team(), null, "", "Delad", "Text",
                Visibility.PROCESS_LEADERS));
        reflections.share(a.member(), id);

        try (NodeClient client = NodeClient.start(port, "watchAccess", spec(id, a.processLeader())
                .append("text", "x"))) {
            assertThat(client.next().getBoolean("ready")).isTrue();
            reflections.changeVisibility(a.member(), id, Visibility.PRIVATE);
            Document result = client.next();

            assertThat(result.getList("events", Document.class)).extracting(e -> e.getString("reason"))
                    .containsExactly("forbidden");
            assertThat(result.getBoolean("authenticated")).isFalse();
        }
    }

    @Test
    void theOldBodyIsSeededOnceAndOnlyTheAuthorsCopyIsStored() throws Exception {
        World.Side a = World.create(users, programs, teams).a();
        String old = "Skrivet före samredigeringen.\nAndra raden.";
        ReflectionId id = reflections.create(a.member(), new ReflectionDraft(a.team(), null, "", "Gammal", old,
                Visibility.TEAM));
        reflections.share(a.member(), id);
        UserId colleague = a.spare();
        teams.putMember(a.organiser(), a.team(), colleague, TeamRole.MEMBER);

        Document race = NodeClient.runScript("seed-client.mjs", port, new Document("doc", id.bodyDocument())
                .append("tokens", List.of(collab.issueToken(a.member()), collab.issueToken(a.member()))));
        assertThat(race.getList("texts", String.class)).containsExactly(old, old);
        Document again = NodeClient.runScript("seed-client.mjs", port, new Document("doc", id.bodyDocument())
                .append("tokens", List.of(collab.issueToken(a.member()))));
        assertThat(again.getList("texts", String.class)).as("never seeded twice").containsExactly(old);

        Document mine = ReflectionBodies.paragraphs(List.of("Ny text <b>fet</b>", "<script>alert(1)</script>"));
        ReflectionBodies.sendThroughEditor(port, collab, a.member(), id, mine, 40);
        assertThat(reflections.details(colleague, id).body()).isEqualTo("Ny text <b>fet</b>\n<script>alert(1)</script>");
        assertThat(reflections.details(colleague, id).bodyHtml())
                .isEqualTo("<p>Ny text &lt;b&gt;fet&lt;/b&gt;</p><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");

        ReflectionBodies.sendThroughEditor(port, collab, colleague, id, ReflectionBodies.paragraphs(
                List.of("Kollegans version")), 99);
        ReflectionBodies.sendThroughEditor(port, collab, a.member(), id, ReflectionBodies.paragraphs(
                List.of("Äldre")), 39);
        assertThat(reflections.details(a.member(), id).body()).as("neither a reader's copy nor a stale one")
                .isEqualTo("Ny text <b>fet</b>\n<script>alert(1)</script>");
    }
}
