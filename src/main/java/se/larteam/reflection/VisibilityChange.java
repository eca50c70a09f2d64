package se.larteam.reflection;

import java.time.Instant;

import se.larteam.user.UserId;

/** Who changed a reflection's visibility, when, from what to what. */
public record VisibilityChange(UserId by, Instant at, Visibility from, Visibility to) {
}
