/**
 * The Yjs update format (v1, the one y-protocols and the Hocuspocus provider send) in plain Java: decoding with
 * strict validation, {@code mergeUpdates}, {@code encodeStateVectorFromUpdate} and {@code diffUpdate} giving the
 * same bytes as the {@code yjs} npm package (pinned in {@code frontend/package.json}; golden vectors prove it).
 * The server keeps documents as opaque updates and never builds a document model, so no CRDT integration lives here.
 */
package se.larteam.collab.yjs;
