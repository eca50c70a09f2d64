/**
 * The research library (forskningstexter, läsningar): readings a team collects and discusses, and the program's
 * shared library that its participants, organisers and readers browse. A team's own readings stay inside the team
 * (members and process leaders, not organisers: the team is a safe room); sharing to the library is a deliberate
 * step by a process leader. PDF attachments live in GridFS with their text kept for search and a thumbnail.
 * Everything goes through {@link se.larteam.reading.ReadingService}, which checks access from current membership
 * on every call.
 */
package se.larteam.reading;
