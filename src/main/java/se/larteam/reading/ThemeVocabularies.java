package se.larteam.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.larteam.base.InvalidInputException;
import se.larteam.base.SwedishOrder;
import se.larteam.program.ProgramId;

/**
 * Reads and changes a program's theme vocabulary; {@link ReadingService} checks who may. A rename also renames the
 * theme on the program's readings (so filters keep finding them); a removed theme stays on the readings that have
 * it, as a free tag.
 */
@Component
class ThemeVocabularies {

    static final int MAX_THEMES = 100;

    private final MongoTemplate mongo;

    ThemeVocabularies(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    List<String> of(ProgramId program) {
        ThemeVocabulary stored = mongo.findById(program.value(), ThemeVocabulary.class);
        return stored == null ? sorted(ReadingThemes.DEFAULT) : stored.themes();
    }

    void add(ProgramId program, String theme) {
        String clean = valid("theme", theme);
        List<String> themes = new ArrayList<>(of(program));
        requireNew(themes, clean, "theme");
        if (themes.size() >= MAX_THEMES) {
            throw new InvalidInputException("theme", "reading.vocabulary.too-many", MAX_THEMES);
        }
        themes.add(clean);
        save(program, themes);
    }

    void rename(ProgramId program, String from, String to) {
        String clean = valid("to", to);
        List<String> themes = new ArrayList<>(of(program));
        int index = themes.indexOf(from);
        if (index < 0) {
            throw new InvalidInputException("from", "reading.vocabulary.unknown");
        }
        if (!clean.toLowerCase(Locale.ROOT).equals(from.toLowerCase(Locale.ROOT))) {
            requireNew(themes, clean, "to");
        }
        themes.set(index, clean);
        save(program, themes);
        // Positional update, one matching element per reading: validation keeps a reading's themes distinct.
        mongo.updateMulti(Query.query(Criteria.where("programId").is(program.value()).and("themes").is(from)),
                new Update().set("themes.$", clean), Reading.class);
    }

    void remove(ProgramId program, String theme) {
        List<String> themes = new ArrayList<>(of(program));
        if (!themes.remove(theme)) {
            throw new InvalidInputException("theme", "reading.vocabulary.unknown");
        }
        save(program, themes);
    }

    private void save(ProgramId program, List<String> themes) {
        mongo.findAndReplace(Query.query(Criteria.where("_id").is(program.value())),
                new ThemeVocabulary(program.value(), sorted(themes)), FindAndReplaceOptions.options().upsert());
    }

    private static String valid(String field, String theme) {
        String clean = theme == null ? "" : theme.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new InvalidInputException(field, "reading.vocabulary.empty");
        }
        if (clean.length() > ReadingValidation.THEME_MAX) {
            throw new InvalidInputException(field, "reading.theme.too-long", ReadingValidation.THEME_MAX);
        }
        return clean;
    }

    private static void requireNew(List<String> themes, String theme, String field) {
        if (themes.stream().anyMatch(t -> t.equalsIgnoreCase(theme))) {
            throw new InvalidInputException(field, "reading.vocabulary.exists", theme);
        }
    }

    private static List<String> sorted(List<String> themes) {
        return themes.stream().sorted(SwedishOrder.strings()).toList();
    }
}
