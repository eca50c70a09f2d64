/**
 * Sign-in and the signed-in person: the Spring Security set-up around Vaadin, the login view, throttling of
 * repeated wrong passwords (shared by all nodes through MongoDB), the first administrator, and
 * {@link se.larteam.security.CurrentUser}, which views use to capture who acts when they attach.
 */
package se.larteam.security;
