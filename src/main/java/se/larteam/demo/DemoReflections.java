package se.larteam.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.meeting.MeetingSummary;
import se.larteam.reflection.ReflectionDraft;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.Visibility;
import se.larteam.team.TeamId;
import se.larteam.user.UserId;

/**
 * Reflections after a team's last meeting, written through the service as its members and process leader would:
 * one shared with the process leaders and commented on, one shared with the team and discussed, one waiting for a
 * comment (so the process leader's "Väntar på kommentar" is not empty) and one private.
 */
final class DemoReflections {

    private DemoReflections() {
    }

    static void write(ReflectionService reflections, MeetingService meetings, TeamId team, UserId leader,
            List<UserId> members, LocalDate today) {
        MeetingId last = meetings.meetingsOf(leader, team).stream().filter(m -> m.date().isBefore(today))
                .max(Comparator.comparing(MeetingSummary::date)).map(MeetingSummary::id).orElse(null);
        ReflectionId first = shared(reflections, members.get(0), team, last, Visibility.PROCESS_LEADERS,
                "Att följa upp utan att kontrollera",
                "Jag märkte under mötet att jag själv beskriver lektionsbesök som kontroll.\n\n"
                        + "Till nästa gång vill jag pröva korta besök med återkoppling samma dag, och fråga lärarna "
                        + "vad de vill att jag ska titta efter.");
        reflections.addComment(leader, first, null, "Fint att du vänder på perspektivet. Vad tror du lärarna "
                + "skulle säga om de fick välja fokus för besöket?");
        ReflectionId second = shared(reflections, members.get(1), team, last, Visibility.TEAM,
                "Timperleys cykel i vårt arbetslag",
                "Vi börjar sällan i elevernas behov. Jag vill pröva att låta arbetslaget formulera en gemensam fråga "
                        + "utifrån elevtexter.");
        String question = reflections.addComment(members.get(0), second, null,
                "Det känner jag igen. Hur valde ni elevtexterna?");
        reflections.addComment(members.get(1), second, question, "Vi tog tre texter från samma uppgift, anonymt.");
        reflections.addComment(leader, second, null, "Ett bra exempel att ta upp på nästa möte.");
        shared(reflections, members.get(2), team, last, Visibility.PROCESS_LEADERS, "När försöket inte gick som tänkt",
                "Min plan för arbetslagsmötet föll platt. Jag behöver hjälp att förstå varför.");
        reflections.create(members.get(0), new ReflectionDraft(team, null, "Ledarskap", "Egna tankar om hösten",
                "Bara för mig: vad jag vill hinna före jul.", Visibility.PRIVATE));
    }

    private static ReflectionId shared(ReflectionService reflections, UserId author, TeamId team, MeetingId meeting,
            Visibility visibility, String title, String body) {
        ReflectionId id = reflections.create(author, new ReflectionDraft(team, meeting, "", title, body, visibility));
        reflections.share(author, id);
        return id;
    }
}
