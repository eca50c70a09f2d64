/**
 * People who can sign in: their profile, e-mail, password hash, language and whether they administer the system.
 * Roles in programs and teams are not here: they live with the program and the team, so that access always
 * follows current membership.
 */
package se.larteam.user;
