package se.larteam.reflection;

import java.util.List;

/**
 * A reflection as one person may see it: its comments in thread order (each top-level comment followed by its
 * replies), the read receipts and visibility history (for the author only; empty for others), and what the viewer
 * may do.
 */
public record ReflectionDetails(ReflectionSummary summary, String teamName, String body, List<Comment> comments,
        List<ReadReceipt> readBy, List<VisibilityChange> visibilityHistory, boolean mine, boolean mayComment,
        ReflectionTemplate template, List<String> answers) {
}
