/**
 * Shared kernel: the exceptions every service throws at its boundary, the clock and time zone, Swedish
 * collation and the translations. Depends on no other feature.
 */
package se.larteam.base;
