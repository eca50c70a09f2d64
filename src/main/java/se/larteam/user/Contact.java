package se.larteam.user;

import java.util.Locale;

/**
 * How to reach a person, for services that have already checked that their caller may: address, name, language,
 * and whether a password is set (without one the person cannot sign in yet).
 */
public record Contact(UserId id, String email, String displayName, Locale language, boolean passwordSet) {
}
