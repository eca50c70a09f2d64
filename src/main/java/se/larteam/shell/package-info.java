/**
 * The application frame: the app shell (theme, push), the main layout with its navigation and user menu, and the
 * language each UI speaks. Features add their own menu entries with {@code @Menu}, so nothing here imports a view.
 */
package se.larteam.shell;
