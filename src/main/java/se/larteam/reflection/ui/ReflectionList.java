package se.larteam.reflection.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import se.larteam.reflection.ReflectionStatus;
import se.larteam.reflection.ReflectionSummary;

/** A list of reflections as links with who, when and how shared; shared by the log, the team space and the inbox. */
final class ReflectionList {

    private ReflectionList() {
    }

    static <T> Component of(List<T> items, Function<T, ReflectionSummary> summary, Function<T, Component> extra,
            String emptyText, Locale locale, Function<String, String> text) {
        if (items.isEmpty()) {
            return new Paragraph(emptyText);
        }
        UnorderedList list = new UnorderedList();
        for (T item : items) {
            ReflectionSummary s = summary.apply(item);
            RouterLink link = new RouterLink(s.title(), ReflectionView.class,
                    new RouteParameters(ReflectionView.PARAMETER, s.id().value()));
            StringBuilder about = new StringBuilder(" · ").append(s.authorName()).append(" · ")
                    .append(Dates.moment(s.sharedAt() != null ? s.sharedAt() : s.createdAt(), locale));
            if (s.meetingDate() != null) {
                about.append(" · ").append(text.apply("reflection.meeting-of-short")).append(' ')
                        .append(Dates.date(s.meetingDate(), locale));
            }
            if (!s.actions().isEmpty()) {
                about.append(" · ").append(text.apply("reflection.actions")).append(' ')
                        .append(String.join("; ", s.actions()));
            }
            if (s.commentCount() > 0) {
                about.append(" · ").append(s.commentCount()).append(' ').append(text.apply("reflection.comment-count"));
            }
            Span status = new Span(text.apply(s.status() == ReflectionStatus.DRAFT ? "reflection.status.draft"
                    : "reflection.visibility." + s.visibility().name().toLowerCase()));
            status.getElement().getThemeList().add("badge");
            ListItem line = new ListItem(link, new Span(about.toString()), new Span(" "), status);
            Component more = extra.apply(item);
            if (more != null) {
                line.add(new Span(" "), more);
            }
            list.add(line);
        }
        return list;
    }
}
