package se.larteam.meeting.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import se.larteam.meeting.Action;
import se.larteam.meeting.AgendaItem;
import se.larteam.meeting.Attendance;
import se.larteam.meeting.AttendanceRow;
import se.larteam.meeting.FollowUp;
import se.larteam.meeting.MeetingDetails;

/**
 * The minutes as a document, for whoever may read but not change them (approved minutes for members, organisers):
 * text, lists and headings rather than disabled form fields, so they read, print and go through a screen reader
 * like the minutes they are. Everything is set as text, never as HTML.
 */
class ReadOnlyMinutes extends Div {

    private final Locale locale;
    private final Div agenda = new Div();
    private final Div attendance = new Div();
    private final Div followUps = new Div();
    private final Div decisions = new Div();
    private final Div actions = new Div();

    /**
     * {@code notes}: how the page shows the meeting's notes, a live document of their own that stays in place while
     * the rest follows the stored meeting; null when this person may not see the meeting's content.
     */
    ReadOnlyMinutes(Locale locale, Component notes) {
        this.locale = locale;
        addClassName("larteam-minutes");
        if (notes != null) {
            add(section("meeting.agenda.title", agenda));
        }
        add(section("meeting.attendance.title", attendance));
        if (notes != null) {
            add(section("meeting.follow-ups.title", followUps), section("meeting.notes.title", notes),
                    section("meeting.decisions.title", decisions), section("meeting.actions.title", actions));
        }
    }

    void show(MeetingDetails details, AgendaReadings readings) {
        attendance.removeAll();
        attendance.add(attendance(details.attendance()));
        if (!details.contentVisible()) {
            return;
        }
        readings.learn(details.agenda());
        replace(agenda, agenda(details.agenda(), readings));
        replace(followUps, followUps(details.followUps()));
        replace(decisions, lines(details.decisions(), "meeting.minutes.no-decisions"));
        replace(actions, actions(details.actions()));
    }

    private static void replace(Div part, Component content) {
        part.removeAll();
        part.add(content);
    }

    private Section section(String titleKey, Component content) {
        return new Section(new H2(getTranslation(titleKey)), content);
    }

    private Component agenda(List<AgendaItem> items, AgendaReadings readings) {
        if (items.isEmpty()) {
            return new Paragraph(getTranslation("meeting.minutes.no-agenda"));
        }
        OrderedList list = new OrderedList();
        items.forEach(item -> list.add(new ListItem(new Text(item.text()), readings.shown(item.readingId(), this))));
        return list;
    }

    private Component attendance(List<AttendanceRow> rows) {
        // Present, excused, absent, then not marked: the order a reader of minutes expects.
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Attendance kind : List.of(Attendance.PRESENT, Attendance.EXCUSED, Attendance.ABSENT)) {
            groups.put(attendanceKey(kind), new ArrayList<>());
        }
        groups.put(attendanceKey(null), new ArrayList<>());
        rows.forEach(row -> groups.get(attendanceKey(row.attendance())).add(row.name()));
        Div content = new Div();
        groups.forEach((key, names) -> {
            if (!names.isEmpty()) {
                Span label = new Span(getTranslation(key) + ": ");
                label.getStyle().set("font-weight", "600");
                content.add(new Paragraph(label, new Text(String.join(", ", names))));
            }
        });
        return content;
    }

    private static String attendanceKey(Attendance attendance) {
        return attendance == null ? "meeting.minutes.not-marked"
                : "meeting.attendance." + attendance.name().toLowerCase(Locale.ROOT);
    }

    private Component followUps(List<FollowUp> followUps) {
        if (followUps.isEmpty()) {
            return new Paragraph(getTranslation("meeting.follow-ups.none"));
        }
        UnorderedList list = new UnorderedList();
        for (FollowUp followUp : followUps) {
            String status = followUp.status() == null ? getTranslation("meeting.export.not-followed-up")
                    : getTranslation("meeting.follow-up." + followUp.status().name().toLowerCase(Locale.ROOT));
            String line = getTranslation("meeting.follow-ups.line", followUp.text(), followUp.ownerName(),
                    Formats.date(followUp.fromDate(), locale)) + ": " + status
                    + (followUp.comment().isBlank() ? "" : " – " + followUp.comment());
            list.add(new ListItem(line));
        }
        return list;
    }

    private Component lines(String text, String noneKey) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            return new Paragraph(getTranslation(noneKey));
        }
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private Component actions(List<Action> actions) {
        if (actions.isEmpty()) {
            return new Paragraph(getTranslation("meeting.actions.none"));
        }
        UnorderedList list = new UnorderedList();
        actions.forEach(action -> list.add(new ListItem(getTranslation("meeting.actions.line", action.text(),
                action.ownerName(), action.due().toString()))));
        return list;
    }
}
