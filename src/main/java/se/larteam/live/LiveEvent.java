package se.larteam.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import se.larteam.user.UserId;

/**
 * A change others should see, as recorded: what happened ({@code kind}, e.g. {@code team.members-changed}), which
 * topics it concerns, who may receive it, who did it and when, and a little data (ids, never content that the
 * audience rules would hide).
 */
public record LiveEvent(String id, String kind, List<Topic> topics, Audience audience, UserId actor, Instant at,
        Map<String, String> data) {

    public LiveEvent {
        topics = List.copyOf(topics);
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
