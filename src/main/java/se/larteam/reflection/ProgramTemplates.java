package se.larteam.reflection;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The reflection templates a program has enabled and its own templates, read by {@code _id} (the program's id).
 * Each part is written on its own ($set, $push, $pull), so enabling built-in ones never loses the program's own.
 */
@Document(ProgramTemplates.COLLECTION)
record ProgramTemplates(@Id String id, List<ReflectionTemplate> enabled, List<Own> own) {

    static final String COLLECTION = "reflection_templates";

    ProgramTemplates {
        enabled = enabled == null ? List.of() : List.copyOf(enabled);
        own = own == null ? List.of() : List.copyOf(own);
    }

    record Own(String id, String name, List<String> prompts) {
        Own {
            prompts = prompts == null ? List.of() : List.copyOf(prompts);
        }
    }
}
