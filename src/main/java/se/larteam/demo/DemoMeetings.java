package se.larteam.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import se.larteam.meeting.Attendance;
import se.larteam.meeting.FollowUp;
import se.larteam.meeting.FollowUpStatus;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingPlan;
import se.larteam.meeting.MeetingService;
import se.larteam.meeting.NewAction;
import se.larteam.program.ProgramId;
import se.larteam.team.TeamId;
import se.larteam.user.UserId;

/**
 * A few months of a team's meetings, as the team would have logged them: three held meetings with approved
 * minutes, each following up the last one's actions, and the next meeting planned. Written through the service,
 * as the process leader and the members, so the demo obeys the same rules as everyone.
 */
final class DemoMeetings {

    private static final List<String> NOTES = List.of(
            "Vi började med en runda om terminsstarten. Samtalet handlade sedan om hur vi följer upp undervisningen "
                    + "utan att det blir kontroll: flera beskrev att lärarna upplever lektionsbesök som bedömning.",
            "Dagens text var Timperleys cykel för professionellt lärande. Vi jämförde med vårt eget arbete med "
                    + "kollegiala samtal och såg att vi sällan börjar i elevernas behov.",
            "Vi delade erfarenheter av att leda arbetslag genom en förändring. Två berättade om försök som inte "
                    + "gick som tänkt, och vad de lärde sig av det.");
    private static final List<String> DECISIONS = List.of(
            "Vi läser Skolverkets stödmaterial om kollegialt lärande till nästa gång.",
            "Nästa möte hålls digitalt.\nVi bjuder in en forskare från RUC till vårens första möte.",
            "Vi fortsätter med samma struktur för samtalen.");
    private static final List<String> ACTIONS = List.of(
            "Pröva exit tickets i en klass och samla in elevernas svar",
            "Göra tre korta lektionsbesök med återkoppling samma dag",
            "Starta ett kollegialt samtal i arbetslaget utifrån en elevtext",
            "Låta arbetslaget formulera en gemensam fråga för terminen",
            "Pröva att börja arbetslagsmötet med elevernas resultat");
    private static final List<String> COMMENTS = List.of(
            "Det gick bättre än jag trodde; eleverna var ärliga.",
            "Hann två av tre besök, resten efter lovet.",
            "Sjukdom i arbetslaget, jag tar det nästa månad.");

    private DemoMeetings() {
    }

    static void log(MeetingService meetings, ProgramId program, TeamId team, UserId leader, List<UserId> members,
            LocalDate today) {
        List<String> agenda = meetings.agendaTemplate(leader, program);
        // Tuesday afternoons, monthly: three behind us, the next one three weeks or so ahead.
        LocalDate next = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        MeetingId previous = null;
        for (int month = 3; month >= 1; month--) {
            LocalDate date = tuesdayBefore(today.minusMonths(month));
            MeetingId id = meetings.plan(leader, team, new MeetingPlan(date, LocalTime.of(13, 0),
                    LocalTime.of(15, 30), "Rum Ängen, Förvaltningshuset"), agenda);
            for (int i = 0; i < members.size(); i++) {
                meetings.setAttendance(leader, id, members.get(i), (i + month) % 6 == 0 ? Attendance.EXCUSED
                        : Attendance.PRESENT);
            }
            meetings.setAttendance(leader, id, leader, Attendance.PRESENT);
            UserId writer = members.get(month % members.size());
            if (previous != null) {
                List<FollowUp> followUps = meetings.details(writer, id).followUps();
                for (int i = 0; i < followUps.size(); i++) {
                    FollowUpStatus status = FollowUpStatus.values()[i % FollowUpStatus.values().length];
                    meetings.followUp(writer, id, followUps.get(i).actionId(), status, COMMENTS.get(i % COMMENTS.size()));
                }
            }
            meetings.saveNotes(writer, id, NOTES.get(3 - month));
            meetings.saveDecisions(writer, id, DECISIONS.get(3 - month));
            LocalDate due = month == 1 ? next : tuesdayBefore(today.minusMonths(month - 1));
            for (int i = 0; i < 3; i++) {
                UserId owner = members.get((i + month) % members.size());
                meetings.addAction(writer, id, new NewAction(ACTIONS.get((i + month) % ACTIONS.size()), owner, due));
            }
            meetings.markHeld(writer, id);
            meetings.approve(leader, id);
            previous = id;
        }
        meetings.plan(leader, team, new MeetingPlan(next, LocalTime.of(13, 0), LocalTime.of(15, 30),
                "Digitalt: länk i kalenderinbjudan"), agenda);
    }

    private static LocalDate tuesdayBefore(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
    }
}
