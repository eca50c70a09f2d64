/**
 * In-app notifications: a comment on your reflection, a mention, a newly shared reflection. Each person's
 * notifications sit in one document read by {@code _id}; each new one is a live event on that person's topic with
 * only them in the audience. Features answer through {@link se.larteam.notification.NotificationSubjects} whether
 * the person may still see what a notification is about, so a notification never reveals more than its subject.
 */
package se.larteam.notification;
