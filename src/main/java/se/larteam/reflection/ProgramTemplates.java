package se.larteam.reflection;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The reflection templates a program has enabled, read by {@code _id} (the program's id). */
@Document(ProgramTemplates.COLLECTION)
record ProgramTemplates(@Id String id, List<ReflectionTemplate> enabled) {

    static final String COLLECTION = "reflection_templates";

    ProgramTemplates {
        enabled = enabled == null ? List.of() : List.copyOf(enabled);
    }
}
