package se.larteam.reflection;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One reflection with its comments, visibility history, read receipts and "handled" marks in one document, read
 * by {@code _id}. Lists rather than maps, because user ids are not safe field names in every store.
 *
 * <p>The body is co-edited ({@code reflection:<id>} on {@code /collab}): {@code body} (plain text) and
 * {@code bodyHtml} (sanitised) are the author's editor's latest readable copy, {@code bodyVersion} how much of the
 * document it reflects; before that copy, {@code body} is the text written before co-editing. A guided template's
 * name and prompts are kept on the reflection ({@code templateName}, {@code prompts}), so removing a program's own
 * template ({@code ownTemplateId}) never changes a reflection written with it.
 */
@Document(Reflection.COLLECTION)
record Reflection(@Id String id, String teamId, String authorId, String meetingId, String theme, String title,
        String body, Visibility visibility, ReflectionStatus status, Instant createdAt, Instant updatedAt,
        Instant sharedAt, List<CommentDoc> comments, List<Change> visibilityHistory, List<Read> reads,
        List<String> handledBy, ReflectionTemplate template, List<String> answers, String bodyHtml,
        Long bodyVersion, String ownTemplateId, String templateName, List<String> prompts) {

    static final String COLLECTION = "reflections";

    Reflection {
        comments = comments == null ? List.of() : List.copyOf(comments);
        visibilityHistory = visibilityHistory == null ? List.of() : List.copyOf(visibilityHistory);
        reads = reads == null ? List.of() : List.copyOf(reads);
        handledBy = handledBy == null ? List.of() : List.copyOf(handledBy);
        answers = answers == null ? List.of() : List.copyOf(answers);
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        theme = theme == null ? "" : theme;
    }

    record CommentDoc(String id, String parentId, String authorId, String text, Instant at, Instant editedAt,
            boolean deleted, List<String> mentions) {
        CommentDoc {
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }

    record Change(String by, Instant at, Visibility from, Visibility to) {
    }

    record Read(String readerId, Instant firstAt, Instant lastAt) {
    }
}
