/**
 * The research library's pages: a program's library (a lazy, filtered list), a reading's page (summary and
 * discussion questions first, the PDF, notes, editing for those allowed) and the page for adding a reading.
 */
package se.larteam.reading.ui;
