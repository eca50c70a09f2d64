package se.larteam.program.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import se.larteam.base.DatePickers;
import se.larteam.base.InvalidInputException;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramService;
import se.larteam.program.ProgramSession;
import se.larteam.user.UserId;

/** The program's schedule of learning sessions and seminars; its organisers add and remove sessions here. */
class SessionsSection extends Section {

    private final ProgramService programs;
    private final UserId me;
    private final ProgramId program;
    private final boolean manage;
    private final UnorderedList list = new UnorderedList();

    SessionsSection(ProgramService programs, UserId me, ProgramId program, boolean manage) {
        this.programs = programs;
        this.me = me;
        this.program = program;
        this.manage = manage;
        add(new H2(getTranslation("sessions.title")), list);
        refresh();
        if (manage) {
            add(form());
        }
    }

    private void refresh() {
        list.removeAll();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        var sessions = programs.sessions(me, program);
        for (ProgramSession session : sessions) {
            StringBuilder text = new StringBuilder(date.format(session.date())).append(", ")
                    .append(time.format(session.start())).append('–').append(time.format(session.end()));
            if (!session.place().isBlank()) {
                text.append(" · ").append(session.place());
            }
            if (!session.theme().isBlank()) {
                text.append(" · ").append(session.theme());
            }
            ListItem item = new ListItem(new Span(text.toString()));
            if (manage) {
                Button remove = new Button(getTranslation("sessions.remove"), click -> {
                    programs.removeSession(me, program, session.id());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("sessions.remove-one", text.toString()));
                item.add(new Span(" "), remove);
            }
            list.add(item);
        }
        if (sessions.isEmpty()) {
            list.add(new ListItem(getTranslation("sessions.none")));
        }
    }

    private FormLayout form() {
        DatePicker day = DatePickers.create(getTranslation("sessions.date"), getLocale());
        TimePicker start = new TimePicker(getTranslation("sessions.start"));
        TimePicker end = new TimePicker(getTranslation("sessions.end"));
        start.setLocale(getLocale());
        end.setLocale(getLocale());
        TextField place = new TextField(getTranslation("sessions.place"));
        TextField theme = new TextField(getTranslation("sessions.theme"));
        Map<String, HasValidation> fields = Map.of("date", day, "start", start, "end", end, "place", place, "theme", theme);
        Button add = new Button(getTranslation("sessions.add"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                programs.addSession(me, program, new ProgramSession(null, day.getValue(), start.getValue(),
                        end.getValue(), place.getValue(), theme.getValue()));
                day.clear();
                place.clear();
                theme.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                HasValidation field = fields.getOrDefault(invalid.field(), day);
                field.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
                field.setInvalid(true);
            }
        });
        FormLayout form = new FormLayout(day, start, end, place, theme, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        return form;
    }

}
