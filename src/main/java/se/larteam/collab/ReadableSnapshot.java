package se.larteam.collab;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A readable copy of a co-edited document, made from the editor's rendered content (ProseMirror JSON as TipTap's
 * starter kit writes it) for display elsewhere, exports and search: sanitised HTML and plain text (one line per
 * block). Content outside the editor's schema is refused as a whole, and the HTML is cleaned with a jsoup
 * {@link Safelist} anyway, so nothing a client sends can become script or style.
 *
 * @param version how much of the document the copy reflects (the sum of the sender's Yjs state vector): a copy with
 *                a lower version than one stored is stale
 */
public record ReadableSnapshot(String html, String text, long version) {

    static final int MAX_DEPTH = 32;
    private static final Map<String, String> BLOCKS = Map.of("paragraph", "p", "bulletList", "ul",
            "orderedList", "ol", "listItem", "li", "blockquote", "blockquote", "codeBlock", "pre");
    private static final Map<String, String> MARKS = Map.of("bold", "strong", "italic", "em", "strike", "s",
            "code", "code", "underline", "u");
    private static final Set<String> LEAVES = Set.of("text", "hardBreak", "horizontalRule");
    private static final Safelist SAFE = Safelist.basic().addTags("h2", "h3", "h4", "hr", "s", "u", "pre")
            .removeTags("a");

    /** The copy of this content, or empty when it is not a document of the editor's schema. */
    static Optional<ReadableSnapshot> of(Object content, long version) {
        if (!(content instanceof Document doc) || !"doc".equals(doc.getString("type"))) {
            return Optional.empty();
        }
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        try {
            children(doc, html, text, 0);
        } catch (IllegalArgumentException | ClassCastException notOurSchema) {
            return Optional.empty();
        }
        String clean = Jsoup.clean(html.toString(), "", SAFE,
                new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
        return Optional.of(new ReadableSnapshot(clean, text.toString().strip(), version));
    }

    private static void children(Document node, StringBuilder html, StringBuilder text, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("too deep");
        }
        Object content = node.get("content");
        if (content == null) {
            return;
        }
        for (Object child : (List<?>) content) {
            node((Document) child, html, text, depth + 1);
        }
    }

    private static void node(Document node, StringBuilder html, StringBuilder text, int depth) {
        String type = String.valueOf(node.get("type"));
        switch (type) {
            case "text" -> {
                String value = node.getString("text");
                if (value == null) {
                    throw new IllegalArgumentException("text without text");
                }
                StringBuilder marked = new StringBuilder(escape(value));
                Object marks = node.get("marks");
                if (marks != null) {
                    for (Object mark : (List<?>) marks) {
                        String tag = MARKS.get(String.valueOf(((Document) mark).get("type")));
                        if (tag == null) {
                            throw new IllegalArgumentException("unknown mark");
                        }
                        marked.insert(0, "<" + tag + ">").append("</").append(tag).append('>');
                    }
                }
                html.append(marked);
                text.append(value);
            }
            case "hardBreak" -> {
                html.append("<br>");
                text.append('\n');
            }
            case "horizontalRule" -> {
                html.append("<hr>");
                text.append("\n");
            }
            case "heading" -> {
                Object level = node.get("attrs") instanceof Document attrs ? attrs.get("level") : null;
                int h = level instanceof Number n ? Math.clamp(n.intValue(), 2, 4) : 3;
                block("h" + h, node, html, text, depth);
            }
            default -> {
                String tag = BLOCKS.get(type);
                if (tag == null || LEAVES.contains(type)) {
                    throw new IllegalArgumentException("unknown node " + type);
                }
                if ("listItem".equals(type)) {
                    text.append("- ");
                }
                block(tag, node, html, text, depth);
            }
        }
    }

    private static void block(String tag, Document node, StringBuilder html, StringBuilder text, int depth) {
        html.append('<').append(tag).append('>');
        children(node, html, text, depth);
        html.append("</").append(tag).append('>');
        if (!tag.equals("ul") && !tag.equals("ol") && !tag.equals("li")) {
            text.append('\n');
        }
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
