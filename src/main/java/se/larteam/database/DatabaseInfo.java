package se.larteam.database;

/** Which kind of server this node talks to, for features whose defaults differ (demo data) and for logs. */
public record DatabaseInfo(boolean embedded, String description) {
}
