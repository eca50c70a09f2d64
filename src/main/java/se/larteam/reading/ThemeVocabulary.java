package se.larteam.reading;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A program's theme vocabulary as its organisers have edited it, read by {@code _id} (the program's id). A program
 * without one uses {@link ReadingThemes#DEFAULT}.
 */
@Document(ThemeVocabulary.COLLECTION)
record ThemeVocabulary(@Id String programId, List<String> themes) {

    static final String COLLECTION = "reading_themes";

    ThemeVocabulary {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
