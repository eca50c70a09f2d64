package se.larteam.collab;

import java.util.Set;
import java.util.function.Predicate;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import se.larteam.live.AccessRules;
import se.larteam.user.UserId;

/**
 * Who may follow a document's history live and hear of its new versions: whoever may read its versions now, as the
 * document's owner says ({@link CollabDocumentAccess#historyAccess}). Asked per subscriber: a history page is open
 * for few people at a time.
 */
@Component
class CollabHistoryAccessRules implements AccessRules {

    private final CollabService collab;

    // Lazy: the owners' access beans depend on their services, some of which depend on the live mechanism.
    CollabHistoryAccessRules(@Lazy CollabService collab) {
        this.collab = collab;
    }

    @Override
    public Set<String> scopes() {
        return Set.of(CollabLinks.HISTORY_SCOPE);
    }

    @Override
    public Predicate<UserId> whoMaySee(String scope, String documentName) {
        return user -> collab.historyAccessOrNone(user, documentName) != CollabAccess.NONE;
    }
}
