package se.larteam.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import se.larteam.base.Time;

/** Writes a person's entries as an iCalendar feed (RFC 5545, published per RFC 5546), with ical4j. */
final class ICalendarWriter {

    static final String PRODUCT_ID = "-//Lärteam//Lärteam kalender//SV";
    /** How often calendar apps are asked to look again; Google decides for itself (often once a day). */
    static final Duration REFRESH = Duration.ofHours(1);

    private static final VTimeZone STOCKHOLM = stockholm();

    private ICalendarWriter() {
    }

    /**
     * @param organizerAddress a mailto address for ORGANIZER, which RFC 5546 requires on a published event
     */
    static String write(String calendarName, List<CalendarEntry> entries, Instant now, String organizerAddress) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", Time.STOCKHOLM.getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        calendar.add(STOCKHOLM.copy());
        URI organizer = URI.create("mailto:" + organizerAddress);
        DtStamp stamp = new DtStamp(now);
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, stamp, organizer));
        }
        return calendar.toString();
    }

    private static VEvent event(CalendarEntry entry, DtStamp stamp, URI organizerAddress) {
        // Swedish local time with TZID=Europe/Stockholm, so the apps move events across daylight saving correctly.
        VEvent event = new VEvent(entry.start().withZoneSameInstant(Time.STOCKHOLM),
                entry.end().withZoneSameInstant(Time.STOCKHOLM), entry.title());
        event.replace(stamp); // the constructor stamps the event itself; one DTSTAMP for the whole feed instead
        event.add(new Uid(entry.uid()));
        Organizer organizer = new Organizer(organizerAddress);
        organizer.add(new Cn("Lärteam"));
        event.add(organizer);
        if (!entry.location().isEmpty()) {
            event.add(new Location(entry.location()));
            link(entry.location()).ifPresent(url -> event.add(new Url(url)));
        }
        if (!entry.description().isEmpty()) {
            event.add(new Description(entry.description()));
        }
        if (entry.title().isEmpty()) {
            event.replace(new Summary("Lärteam"));
        }
        return event;
    }

    /** The place as a web address, when it is one (a meeting link). */
    static java.util.Optional<URI> link(String place) {
        String lower = place.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || place.chars().anyMatch(Character::isWhitespace)) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = new URI(place);
            return uri.getHost() == null ? java.util.Optional.empty() : java.util.Optional.of(uri);
        } catch (java.net.URISyntaxException notALink) {
            return java.util.Optional.empty();
        }
    }

    // ical4j's bundled definition for Stockholm is tzdata's, where Stockholm is a link to Berlin (same rules since
    // 1980): its TZID is renamed so the VTIMEZONE matches the TZID our DTSTART/DTEND carry.
    private static VTimeZone stockholm() {
        VTimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(Time.STOCKHOLM.getId())
                .getVTimeZone().copy();
        zone.replace(new TzId(Time.STOCKHOLM.getId()));
        zone.removeAll("TZURL", "X-LIC-LOCATION");
        return zone;
    }
}
