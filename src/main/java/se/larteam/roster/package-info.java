/**
 * The roster: bringing a program's participants in from a CSV file (what Swedish Excel writes, or UTF-8), with a
 * preview and a per-row report, all or nothing, into the program and its teams.
 */
package se.larteam.roster;
