package se.larteam.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import se.larteam.database.DatabaseInfo;
import se.larteam.meeting.MeetingService;
import se.larteam.reflection.ReflectionService;
import se.larteam.program.ProgramDetails;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.reading.ReadingService;
import se.larteam.team.TeamId;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.user.NewUser;
import se.larteam.user.UserId;
import se.larteam.user.UserProfile;
import se.larteam.user.UserService;

/**
 * {@code larteam.demo-data}: {@code true}, {@code false}, or empty for "on with the embedded server, off with
 * {@code MONGODB_URI}". A marker document with a fixed id makes sure only one node ever loads it.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    /** Every demo account signs in with this password. Demo data only; never used outside it. */
    static final String DEMO_PASSWORD = "larteam-demo";
    static final String DOMAIN = "@asbacka.example";
    private static final String MARKER_COLLECTION = "demo_data_marker";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserService users;
    private final ProgramService programs;
    private final TeamService teams;
    private final MeetingService meetings;
    private final ReadingService readings;
    private final ReflectionService reflections;
    private final MongoTemplate mongo;
    private final boolean enabled;
    private final Clock clock;

    DemoData(UserService users, ProgramService programs, TeamService teams, MeetingService meetings,
            ReadingService readings, ReflectionService reflections, MongoTemplate mongo, DatabaseInfo database,
            @Value("${larteam.demo-data:}") String setting, Clock clock) {
        this.readings = readings;
        this.users = users;
        this.programs = programs;
        this.teams = teams;
        this.meetings = meetings;
        this.reflections = reflections;
        this.mongo = mongo;
        this.enabled = setting.isBlank() ? database.embedded() : Boolean.parseBoolean(setting.strip());
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        try {
            mongo.insert(new Document("_id", "demo-data-v1").append("at", clock.instant()), MARKER_COLLECTION);
        } catch (DuplicateKeyException alreadyLoaded) {
            log.info("Demo data: already loaded in this database");
            return;
        }
        var admin = users.createFirstAdministrator(person("admin", "Sam Administratör", "Systemadministratör", "IT-enheten"),
                DEMO_PASSWORD);
        if (admin.isEmpty()) {
            log.warn("Demo data skipped: an administrator exists already, and demo data brings its own");
            return;
        }
        load(admin.get().id());
        log.info("Demo data loaded: sign in as katarina.alund{} (organiser), kerstin.oberg{} (process leader) or "
                + "asa.lindqvist{} (member), password '{}'", DOMAIN, DOMAIN, DOMAIN, DEMO_PASSWORD);
    }

    private void load(UserId admin) {
        ProgramId program = programs.create(admin, new ProgramDetails("Leda för skolutveckling",
                "Åsbacka kommun i samverkan med forskningsinstitutet Ifous",
                "Alla chefer från förskola till vuxenutbildning fördjupar sitt ledarskap för hållbar skolutveckling. "
                        + "Cheferna är indelade i lärteam som träffas en gång i månaden med en processledare; "
                        + "en gång per termin hålls ett gemensamt utvecklingsseminarium.",
                LocalDate.of(2024, 8, 1), LocalDate.of(2027, 6, 30)));

        UserId organiser = create(admin, "katarina.alund", "Katarina Ålund", "Utvecklingschef", "Förvaltningen");
        programs.addPerson(admin, program, organiser, ProgramRole.ORGANISER);
        UserId reader = create(admin, "lars.akesson", "Lars Åkesson", "Rektor", "Vallbyskolan");
        programs.addPerson(organiser, program, reader, ProgramRole.READER);

        UserId kerstin = create(admin, "kerstin.oberg", "Kerstin Öberg", "Processledare", "Ifous");
        UserId mikael = create(admin, "mikael.angstrom", "Mikael Ängström", "Processledare", "Ifous");

        TeamId norr = team(admin, organiser, program, "Lärteam Norr", List.of(kerstin), List.of(
                new NewUser("asa.lindqvist", "Åsa Lindqvist", "Rektor", "Norrbackaskolan"),
                new NewUser("goran.sjostrom", "Göran Sjöström", "Biträdande rektor", "Norrbackaskolan"),
                new NewUser("ann-sofie.bjork", "Ann-Sofie Björk", "Rektor i förskola", "Förskolan Ängen"),
                new NewUser("par.nystrom", "Pär Nyström", "Rektor", "Kvarnbyskolan"),
                new NewUser("marta.eriksson", "Märta Eriksson", "Rektor", "Åsbacka gymnasium"),
                new NewUser("jonas.hakansson", "Jonas Håkansson", "Verksamhetschef", "Vuxenutbildningen")));
        TeamId soder = team(admin, organiser, program, "Lärteam Söder", List.of(kerstin), List.of(
                new NewUser("linnea.ostlund", "Linnéa Östlund", "Rektor", "Söderportskolan"),
                new NewUser("bjorn.dahl", "Björn Dahl", "Rektor", "Ekbackens skola"),
                new NewUser("sofia.aberg", "Sofia Åberg", "Rektor i förskola", "Förskolan Solrosen"),
                new NewUser("ahmed.hassan", "Ahmed Hassan", "Biträdande rektor", "Söderportskolan"),
                new NewUser("karin.stromberg", "Karin Strömberg", "Rektor", "Lövsta skola")));
        team(admin, organiser, program, "Lärteam Väster", List.of(mikael), List.of(
                new NewUser("elin.malmstrom", "Elin Malmström", "Rektor", "Västerängsskolan"),
                new NewUser("oskar.lof", "Oskar Löf", "Rektor i förskola", "Förskolan Tallkotten"),
                new NewUser("maria.sandstrom", "Maria Sandström", "Rektor", "Hagaskolan"),
                new NewUser("johan.backstrom", "Johan Bäckström", "Biträdande rektor", "Hagaskolan"),
                new NewUser("eva.nasstrom", "Eva Näsström", "Rektor", "Åsens skola"),
                new NewUser("nils.ohman", "Nils Öhman", "Verksamhetschef", "Elevhälsan")));
        DemoReadings.load(readings, program, organiser, kerstin, norr, soder);
    }

    private TeamId team(UserId admin, UserId organiser, ProgramId program, String name, List<UserId> processLeaders,
            List<NewUser> members) {
        TeamId team = teams.create(organiser, program, name);
        processLeaders.forEach(leader -> teams.putMember(organiser, team, leader, TeamRole.PROCESS_LEADER));
        List<UserId> memberIds = new java.util.ArrayList<>();
        for (NewUser member : members) {
            UserId id = create(admin, member.email(), member.displayName(), member.title(), member.unit());
            teams.putMember(organiser, team, id, TeamRole.MEMBER);
            memberIds.add(id);
        }
        DemoMeetings.log(meetings, program, team, processLeaders.get(0), memberIds, LocalDate.now(clock));
        if (memberIds.size() >= 3) {
            DemoReflections.write(reflections, meetings, team, processLeaders.get(0), memberIds, LocalDate.now(clock));
        }
        return team;
    }

    private UserId create(UserId admin, String localPart, String name, String title, String unit) {
        UserProfile profile = users.createUser(admin, person(localPart, name, title, unit), DEMO_PASSWORD);
        return profile.id();
    }

    private static NewUser person(String localPart, String name, String title, String unit) {
        return new NewUser(localPart + DOMAIN, name, title, unit);
    }
}
