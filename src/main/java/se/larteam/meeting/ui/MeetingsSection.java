package se.larteam.meeting.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import se.larteam.meeting.MeetingService;
import se.larteam.meeting.MeetingSummary;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamSpaceSection;
import se.larteam.user.UserId;

/**
 * The team space's meetings: upcoming ones first, then past ones, newest first. Frame only (dates and state), so
 * it is the same for organisers; the team page re-renders it on every event of the team's topic.
 */
@Component
class MeetingsSection implements TeamSpaceSection {

    private final MeetingService meetings;
    private final Clock clock;

    MeetingsSection(MeetingService meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(UserId viewer, TeamDetails team) {
        return new TeamMeetings(meetings.meetingsOf(viewer, team.id()), team, LocalDate.now(clock));
    }

    private static final class TeamMeetings extends Section {

        TeamMeetings(List<MeetingSummary> all, TeamDetails team, LocalDate today) {
            addClassName("larteam-card");
            getElement().setAttribute("aria-label", getTranslation("meeting.section.title"));
            add(new H2(getTranslation("meeting.section.title")));
            if (team.myAccess().insideTeam()) {
                Anchor plan = new Anchor(PlanMeetingView.address(team.id()), getTranslation("meeting.plan.link"));
                plan.getElement().setAttribute("router-link", true);
                add(plan);
            }
            add(new H3(getTranslation("meeting.section.upcoming")),
                    list(all.stream().filter(m -> !m.date().isBefore(today)).toList()));
            add(new H3(getTranslation("meeting.section.past")),
                    list(all.stream().filter(m -> m.date().isBefore(today)).toList().reversed()));
        }

        private com.vaadin.flow.component.Component list(List<MeetingSummary> meetings) {
            if (meetings.isEmpty()) {
                return new Paragraph(getTranslation("meeting.section.none"));
            }
            UnorderedList list = new UnorderedList();
            for (MeetingSummary meeting : meetings) {
                RouterLink link = new RouterLink(Formats.when(meeting, getLocale()), MeetingView.class,
                        new RouteParameters(MeetingView.PARAMETER, meeting.id().value()));
                Span state = new Span(getTranslation("meeting.state." + meeting.state().name().toLowerCase()));
                state.getElement().getThemeList().add("badge");
                list.add(new ListItem(link, new Span(" "), state));
            }
            return list;
        }
    }
}
