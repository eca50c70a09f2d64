package se.larteam.reflection;

import java.util.List;

/**
 * A reflection as one person may see it: its comments in thread order (each top-level comment followed by its
 * replies), the read receipts and visibility history (for the author only; empty for others), and what the viewer
 * may do. {@code body} is plain text and {@code bodyHtml} sanitised HTML of the co-edited body's latest copy;
 * {@code templateName} the guided template it was written with (empty when none).
 */
public record ReflectionDetails(ReflectionSummary summary, String teamName, String body, List<Comment> comments,
        List<ReadReceipt> readBy, List<VisibilityChange> visibilityHistory, boolean mine, boolean mayComment,
        ReflectionTemplate template, List<String> answers, String bodyHtml, String templateName) {
}
