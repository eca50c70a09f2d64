package se.larteam.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamService;
import se.larteam.testing.MutableClock;
import se.larteam.testing.World;
import se.larteam.user.UserService;

/** An import is invisible until it is complete: to readers while it is stored, and after a crash half-way. */
@SpringBootTest
class PendingImportTest {

    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    ReadingService readings;
    @Autowired
    ReadingIndex index;
    @Autowired
    MongoTemplate mongo;

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
    }

    /** A RIS file of this many distinct articles. */
    private static byte[] ris(int entries) {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < entries; i++) {
            file.append("TY  - JOUR\nTI  - Kollegialt lärande del ").append(i).append("\nPY  - 2020\nKW  - ledarskap\nER  -\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readersSeeNothingOfAnImportWhileItIsStoredThenAllOfIt() {
        List<String> seenMeanwhile = new ArrayList<>();
        List<String> progress = new ArrayList<>();

        int imported = readings.importReferences(world.a().organiser(), world.a().program(), null, Evidence.RESEARCH,
                ris(120), (stored, total) -> {
                    progress.add(stored + "/" + total);
                    // Between chunks, as another person reading the library at that moment would.
                    seenMeanwhile.add(seen(world.a().reader()) + " " + seen(world.a().member()));
                });

        assertThat(imported).isEqualTo(120);
        assertThat(progress).containsExactly("50/120", "100/120", "120/120");
        assertThat(seenMeanwhile).containsOnly("0/0/0 0/0/0");
        assertThat(seen(world.a().reader())).isEqualTo("120/120/120");
    }

    @Test
    void aTeamImportIsHiddenFromItsOwnMembersUntilComplete() {
        List<Integer> teamListMeanwhile = new ArrayList<>();

        readings.importReferences(world.a().member(), world.a().program(), world.a().team(), Evidence.RESEARCH, ris(60),
                (stored, total) -> teamListMeanwhile.add(readings.teamReadings(world.a().processLeader(),
                        world.a().team()).size()));

        assertThat(teamListMeanwhile).containsOnly(0);
        assertThat(readings.teamReadings(world.a().processLeader(), world.a().team())).hasSize(60);
    }

    @Test
    void anImportCutOffByACrashIsNeverSeenAndIsRemovedAtTheNextStart() {
        Instant started = Instant.now();
        List<Reading> batch = IntStream.range(0, 120).mapToObj(i -> reading("Avbruten import " + i, started)).toList();

        // The process dies after the second chunk: no failure handling runs.
        assertThatThrownBy(() -> ReadingBatches.insert(mongo, batch, (stored, total) -> {
            if (stored == 100) {
                throw new SimulatedCrash();
            }
        })).isInstanceOf(SimulatedCrash.class);
        assertThat(pendingInDatabase()).isEqualTo(100);

        // Not by any read, nor by a search after rebuilding the index from the database, nor by its id.
        assertThat(seen(world.a().reader())).isEqualTo("0/0/0");
        index.rebuild(true);
        assertThat(seen(world.a().organiser())).isEqualTo("0/0/0");
        ReadingId one = new ReadingId(batch.get(0).id());
        assertThatThrownBy(() -> readings.get(world.a().organiser(), one)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> readings.export(world.a().organiser(), List.of(one), ExportFormat.RIS, Locale.ROOT))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> readings.update(world.a().organiser(), one, batch.get(0).draft()))
                .isInstanceOf(NotPermittedException.class);

        // A start soon after leaves it (another node could still be storing it); a start later removes it.
        MutableClock clock = new MutableClock(started.plus(Duration.ofMinutes(5)));
        new PendingImports(mongo, clock, index).removeAbandoned();
        assertThat(pendingInDatabase()).isEqualTo(100);
        clock.advance(PendingImports.ABANDONED_AFTER);
        new PendingImports(mongo, clock, index).removeAbandoned();
        assertThat(pendingInDatabase()).isZero();
        assertThat(seen(world.a().reader())).isEqualTo("0/0/0");
    }

    @Test
    void anImportDecidedFinishedIsCompletedAtTheNextStartNotRemoved() {
        // A real MongoDB shows a multi-document update one reading at a time: a process dying during the final
        // update leaves some readings visible and the rest pending, with the import marked as decided.
        Instant started = Instant.now().minus(Duration.ofHours(2));
        String importId = "beslutad-import";
        List<Reading> batch = IntStream.range(0, 10).mapToObj(i -> reading("Beslutad import " + i, started)).toList();
        mongo.insertAll(batch.subList(0, 4));
        mongo.insertAll(batch.subList(4, 10).stream().map(r -> r.pending(importId)).toList());
        mongo.insert(new org.bson.Document("_id", importId), ReadingBatches.COMMITTED);

        new PendingImports(mongo, new MutableClock(Instant.now()), index).removeAbandoned();

        assertThat(pendingInDatabase()).isZero();
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), ReadingBatches.COMMITTED))
                .isZero();
        index.reindex("no-such-reading"); // waits for the rebuild queued on the index's thread
        assertThat(seen(world.a().reader())).isEqualTo("10/10/10");
    }

    /** Library list size / count / search total (facets, index), as this person sees program A's library. */
    private String seen(se.larteam.user.UserId viewer) {
        return readings.library(viewer, world.a().program(), ReadingFilter.none(), 0, 500).size() + "/"
                + readings.count(viewer, world.a().program(), ReadingFilter.none()) + "/"
                + readings.searchWithFacets(viewer, world.a().program(), LibrarySearch.all(), 50).facets().total();
    }

    private long pendingInDatabase() {
        return mongo.count(Query.query(Criteria.where("programId").is(world.a().program().value())
                .and(Reading.PENDING_IMPORT).exists(true)), Reading.class);
    }

    private Reading reading(String title, Instant at) {
        return new Reading(ReadingId.random().value(), world.a().program().value(), null, null, ReadingScope.LIBRARY,
                title, List.of("Anna Forskare"), 2021, ReadingKind.ARTICLE, "", "", "", "sv", "", List.of("ledarskap"),
                Evidence.RESEARCH, List.of(), List.of(), null, null, world.a().organiser().value(), at, at, null);
    }

    /** Stands for the JVM dying: an Error, which the import's failure handling does not catch. */
    private static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }
}
