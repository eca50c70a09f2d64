/**
 * Programs (satsningar): multi-year efforts run by a municipality or a university, with their organisers,
 * participants and library readers. Program-level roles are kept on the program and read on every call.
 */
package se.larteam.program;
