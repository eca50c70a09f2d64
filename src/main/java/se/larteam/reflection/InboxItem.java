package se.larteam.reflection;

/** A shared reflection waiting for a process leader's comment. */
public record InboxItem(ReflectionSummary reflection, String teamName) {
}
