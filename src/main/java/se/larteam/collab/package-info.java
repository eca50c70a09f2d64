/**
 * Live co-editing of documents (issue #8). So far only the foundation: {@link se.larteam.collab.yjs} reads, merges
 * and diffs Yjs updates in Java; the Hocuspocus websocket server and its storage come next.
 */
package se.larteam.collab;
