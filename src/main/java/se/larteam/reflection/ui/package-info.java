/** The reflection pages: my reflection log, the editor, a reflection with its comments, the process leaders' inbox. */
package se.larteam.reflection.ui;
