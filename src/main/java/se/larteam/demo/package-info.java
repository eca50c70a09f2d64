/**
 * Demo data modelled on the seeds: one municipality's program "Leda för skolutveckling" with three learning teams.
 * Loaded through the public services, exactly once per database, when {@code larteam.demo-data} says so.
 */
package se.larteam.demo;
