package se.larteam.collab;

import java.util.List;

import org.springframework.stereotype.Component;

import se.larteam.live.LiveEvent;
import se.larteam.live.LiveEventObserver;

/**
 * Sends people away from documents they may no longer read, at once and on every node: each node hears the live
 * events of memberships (team moves and removals, program people), of programs and of meetings (approval makes
 * notes read-only for members) and rechecks the documents open on it. Events of other kinds cannot change access.
 */
@Component
class AccessRecheck implements LiveEventObserver {

    private static final List<String> MAY_CHANGE_ACCESS = List.of("team.", "program.", "meeting.", "reflection.");

    private final CollabHandler handler;

    AccessRecheck(CollabHandler handler) {
        this.handler = handler;
    }

    @Override
    public void observed(LiveEvent event) {
        if (MAY_CHANGE_ACCESS.stream().anyMatch(event.kind()::startsWith)) {
            handler.requestRecheck();
        }
    }
}
