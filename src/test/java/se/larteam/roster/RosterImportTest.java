package se.larteam.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamMember;
import se.larteam.team.TeamService;
import se.larteam.team.TeamSummary;
import se.larteam.testing.World;
import se.larteam.user.UserService;

/** Roster files as organisers will bring them, good and bad. */
@SpringBootTest
class RosterImportTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    RosterImport roster;

    private World world;
    private String domain;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        domain = "@" + System.nanoTime() + ".example";
    }

    @Test
    void excelsSwedishCsvIsReadWithItsLetters() {
        String csv = "Namn;E-post;Titel;Skola/enhet;Lärteam\r\n"
                + "Åsa Öberg;asa" + domain + ";Rektor;Ängsskolan;Lärteam A\r\n"
                + "Björn Ärlig;bjorn" + domain + ";Biträdande rektor;Östra förskolan;\r\n";
        RosterPreview preview = roster.preview(world.a().organiser(), world.a().program(), csv.getBytes(WINDOWS_1252));

        assertThat(preview.encoding()).isEqualTo("Windows-1252");
        assertThat(preview.delimiter()).isEqualTo(';');
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(RosterRow::displayName).containsExactly("Åsa Öberg", "Björn Ärlig");
        assertThat(preview.rows().get(0).unit()).isEqualTo("Ängsskolan");
        assertThat(preview.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void utf8WithCommasAndAByteOrderMarkIsReadToo() {
        String csv = "\uFEFFname,email,title,unit\nÅke Ström,ake" + domain + ",Rektor,\"Skolan, norra\"\n";
        RosterPreview preview = roster.preview(world.a().organiser(), world.a().program(),
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.encoding()).isEqualTo("UTF-8");
        assertThat(preview.delimiter()).isEqualTo(',');
        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.displayName()).isEqualTo("Åke Ström");
            assertThat(row.unit()).isEqualTo("Skolan, norra");
        });
    }

    @Test
    void everyBadRowIsReportedAndNothingIsImported() {
        String csv = "Namn;E-post;Lärteam\n"
                + "Anna Andersson;anna" + domain + ";Lärteam A\n"
                + "Bertil Bok;inte-en-adress;\n"
                + ";cecilia" + domain + ";\n"
                + "Anna Igen;ANNA" + domain + ";\n"
                + "David Dal;david" + domain + ";Lärteam Okänt\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        RosterPreview preview = roster.preview(world.a().organiser(), world.a().program(), file);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).extracting(RosterProblem::line, RosterProblem::field, RosterProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "email", "validation.email"),
                        org.assertj.core.groups.Tuple.tuple(4, "name", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple(5, "email", "import.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(6, "team", "import.unknown-team"));
        int teamSizeBefore = teams.details(world.a().organiser(), world.a().team()).members().size();

        assertThatThrownBy(() -> roster.importRoster(world.a().organiser(), world.a().program(), file, (d, t) -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.rejected"));
        assertThat(users.loginAccount("anna" + domain)).as("no account half-created").isEmpty();
        assertThat(teams.details(world.a().organiser(), world.a().team()).members()).hasSize(teamSizeBefore);
    }

    @Test
    void filesThatAreNoRosterAreRefusedWithAReason() {
        assertThat(problemOf(new byte[0])).isEqualTo("import.empty");
        assertThat(problemOf("   \n\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.empty");
        assertThat(problemOf("Namn;E-post\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.no-rows");
        assertThat(problemOf("Förnamn;Efternamn;Telefon\nAnna;Ek;070\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.missing-columns");
        assertThat(problemOf("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("import.not-csv");
        assertThat(problemOf(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00})).isEqualTo("import.not-csv");
        assertThat(problemOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0})).isEqualTo("import.not-csv");
    }

    @Test
    void tenThousandRowsAreImportedIntoTheProgramAndTheirTeams() {
        StringBuilder csv = new StringBuilder("Namn;E-post;Titel;Skola;Lärteam\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("Person ").append(i).append(";p").append(i).append(domain).append(";Rektor;Skola ")
                    .append(i % 40).append(";").append(i % 10 == 0 ? "Lärteam A" : "").append('\n');
        }
        List<Integer> progress = new ArrayList<>();
        RosterResult result = roster.importRoster(world.a().organiser(), world.a().program(),
                csv.toString().getBytes(WINDOWS_1252), (done, total) -> progress.add(done));

        assertThat(result.people()).isEqualTo(10_000);
        assertThat(result.newAccounts()).isEqualTo(10_000);
        assertThat(result.placedInTeams()).isEqualTo(1_000);
        assertThat(progress).isSorted().last().isEqualTo(10_000);
        TeamDetails team = teams.details(world.a().organiser(), world.a().team());
        assertThat(team.participants()).hasSize(1_001);
        // Imported people see their program and team when they sign in.
        var someone = users.loginAccount("p10" + domain).orElseThrow().id();
        assertThat(teams.myTeams(someone)).extracting(TeamSummary::name).containsExactly("Lärteam A");
        assertThat(programs.myPrograms(users.loginAccount("p11" + domain).orElseThrow().id())).hasSize(1);
    }

    @Test
    void importingAgainAddsNoDuplicatesAndKeepsExistingAccounts() {
        String csv = "Namn;E-post;Lärteam\nÅsa Ny;asa.ny" + domain + ";Lärteam A\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(roster.importRoster(world.a().organiser(), world.a().program(), file, (d, t) -> { }).newAccounts())
                .isEqualTo(1);
        RosterResult again = roster.importRoster(world.a().organiser(), world.a().program(), file, (d, t) -> { });

        assertThat(again.newAccounts()).isZero();
        assertThat(teams.details(world.a().organiser(), world.a().team()).members())
                .filteredOn(m -> m.displayName().equals("Åsa Ny")).extracting(TeamMember::displayName).hasSize(1);
    }

    @Test
    void onlyTheProgramsOrganisersMayImport() {
        byte[] file = ("Namn;E-post\nX;x" + domain + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> roster.preview(world.a().member(), world.a().program(), file))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> roster.importRoster(world.b().organiser(), world.a().program(), file, (d, t) -> { }))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anOrganiserAddsOnePersonByHand() {
        roster.addPerson(world.a().organiser(), world.a().program(),
                new se.larteam.user.NewUser(" Greta.Ek" + domain + " ", "Greta Ek", "Rektor", "Ekskolan"), "lärteam a",
                se.larteam.team.TeamRole.PROCESS_LEADER);

        assertThat(teams.details(world.a().organiser(), world.a().team()).processLeaders()).extracting(TeamMember::displayName)
                .contains("Greta Ek");
        assertThatThrownBy(() -> roster.addPerson(world.a().organiser(), world.a().program(),
                new se.larteam.user.NewUser("greta" + domain, "Greta", "", ""), "Inget sådant", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("team"));
        assertThat(users.loginAccount("greta" + domain)).as("nothing written when refused").isEmpty();
    }

    private String problemOf(byte[] file) {
        RosterPreview preview = roster.preview(world.a().organiser(), world.a().program(), file);
        assertThat(preview.importable()).isFalse();
        return preview.problems().get(0).messageKey();
    }
}
