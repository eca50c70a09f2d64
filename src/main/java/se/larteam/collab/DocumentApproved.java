package se.larteam.collab;

import se.larteam.user.UserId;

/**
 * Published (as a Spring application event) by the feature owning a co-edited document when it approves it, e.g.
 * a meeting's minutes: collab then keeps the document as it stands as an approval version. An event rather than a
 * call, because the owners' access beans are what collab's services ask, so a call back would be a cycle.
 */
public record DocumentApproved(UserId actor, String documentName) {
}
