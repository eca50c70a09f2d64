package se.larteam.meeting;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A program's default agenda for new meetings, keyed by the program's id. */
@Document(AgendaTemplate.COLLECTION)
record AgendaTemplate(@Id String id, List<String> items) {

    static final String COLLECTION = "meeting_templates";

    /**
     * The "lärande samtal" structure, offered when a program has no template of its own. Stored content, not UI
     * text: it becomes the agenda's own text, in the language the teams work in.
     */
    static final List<String> LEARNING_CONVERSATION = List.of(
            "Uppföljning: hur gick det med det vi skulle pröva sedan förra gången?",
            "Individuell reflektion kring dagens tema",
            "Samtalsrundor: var och en delar, de andra lyssnar och ställer frågor",
            "Sammanfattning: vad tar vi med oss?",
            "Till nästa gång: vad prövar var och en i praktiken?",
            "Hur gick samtalet? Kort utvärdering");

    AgendaTemplate {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
