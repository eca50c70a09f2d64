package se.larteam.reflection;

import java.time.Instant;

import se.larteam.user.UserId;

/** A process leader opened the shared reflection (the first time, and the latest). */
public record ReadReceipt(UserId reader, String readerName, Instant firstAt, Instant lastAt) {
}
