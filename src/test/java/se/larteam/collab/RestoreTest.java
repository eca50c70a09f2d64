package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.larteam.base.InvalidInputException;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.testing.HttpTest;
import se.larteam.testing.World;

/**
 * Versions of co-edited notes and restoring one, end to end with the official provider and real Yjs in Node: the
 * writers' readable copies make versions, and a restore is one editor's ordinary edit that every open client gets,
 * without duplicating any text.
 */
class RestoreTest extends HttpTest {

    private static final String FIRST = "Vi började med återkoppling.\nÅsa delade ett misslyckande.";
    private static final String SECOND = "Vi började med återkoppling.\nHelt ny text som ersatte resten.\nOch en rad till.";

    @Autowired
    MeetingService meetings;
    @Autowired
    CollabService collab;
    @Autowired
    CollabHistoryService history;

    @Test
    void aRestoredVersionReachesEveryOpenEditorOnceAndStays() throws Exception {
        World world = World.create(users, programs, teams);
        MeetingId meeting = World.meeting(meetings, world.a());
        String doc = meeting.notesDocument();

        write(doc, world.a().member(), FIRST);
        List<VersionSummary> versions = history.versions(world.a().member(), doc);
        assertThat(versions).as("the first copy of a document without history takes a version").hasSize(1);
        VersionDetails first = history.version(world.a().processLeader(), versions.getFirst().id());
        assertThat(first.text()).isEqualTo(FIRST);
        assertThat(first.summary().authors()).containsExactly(users.profile(world.a().member()).displayName());

        write(doc, world.a().processLeader(), SECOND);
        assertThat(history.versions(world.a().member(), doc)).as("within ten minutes of the last").hasSize(1);

        RestoreTicket ticket = history.restore(world.a().member(), first.summary().id());
        assertThatThrownBy(() -> history.restore(world.a().processLeader(), first.summary().id()))
                .as("one restore of a document at a time").isInstanceOf(InvalidInputException.class);

        // The process leader has the notes open; the member's own editor makes the restore.
        Document restored = NodeClient.runScript("restore-client.mjs", port, new Document("doc", doc)
                .append("tokens", List.of(collab.issueToken(world.a().processLeader()),
                        collab.issueToken(world.a().member())))
                .append("ticket", ticket.value()).append("mode", "restore"));
        assertThat(restored.getList("texts", String.class)).containsExactly(FIRST, FIRST);
        assertThat(restored.getList("answers", List.class).get(1)).asList().containsExactly("restore-granted");

        // Stored as edits: a client opening the notes now sees the old text once; the lock is free again.
        Document reopened = NodeClient.runScript("restore-client.mjs", port, new Document("doc", doc)
                .append("tokens", List.of(collab.issueToken(world.a().member()))).append("mode", "read"));
        assertThat(reopened.getList("texts", String.class)).containsExactly(FIRST);
        assertThat(history.restore(world.a().processLeader(), first.summary().id())).isNotNull();
    }

    @Test
    void aTicketIsGrantedOnceAndOnlyToItsHolder() throws Exception {
        World world = World.create(users, programs, teams);
        MeetingId meeting = World.meeting(meetings, world.a());
        String doc = meeting.notesDocument();
        write(doc, world.a().member(), FIRST);
        VersionId version = history.versions(world.a().member(), doc).getFirst().id();
        RestoreTicket ticket = history.restore(world.a().member(), version);

        Document someoneElse = NodeClient.runScript("restore-client.mjs", port, new Document("doc", doc)
                .append("tokens", List.of(collab.issueToken(world.a().processLeader())))
                .append("ticket", ticket.value()).append("mode", "restore"));
        assertThat(someoneElse.getList("answers", List.class).getFirst()).asList().containsExactly("restore-refused");
        assertThat(someoneElse.getList("texts", String.class)).containsExactly(FIRST);
    }

    @Test
    void withNobodyElseInTheDocumentTheRestorersOwnEditorOpensItAndRestores() throws Exception {
        World world = World.create(users, programs, teams);
        String doc = World.meeting(meetings, world.a()).notesDocument();
        write(doc, world.a().member(), FIRST);
        VersionId version = history.versions(world.a().member(), doc).getFirst().id();
        write(doc, world.a().member(), SECOND);

        Document alone = NodeClient.runScript("restore-client.mjs", port, new Document("doc", doc)
                .append("tokens", List.of(collab.issueToken(world.a().processLeader())))
                .append("ticket", history.restore(world.a().processLeader(), version).value()).append("mode", "restore"));

        assertThat(alone.getList("texts", String.class)).containsExactly(FIRST);
        Document reopened = NodeClient.runScript("restore-client.mjs", port, new Document("doc", doc)
                .append("tokens", List.of(collab.issueToken(world.a().member()))).append("mode", "read"));
        assertThat(reopened.getList("texts", String.class)).containsExactly(FIRST);
    }

    private void write(String doc, se.larteam.user.UserId writer, String text) throws Exception {
        NodeClient.runScript("restore-client.mjs", port, new Document("doc", doc)
                .append("tokens", List.of(collab.issueToken(writer))).append("mode", "write").append("text", text));
    }
}
