package se.larteam.meeting.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import se.larteam.base.InAppLink;
import se.larteam.meeting.AgendaItem;
import se.larteam.reading.ReadingLinks;

/**
 * The agenda as an ordered list of short texts: add, move up and down, remove; nothing is stored until the page
 * saves. Rows keep their reading link through moves; with {@link #setReadings} each point offers a reading to link. Fires {@link SaveEvent} when it has
 * a save button of its own.
 */
class AgendaEditor extends Div {

    private final OrderedList list = new OrderedList();
    private final List<Row> rows = new ArrayList<>();
    private final Button add;
    private List<AgendaItem> loaded = List.of();
    private boolean readOnly;
    private AgendaReadings readings;

    AgendaEditor(boolean withSaveButton) {
        add = new Button(getTranslation("meeting.agenda.add"), new Icon(VaadinIcon.PLUS), click -> {
            rows.add(new Row(AgendaItem.of("")));
            draw();
            rows.get(rows.size() - 1).text.focus();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
        if (withSaveButton) {
            Button save = new Button(getTranslation("meeting.agenda.save"),
                    click -> fireEvent(new SaveEvent(this, items())));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
    }

    /** Offers a reading picker on each point (and shows linked readings as links); without it, links are kept. */
    void setReadings(AgendaReadings readings) {
        this.readings = readings;
    }

    /** Shows these items, unless the user has changed the agenda since it was last shown (a live refresh). */
    void setItems(List<AgendaItem> items) {
        if (!rows.isEmpty() && !items().equals(loaded)) {
            return;
        }
        loaded = List.copyOf(items);
        rows.clear();
        items.forEach(item -> rows.add(new Row(item)));
        draw();
    }

    /** After a save: what is shown is what is stored. */
    void saved() {
        loaded = items();
    }

    List<AgendaItem> items() {
        return rows.stream().map(r -> new AgendaItem(r.text.getValue(), r.readingId)).toList();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        getChildren().filter(Button.class::isInstance).forEach(b -> b.setVisible(!readOnly));
        draw();
    }

    /** Marks item {@code index}; the service names it "agenda.<index>". */
    void showProblem(int index, String message) {
        rows.forEach(r -> r.text.setInvalid(false));
        if (index >= 0 && index < rows.size()) {
            rows.get(index).text.setErrorMessage(message);
            rows.get(index).text.setInvalid(true);
        }
    }

    private void draw() {
        list.removeAll();
        rows.forEach(Row::forgetButtons);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.text.setLabel(getTranslation("meeting.agenda.item", i + 1));
            row.text.setReadOnly(readOnly);
            ListItem item = new ListItem(row.text);
            if (readings != null) {
                item.add(readingOf(row, i));
            }
            if (!readOnly) {
                int index = i;
                item.add(iconButton(VaadinIcon.ARROW_UP, "meeting.agenda.up", row, index > 0, () -> move(index, -1)),
                        iconButton(VaadinIcon.ARROW_DOWN, "meeting.agenda.down", row, index < rows.size() - 1,
                                () -> move(index, 1)),
                        iconButton(VaadinIcon.TRASH, "meeting.agenda.remove", row, true, () -> {
                            rows.remove(index);
                            draw();
                        }));
            }
            list.add(item);
        }
        add.setVisible(!readOnly);
    }

    /** A picker for those who edit; for the others, a link to the reading (or a note that they may not open it). */
    private com.vaadin.flow.component.Component readingOf(Row row, int index) {
        if (readOnly) {
            return readings.shown(row.readingId, this);
        }
        ComboBox<AgendaReadings.Choice> picker = row.picker;
        if (picker == null) {
            picker = new ComboBox<>();
            AgendaReadings.Choice current = readings.linked(row.readingId);
            // Fetched when the list opens; the linked reading first, even one the picker would not offer.
            picker.setItems(query -> {
                String filter = query.getFilter().orElse("");
                List<AgendaReadings.Choice> options = new ArrayList<>(readings.choices(filter));
                if (current != null && !options.contains(current) && filter.isBlank()) {
                    options.add(0, current);
                }
                return options.stream().skip(query.getOffset()).limit(query.getLimit());
            });
            picker.setItemLabelGenerator(this::label);
            picker.setClearButtonVisible(true);
            picker.setWidth("min(30rem, 100%)");
            picker.setValue(current);
            picker.addValueChangeListener(change -> row.readingId = change.getValue() == null ? null
                    : change.getValue().id().value());
            row.picker = picker;
        }
        picker.setLabel(getTranslation("meeting.agenda.reading", index + 1));
        Div withLink = new Div(picker);
        AgendaReadings.Choice stored = readings.linked(row.readingId);
        if (stored != null && stored.title() != null) {
            withLink.add(new Span(" "), InAppLink.to(ReadingLinks.reading(stored.id()),
                    getTranslation("meeting.agenda.reading.open")));
        }
        return withLink;
    }

    private String label(AgendaReadings.Choice choice) {
        return AgendaReadings.label(choice, this);
    }

    /** Icon-only, so labelled with the item's text, kept current as the text changes. */
    private Button iconButton(VaadinIcon icon, String key, Row row, boolean enabled, Runnable action) {
        Button button = new Button(new Icon(icon), click -> action.run());
        Runnable label = () -> {
            String text = getTranslation(key, row.text.getValue().isBlank() ? "…" : row.text.getValue());
            button.setAriaLabel(text);
            button.setTooltipText(text);
        };
        label.run();
        row.labels.add(row.text.addValueChangeListener(change -> label.run()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setEnabled(enabled);
        return button;
    }

    private void move(int index, int by) {
        rows.add(index + by, rows.remove(index));
        draw();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private static final class Row {
        private final TextField text = new TextField();
        private String readingId;
        private ComboBox<AgendaReadings.Choice> picker;
        private final List<Registration> labels = new ArrayList<>();

        Row(AgendaItem item) {
            text.setValue(item.text() == null ? "" : item.text());
            text.setWidth("min(30rem, 100%)");
            readingId = item.readingId();
        }

        void forgetButtons() {
            labels.forEach(Registration::remove);
            labels.clear();
        }
    }

    static final class SaveEvent extends ComponentEvent<AgendaEditor> {
        private final List<AgendaItem> items;

        SaveEvent(AgendaEditor source, List<AgendaItem> items) {
            super(source, false);
            this.items = items;
        }

        List<AgendaItem> items() {
            return items;
        }
    }
}
