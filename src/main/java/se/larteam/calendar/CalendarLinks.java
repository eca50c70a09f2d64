package se.larteam.calendar;

/**
 * Addresses of the calendar's page and feeds, for links from other features. The feeds ({@code /kalender/<token>.ics})
 * are named as public paths in the security configuration.
 */
public final class CalendarLinks {

    /** The signed-in person's calendar page ("Min kalender"). */
    public static final String PAGE = "kalender";

    private CalendarLinks() {
    }

    static String feed(String token) {
        return "/kalender/" + token + ".ics";
    }
}
