package se.larteam.collab;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.base.SwedishOrder;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * The history of a co-edited document ({@link DocumentVersions}): whoever may read the document lists and shows
 * its versions, whoever may write it restores one (as its owner's {@link CollabDocumentAccess#historyAccess} says,
 * asked on every call). A version taken is published live on {@link CollabLinks#historyTopic}
 * ({@link DocumentVersions}).
 */
@Service
public class CollabHistoryService {

    private final CollabService collab;
    private final DocumentVersions versions;
    private final RestoreLocks restores;
    private final UserService users;

    CollabHistoryService(CollabService collab, DocumentVersions versions, RestoreLocks restores, UserService users) {
        this.collab = collab;
        this.versions = versions;
        this.restores = restores;
        this.users = users;
    }

    /** The document's versions, newest first. */
    public List<VersionSummary> versions(UserId actor, String documentName) {
        require(actor, documentName, CollabAccess.READ);
        List<DocumentVersion> list = versions.list(documentName);
        Map<UserId, String> names = users.displayNames(list.stream().flatMap(v -> v.authors().stream())
                .map(UserId::new).collect(Collectors.toSet()));
        return list.stream().map(v -> summary(v, names)).toList();
    }

    /** One version's content; unknown versions are refused like foreign ones. */
    public VersionDetails version(UserId actor, VersionId id) {
        DocumentVersion version = versions.find(id).orElseThrow(() -> denied(actor, id));
        CollabAccess access = require(actor, version.doc(), CollabAccess.READ);
        Set<UserId> authors = version.authors().stream().map(UserId::new).collect(Collectors.toSet());
        return new VersionDetails(summary(version, users.displayNames(authors)), version.html(), version.text(),
                access == CollabAccess.WRITE);
    }

    /**
     * The page the document belongs to (the meeting, the reflection), for a link back from its history; refused
     * like {@link #versions} to whoever may not read the history.
     */
    public Optional<DocumentHome> home(UserId actor, String documentName) {
        require(actor, documentName, CollabAccess.READ);
        return collab.home(documentName);
    }

    /**
     * Asks to restore the version: the ticket goes to the person's own editor of the document, which makes the
     * change as an ordinary edit ({@link RestoreLocks}). Refused with {@code collab.history.restore-busy} while
     * someone else restores the same document.
     */
    public RestoreTicket restore(UserId actor, VersionId id) {
        DocumentVersion version = versions.find(id).orElseThrow(() -> denied(actor, id));
        require(actor, version.doc(), CollabAccess.WRITE);
        return restores.request(actor, version.doc(), id)
                .orElseThrow(() -> new InvalidInputException("restore", "collab.history.restore-busy"));
    }

    private CollabAccess require(UserId actor, String documentName, CollabAccess needed) {
        CollabAccess access = collab.historyAccessOrNone(actor, documentName);
        if (access == CollabAccess.NONE || needed == CollabAccess.WRITE && access != CollabAccess.WRITE) {
            throw denied(actor, documentName);
        }
        return access;
    }

    private static VersionSummary summary(DocumentVersion version, Map<UserId, String> names) {
        List<String> authors = version.authors().stream().map(id -> names.getOrDefault(new UserId(id), "?"))
                .sorted(SwedishOrder.strings()).toList();
        return new VersionSummary(new VersionId(version.id()), version.doc(), version.at(), version.kind(), authors);
    }

    private static NotPermittedException denied(UserId actor, Object target) {
        return new NotPermittedException(actor + " may not see the history of " + target);
    }
}
