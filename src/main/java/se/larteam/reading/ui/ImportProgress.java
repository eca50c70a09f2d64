package se.larteam.reading.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** The import's progress: a bar with its label and "stored of total" as text, announced politely to screen readers. */
class ImportProgress extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();

    ImportProgress() {
        Span label = new Span(getTranslation("reading.import.storing"));
        label.setId("reading-import-progress-label");
        bar.getElement().setAttribute("aria-labelledby", "reading-import-progress-label");
        bar.setIndeterminate(true);
        text.getElement().setAttribute("aria-live", "polite");
        add(label, bar, text);
    }

    void show(int stored, int total) {
        bar.setIndeterminate(false);
        bar.setValue(total == 0 ? 1 : stored / (double) total);
        text.setText(getTranslation("reading.import.stored", stored, total));
    }

    double value() {
        return bar.isIndeterminate() ? -1 : bar.getValue();
    }

    String text() {
        return text.getText();
    }
}
