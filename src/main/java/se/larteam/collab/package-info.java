/**
 * Live co-editing (issue #8): the {@code /collab} websocket speaking the Hocuspocus protocol
 * ({@link se.larteam.collab.CollabHandler}), the MongoDB update log ({@link se.larteam.collab.UpdateLog}), who may
 * open which document ({@link se.larteam.collab.CollabService}, asking the features' {@link
 * se.larteam.collab.CollabDocumentAccess} beans), seeding a document's initial text once under a lock
 * ({@link se.larteam.collab.SeedLocks}), readable copies of documents ({@link se.larteam.collab.ReadableSnapshot}),
 * the browser editor as a Vaadin component ({@link se.larteam.collab.CollabEditor}, loading the module built from
 * {@code frontend/src/collab-editor.js}), and in {@link se.larteam.collab.yjs} the Yjs update format in Java.
 */
package se.larteam.collab;
