/**
 * Outgoing e-mail through Spring Mail to the SMTP server named by {@code spring.mail.*}. Every message is recorded,
 * insert-only, in {@code outgoing_mail} with what became of it (sent, not sent because no server is configured,
 * failed), so administrators can see the outbox at {@code admin/utkorg}, and a demo works without a mail server.
 */
package se.larteam.mail;
