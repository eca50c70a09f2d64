package se.larteam.meeting.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import se.larteam.base.NotPermittedException;
import se.larteam.meeting.MeetingService;
import se.larteam.meeting.ReadingDiscussion;
import se.larteam.reading.ReadingDetails;
import se.larteam.reading.ReadingPageSection;
import se.larteam.user.UserId;

/**
 * "Diskuterad vid" on a reading's page: the meetings whose agenda links it, as far as the viewer may see them
 * (the service leaves out the rest, so an organiser sees approved minutes only). The reading page renders it
 * afresh on every event about the reading, which {@link MeetingService} publishes when a link changes.
 */
@Component
class DiscussedAtSection implements ReadingPageSection {

    private final MeetingService meetings;

    DiscussedAtSection(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(UserId viewer, ReadingDetails reading) {
        List<ReadingDiscussion> discussions;
        try {
            discussions = meetings.discussedAt(viewer, reading.id());
        } catch (NotPermittedException raced) {
            discussions = List.of();
        }
        return new DiscussedAt(discussions);
    }

    private static final class DiscussedAt extends Section {

        DiscussedAt(List<ReadingDiscussion> discussions) {
            String heading = getTranslation("meeting.discussed-at");
            getElement().setAttribute("aria-label", heading);
            add(new H2(heading));
            if (discussions.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("meeting.discussed-at.none"));
                none.addClassName("larteam-muted");
                add(none);
                return;
            }
            UnorderedList list = new UnorderedList();
            for (ReadingDiscussion d : discussions) {
                RouterLink link = new RouterLink(getTranslation("meeting.discussed-at.meeting",
                        Formats.date(d.date(), getLocale()), d.teamName()), MeetingView.class,
                        new RouteParameters(MeetingView.PARAMETER, d.meeting().value()));
                Span points = new Span(" – " + String.join("; ", d.agendaItems()));
                points.addClassName("larteam-muted");
                list.add(new ListItem(link, points));
            }
            add(list);
        }
    }
}
