package se.larteam.reflection;

import java.util.List;

import org.bson.Document;

import se.larteam.collab.CollabDocumentAccess;
import se.larteam.collab.NodeClient;
import se.larteam.collab.CollabService;
import se.larteam.collab.ReadableSnapshot;
import se.larteam.user.UserId;

/**
 * What a reflection's author's editor does with the body, for tests: send its readable copy, either through the
 * real {@code /collab} protocol (the official provider in Node, the server turning ProseMirror JSON into sanitised
 * HTML) or, where no server runs (Karibu), straight to the document's owner as the server would.
 */
public final class ReflectionBodies {

    private ReflectionBodies() {
    }

    /** The editor's content for these lines: one paragraph each. */
    public static Document paragraphs(List<String> lines) {
        return new Document("type", "doc").append("content", lines.stream().map(line -> new Document("type",
                "paragraph").append("content", List.of(new Document("type", "text").append("text", line)))).toList());
    }

    /** Opens the body as this person on the server at {@code port} and sends this content as its readable copy. */
    public static Document sendThroughEditor(int port, CollabService collab, UserId writer, ReflectionId id,
            Document content, long version) throws Exception {
        return NodeClient.runScript("seed-client.mjs", port, new Document("doc", id.bodyDocument())
                .append("tokens", List.of(collab.issueToken(writer)))
                .append("snapshots", List.of(new Document("client", 0).append("content", content)
                        .append("version", version))));
    }

    /** As the server hands an editor's copy (plain lines as paragraphs) to the body's owner. */
    public static void store(List<CollabDocumentAccess> owners, UserId writer, ReflectionId id, String text,
            long version) {
        StringBuilder html = new StringBuilder();
        text.lines().forEach(line -> html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;")).append("</p>"));
        owner(owners, id).storeSnapshot(writer, id.bodyDocument(), new ReadableSnapshot(html.toString(), text,
                version));
    }

    /** The text the body's document starts with (seeded once by the first editor). */
    public static String initialText(List<CollabDocumentAccess> owners, ReflectionId id) {
        return owner(owners, id).initialText(id.bodyDocument()).orElse("");
    }

    private static CollabDocumentAccess owner(List<CollabDocumentAccess> owners, ReflectionId id) {
        return owners.stream().filter(o -> o.supports(id.bodyDocument())).findFirst().orElseThrow();
    }
}
