package se.larteam.reflection;

import java.time.Instant;
import java.util.List;

import se.larteam.user.UserId;

/**
 * A comment as shown: a deleted one keeps its place in the thread with no text ("borttagen"); {@code editedAt}
 * is set once it has been changed ("redigerad"). {@code mentions} are the people its @mentions resolved to.
 */
public record Comment(String id, String parentId, UserId author, String authorName, String text, Instant at,
        Instant editedAt, boolean deleted, List<UserId> mentions, boolean mine) {
}
