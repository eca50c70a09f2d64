package se.larteam.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
import se.larteam.base.NotPermittedException;
import se.larteam.base.Time;
import se.larteam.program.ProgramDetails;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramSession;
import se.larteam.testing.HttpTest;
import se.larteam.testing.World;
import se.larteam.user.UserId;

/**
 * The personal calendar feed as a calendar app sees it: fetched over real HTTP without signing in, parsed and
 * validated with ical4j, from the program sessions of the world as it is at each fetch.
 */
class CalendarFeedTest extends HttpTest {

    private static final String PROGRAM_NAME = "Leda för skolutveckling – Örebro";

    @Autowired
    CalendarService calendar;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    se.larteam.meeting.MeetingService meetings;

    private World world;
    /** Next year's daylight-saving days in Sweden: last Sunday of March (to CEST) and of October (to CET). */
    private LocalDate summerTimeStarts;
    private LocalDate summerTimeEnds;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        int year = LocalDate.now(Time.STOCKHOLM).getYear() + 1;
        summerTimeStarts = LocalDate.of(year, 3, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        summerTimeEnds = LocalDate.of(year, 10, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        programs.update(world.a().organiser(), world.a().program(), new ProgramDetails(PROGRAM_NAME, "Örebro kommun",
                "", LocalDate.of(2024, 8, 1), LocalDate.of(year + 1, 6, 30)));
    }

    @Test
    void aMembersFeedHoldsTheProgramsSessionsInSwedishTimeAndPassesIcal4jValidation() throws Exception {
        session(world.a().organiser(), world.a(), summerTimeStarts, "Aula, Åsbacka skola", "Kollegialt lärande i förskolan");
        session(world.a().organiser(), world.a(), summerTimeEnds, "https://meet.example.se/larteam?id=42", "");
        String path = calendar.createOrReplaceLink(world.a().member()).path();

        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                v -> assertThat(v).contains("private").doesNotContain("public"));
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for a calendar app").isEmpty();
        // UTF-8 on the wire (iCalendar escapes the comma; the parsed values below are checked whole).
        assertThat(response.body()).contains("SUMMARY:Kollegialt lärande i förskolan", "Aula\\, Åsbacka skola");

        Calendar feed = parse(response.body());
        ValidationResult validation = feed.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        assertThat(value(feed, Property.PRODID)).contains("Lärteam");
        assertThat(value(feed, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(feed, "X-WR-CALNAME")).isEqualTo("Lärteam – Deltagare A");
        assertThat(value(feed, "REFRESH-INTERVAL")).isEqualTo("PT1H");
        assertThat(value(feed, "X-PUBLISHED-TTL")).isEqualTo("PT1H");

        List<VTimeZone> zones = feed.getComponents(Component.VTIMEZONE);
        assertThat(zones).singleElement().satisfies(zone -> {
            assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Stockholm");
            assertThat(zone.getObservances()).isNotEmpty();
        });

        List<VEvent> events = feed.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent spring = events.get(0);
        assertThat(value(spring, Property.SUMMARY)).isEqualTo("Kollegialt lärande i förskolan");
        assertThat(value(spring, Property.LOCATION)).isEqualTo("Aula, Åsbacka skola");
        assertThat(spring.getProperty(Property.URL)).isEmpty();
        assertThat(value(spring, Property.DESCRIPTION)).contains(PROGRAM_NAME);
        assertThat(value(spring, Property.UID)).endsWith("@larteam");
        assertThat(spring.getDateStamp()).isPresent();
        // 09:00–12:00 on the day summer time starts is already CEST (UTC+2).
        assertThat(tzid(spring.getStartDate().orElseThrow())).isEqualTo("Europe/Stockholm");
        assertThat(start(spring)).isEqualTo(summerTimeStarts + "T07:00:00Z");
        assertThat(end(spring)).isEqualTo(summerTimeStarts + "T10:00:00Z");

        VEvent autumn = events.get(1);
        assertThat(value(autumn, Property.SUMMARY)).isEqualTo("Lärträff – " + PROGRAM_NAME);
        assertThat(value(autumn, Property.LOCATION)).isEqualTo("https://meet.example.se/larteam?id=42");
        assertThat(value(autumn, Property.URL)).isEqualTo("https://meet.example.se/larteam?id=42");
        // ... and on the day it ends, CET again (UTC+1).
        assertThat(tzid(autumn.getEndDate().orElseThrow())).isEqualTo("Europe/Stockholm");
        assertThat(start(autumn)).isEqualTo(summerTimeEnds + "T08:00:00Z");
        assertThat(end(autumn)).isEqualTo(summerTimeEnds + "T11:00:00Z");

        Map<String, String> uids = uidsBySummary(feed);
        assertThat(uidsBySummary(parse(get(path).body()))).as("a calendar app updates rather than duplicates")
                .isEqualTo(uids);
    }

    @Test
    void everyoneWithARoleGetsTheSessionsAndEachLinkOnlyItsOwnersPrograms() throws Exception {
        session(world.a().organiser(), world.a(), summerTimeStarts, "Aula", "Program A:s träff");
        session(world.b().organiser(), world.b(), summerTimeStarts, "Hörsalen", "Program B:s träff");

        for (UserId person : List.of(world.a().organiser(), world.a().reader(), world.a().processLeader(), world.a().member())) {
            assertThat(summaries(person)).as(person.toString()).containsExactly("Program A:s träff");
        }
        assertThat(summaries(world.b().member())).containsExactly("Program B:s träff");
        assertThat(summaries(world.outsider())).isEmpty();
    }

    @Test
    void teamMeetingsAreInTheFeedsOfTheTeamAndLeaveWithTheTeam() throws Exception {
        se.larteam.meeting.MeetingId meeting = meetings.plan(world.a().processLeader(), world.a().team(),
                new se.larteam.meeting.MeetingPlan(summerTimeEnds, LocalTime.of(13, 0), LocalTime.of(15, 30), "Rum Ängen"),
                List.of("Uppföljning"));

        for (UserId person : List.of(world.a().processLeader(), world.a().member())) {
            assertThat(summaries(person)).as(person.toString()).containsExactly("Lärteamsträff – Lärteam A");
        }
        // Organisers follow their teams on the team pages; readers and other teams never see the meeting.
        for (UserId person : List.of(world.a().organiser(), world.a().reader(), world.b().member())) {
            assertThat(summaries(person)).as(person.toString()).isEmpty();
        }
        String path = calendar.createOrReplaceLink(world.a().member()).path();
        VEvent event = parse(get(path).body()).<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(value(event, Property.UID)).isEqualTo("meeting-" + meeting.value() + "@larteam");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Rum Ängen");
        // The day summer time ends: 13:00 in Stockholm is already CET (UTC+1).
        assertThat(start(event)).isEqualTo(summerTimeEnds + "T12:00:00Z");

        teams.removeMember(world.a().organiser(), world.a().team(), world.a().member());

        assertThat(parse(get(path).body()).getComponents(Component.VEVENT)).isEmpty();
    }

    @Test
    void someoneRemovedFromTheProgramLosesItsSessionsAtTheNextFetch() throws Exception {
        session(world.a().organiser(), world.a(), summerTimeStarts, "Aula", "Kollegialt lärande");
        String path = calendar.createOrReplaceLink(world.a().member()).path();
        assertThat(parse(get(path).body()).getComponents(Component.VEVENT)).hasSize(1);

        programs.removePerson(world.a().organiser(), world.a().program(), world.a().member(), ProgramRole.PARTICIPANT);

        HttpResponse<String> after = get(path);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(parse(after.body()).getComponents(Component.VEVENT)).isEmpty();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aReplacedOrRevokedLinkStopsWorkingAtOnceAndSaysNothing(CapturedOutput log) throws Exception {
        UserId member = world.a().member();
        String first = calendar.createOrReplaceLink(member).path();
        assertThat(first).matches("/kalender/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(get(first).statusCode()).isEqualTo(200);

        String second = calendar.createOrReplaceLink(member).path();
        assertThat(second).isNotEqualTo(first);
        assertThat(calendar.link(member)).hasValueSatisfying(link -> assertThat(link.path()).isEqualTo(second));
        HttpResponse<String> old = get(first);
        assertThat(old.statusCode()).isEqualTo(404);
        assertThat(old.body()).isEmpty();
        assertThat(get(second).statusCode()).isEqualTo(200);

        calendar.revokeLink(member);
        assertThat(calendar.link(member)).isEmpty();
        assertThat(get(second).statusCode()).isEqualTo(404);

        assertThat(get("/kalender/" + "A".repeat(43) + ".ics").statusCode()).as("unknown").isEqualTo(404);
        assertThat(get("/kalender/kort.ics").statusCode()).as("malformed").isEqualTo(404);
        assertThat(log.getAll()).as("the log names the person, never the secret").contains("calendar link")
                .doesNotContain(token(first), token(second));
        // The page of the same name is Vaadin's and still asks for a login.
        HttpResponse<String> page = get("/kalender");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void onlyGetAndHeadAreServed() throws Exception {
        String path = calendar.createOrReplaceLink(world.a().member()).path();
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(url(path)).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isNotEqualTo(200);
        assertThat(post.body()).doesNotContain("BEGIN:VCALENDAR");
    }

    @Test
    void aDisabledAccountsFeedIsGoneAndItCannotMakeANewOne() throws Exception {
        UserId member = world.a().member();
        String path = calendar.createOrReplaceLink(member).path();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(member.value())), Update.update("enabled", false), "users");

        assertThat(get(path).statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> calendar.createOrReplaceLink(member)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theFeedKeepsAYearOfHistoryAndThePageListsWhatIsStillToCome() throws Exception {
        LocalDate today = LocalDate.now(Time.STOCKHOLM);
        session(world.a().organiser(), world.a(), today.minusDays(10), "Aula", "Förra månadens träff");
        session(world.a().organiser(), world.a(), today.minusYears(2), "Aula", "En gammal träff");
        session(world.a().organiser(), world.a(), summerTimeEnds, "Aula", "Nästa års träff");

        assertThat(summaries(world.a().member())).containsExactly("Förra månadens träff", "Nästa års träff");
        assertThat(calendar.upcoming(world.a().member())).extracting(CalendarEntry::title)
                .containsExactly("Nästa års träff");
    }

    private void session(UserId organiser, World.Side side, LocalDate date, String place, String theme) {
        programs.addSession(organiser, side.program(),
                new ProgramSession(null, date, LocalTime.of(9, 0), LocalTime.of(12, 0), place, theme));
    }

    private List<String> summaries(UserId person) throws Exception {
        String path = calendar.createOrReplaceLink(person).path();
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return parse(response.body()).<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> value(e, Property.SUMMARY)).toList();
    }

    private static String token(String path) {
        return path.substring("/kalender/".length(), path.length() - ".ics".length());
    }

    private static Calendar parse(String body) throws Exception {
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
    }

    private static String tzid(Property property) {
        return property.getParameter(Parameter.TZID).map(Parameter::getValue).orElseThrow();
    }

    private static String start(VEvent event) {
        DtStart<?> start = event.getStartDate().orElseThrow();
        return ((ZonedDateTime) start.getDate()).toInstant().toString();
    }

    private static String end(VEvent event) {
        DtEnd<?> end = event.getEndDate().orElseThrow();
        return ((ZonedDateTime) end.getDate()).toInstant().toString();
    }

    private static Map<String, String> uidsBySummary(Calendar feed) {
        return feed.<VEvent>getComponents(Component.VEVENT).stream()
                .collect(Collectors.toMap(e -> value(e, Property.SUMMARY), e -> value(e, Property.UID)));
    }
}
