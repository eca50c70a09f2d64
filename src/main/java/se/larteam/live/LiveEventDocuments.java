package se.larteam.live;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import se.larteam.user.UserId;

/** The stored form of a {@link LiveEvent}: plain documents, so nothing depends on mapping details. */
final class LiveEventDocuments {

    static final String COLLECTION = "live_events";

    private LiveEventDocuments() {
    }

    static Document toDocument(LiveEvent event) {
        List<Document> topics = event.topics().stream()
                .map(t -> new Document("scope", t.scope()).append("id", t.id())).toList();
        Audience audience = event.audience();
        Document audienceDocument = new Document("scope", audience.scope()).append("id", audience.id())
                .append("people", audience.people().stream().map(UserId::value).toList());
        return new Document("_id", new ObjectId(event.id()))
                .append("kind", event.kind())
                .append("topics", topics)
                .append("audience", audienceDocument)
                .append("actor", event.actor() == null ? null : event.actor().value())
                .append("at", Date.from(event.at()))
                .append("data", new Document(new HashMap<>(event.data())));
    }

    static LiveEvent fromDocument(Document document) {
        List<Topic> topics = new ArrayList<>();
        for (Document topic : document.getList("topics", Document.class, List.of())) {
            topics.add(new Topic(topic.getString("scope"), topic.getString("id")));
        }
        Document audienceDocument = document.get("audience", Document.class);
        Set<UserId> people = new HashSet<>();
        for (String person : audienceDocument.getList("people", String.class, List.of())) {
            people.add(new UserId(person));
        }
        Audience audience = new Audience(audienceDocument.getString("scope"), audienceDocument.getString("id"), people);
        Map<String, String> data = new HashMap<>();
        Document dataDocument = document.get("data", Document.class);
        if (dataDocument != null) {
            dataDocument.forEach((key, value) -> data.put(key, String.valueOf(value)));
        }
        String actor = document.getString("actor");
        return new LiveEvent(document.getObjectId("_id").toHexString(), document.getString("kind"), topics, audience,
                actor == null ? null : new UserId(actor), document.getDate("at").toInstant(), data);
    }
}
