/**
 * The MongoDB connection: a real server named by {@code MONGODB_URI}, or the embedded MongoDB-compatible server
 * (mongo-java-server, H2 files under the data folder) started in-process and reached over the wire. Also owns the
 * embedded server's oplog trimming and a {@code ping}-based health check that works on both.
 */
package se.larteam.database;
