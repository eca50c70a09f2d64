/**
 * Invitations and password links: organisers invite the people of their programs, anyone can ask for a new password,
 * and both end on the public set-password page ({@code losenord/<token>}). A link carries at least 128 random bits;
 * only its SHA-256 hash is stored; it works once, expires, and a newer link for the same person supersedes older
 * unused ones. Mail goes out through {@link se.larteam.mail.MailService}.
 */
package se.larteam.invitation;
