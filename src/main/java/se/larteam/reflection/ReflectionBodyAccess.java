package se.larteam.reflection;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.larteam.collab.CollabAccess;
import se.larteam.collab.CollabDocumentAccess;
import se.larteam.collab.DocumentHome;
import se.larteam.collab.ReadableSnapshot;
import se.larteam.user.UserId;

/**
 * The co-edited body of a reflection, {@code reflection:<reflectionId>}: readable by whoever may read the reflection
 * now (its visibility and the team as they are), writable by its author alone, its history the author's alone. Asked
 * afresh on every check, so a visibility made private sends an open reader away at the next recheck
 * ({@code reflection.} events trigger one).
 */
@Component
class ReflectionBodyAccess implements CollabDocumentAccess {

    static final String PREFIX = "reflection:";

    private final ReflectionService reflections;

    ReflectionBodyAccess(ReflectionService reflections) {
        this.reflections = reflections;
    }

    @Override
    public boolean supports(String documentName) {
        return documentName.startsWith(PREFIX);
    }

    @Override
    public CollabAccess access(UserId user, String documentName) {
        return id(documentName).map(id -> reflections.bodyAccess(user, id)).orElse(CollabAccess.NONE);
    }

    /**
     * The history is the author's alone: its versions hold the body as it was while still a private draft, which
     * is the author's whatever the visibility says now ({@code ReflectionView} links to it for the author only).
     */
    @Override
    public CollabAccess historyAccess(UserId user, String documentName) {
        return access(user, documentName) == CollabAccess.WRITE ? CollabAccess.WRITE : CollabAccess.NONE;
    }

    /** The reflection's page, for the link back from the body's versions. */
    @Override
    public Optional<DocumentHome> home(String documentName) {
        return id(documentName).map(id -> new DocumentHome(ReflectionLinks.reflection(id), "reflection.versions.back"));
    }

    /** The author's readable copy becomes the stored body (lists, notifications and the reflection page read it). */
    @Override
    public void storeSnapshot(UserId writer, String documentName, ReadableSnapshot snapshot) {
        id(documentName).ifPresent(id -> reflections.storeCoEditedBody(writer, id, snapshot));
    }

    /** The body from before co-editing, or a guided template's prompts as headings (with any old answers). */
    @Override
    public Optional<String> initialText(String documentName) {
        return id(documentName).flatMap(reflections::initialBody);
    }

    private static Optional<ReflectionId> id(String documentName) {
        String id = documentName.substring(PREFIX.length());
        return id.isBlank() ? Optional.empty() : Optional.of(new ReflectionId(id));
    }
}
