package se.larteam.reading;

/**
 * The two grounds Swedish education must rest on (skollagen 1 kap. 5 §): a scientific basis, or proven
 * experience (practice that has been tried, followed up and documented).
 */
public enum Evidence {
    /** Vetenskaplig grund. */
    RESEARCH,
    /** Beprövad erfarenhet. */
    PROVEN_EXPERIENCE
}
