package se.larteam.user;

/** What an administrator (and later an organiser's import) gives to create an account. */
public record NewUser(String email, String displayName, String title, String unit) {
}
