package se.larteam.meeting.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import se.larteam.base.InAppLink;
import se.larteam.base.NotPermittedException;
import se.larteam.meeting.AgendaItem;
import se.larteam.meeting.MeetingDetails;
import se.larteam.reading.ReadingFilter;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingLinks;
import se.larteam.reading.ReadingScope;
import se.larteam.reading.ReadingService;
import se.larteam.reading.ReadingSummary;
import se.larteam.user.UserId;

/**
 * The readings an agenda point can link (for those who edit the agenda: the team's own and the program's library,
 * through {@link ReadingService}, so only what the editor may see), and the titles of those already linked as this
 * viewer may see them: a team's own reading stays unnamed for an organiser reading approved minutes.
 */
final class AgendaReadings {

    /** The most library readings offered in the picker; the newest come first. */
    static final int MAX_CHOICES = 500;

    /** {@code title} is null for a linked reading this viewer may not open. */
    record Choice(ReadingId id, String title, Integer year) {
    }

    private final ReadingService readings;
    private final UserId me;
    private final MeetingDetails details;
    private List<Choice> choices;
    private final Map<String, Choice> known = new HashMap<>();

    AgendaReadings(ReadingService readings, UserId me, MeetingDetails details) {
        this.readings = readings;
        this.me = me;
        this.details = details;
        learn(details.agenda());
    }

    private void offer(ReadingSummary r) {
        Choice choice = new Choice(r.id(), r.title(), r.year());
        choices.add(choice);
        known.put(r.id().value(), choice);
    }

    /** Looks up the titles of linked readings not seen before (after a live refresh of the agenda). */
    void learn(List<AgendaItem> agenda) {
        agenda.stream().map(AgendaItem::readingId).filter(Objects::nonNull).filter(id -> !known.containsKey(id))
                .distinct().forEach(id -> {
                    Choice choice;
                    try {
                        var reading = readings.get(me, new ReadingId(id));
                        choice = new Choice(reading.id(), reading.title(), reading.content().year());
                    } catch (NotPermittedException | IllegalArgumentException hidden) {
                        choice = new Choice(new ReadingId(id), null, null);
                    }
                    known.put(id, choice);
                });
    }

    /**
     * A linked reading where the agenda is read, not edited: a link to it, or a note that this viewer may not open
     * it; nothing when the point links no reading. {@code host} translates.
     */
    Component shown(String readingId, Component host) {
        Choice linked = linked(readingId);
        if (linked == null) {
            return new Span();
        }
        if (linked.title() == null) {
            Span hidden = new Span(host.getTranslation("meeting.agenda.reading.hidden"));
            hidden.addClassName("larteam-muted");
            return new Div(hidden);
        }
        return new Div(new Span(host.getTranslation("meeting.agenda.reading.linked") + " "),
                InAppLink.to(ReadingLinks.reading(linked.id()), label(linked, host)));
    }

    static String label(Choice choice, Component host) {
        return withYear(choice.title() == null ? host.getTranslation("meeting.agenda.reading.hidden") : choice.title(),
                choice);
    }

    private static String withYear(String title, Choice choice) {
        return choice.year() == null ? title : title + " (" + choice.year() + ")";
    }

    /**
     * What a point can link, whose title contains {@code filter}. Read when a picker first opens, not when the page
     * opens: most visits to a meeting link nothing.
     */
    List<Choice> choices(String filter) {
        if (choices == null) {
            choices = new ArrayList<>();
            if (details.mayEdit()) {
                try {
                    readings.teamReadings(me, details.summary().team()).forEach(this::offer);
                    readings.library(me, details.program(), ReadingFilter.none(), 0, MAX_CHOICES).stream()
                            .filter(r -> r.scope() == ReadingScope.LIBRARY).forEach(this::offer);
                } catch (NotPermittedException raced) {
                    // Access changed meanwhile: nothing to offer; the service refuses a link anyway.
                }
            }
        }
        String wanted = filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT);
        // Matched against what the picker shows: title and year.
        return choices.stream().filter(c -> withYear(c.title(), c).toLowerCase(java.util.Locale.ROOT).contains(wanted))
                .toList();
    }

    Choice linked(String readingId) {
        return readingId == null ? null : known.get(readingId);
    }
}
