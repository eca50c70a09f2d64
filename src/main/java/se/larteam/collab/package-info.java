/**
 * Live co-editing (issue #8): the {@code /collab} websocket speaking the Hocuspocus protocol
 * ({@link se.larteam.collab.CollabHandler}), the MongoDB update log ({@link se.larteam.collab.UpdateLog}), who may
 * open which document ({@link se.larteam.collab.CollabService}, asking the features' {@link
 * se.larteam.collab.CollabDocumentAccess} beans), and in {@link se.larteam.collab.yjs} the Yjs update format in Java.
 */
package se.larteam.collab;
