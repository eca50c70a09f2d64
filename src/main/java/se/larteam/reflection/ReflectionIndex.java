package se.larteam.reflection;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The ids of one team's or one author's reflections ({@code _id} "team:&lt;id&gt;" or "author:&lt;id&gt;"), read
 * by {@code _id}: the embedded server ignores non-unique indexes and would scan every reflection for a query on
 * {@code teamId}.
 */
@Document(ReflectionIndex.COLLECTION)
record ReflectionIndex(@Id String id, List<String> reflections) {

    static final String COLLECTION = "reflection_index";

    ReflectionIndex {
        reflections = reflections == null ? List.of() : List.copyOf(reflections);
    }

    static String team(String teamId) {
        return "team:" + teamId;
    }

    static String author(String authorId) {
        return "author:" + authorId;
    }
}
