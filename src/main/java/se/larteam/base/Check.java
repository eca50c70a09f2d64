package se.larteam.base;

import java.util.regex.Pattern;

/** Validation helpers for service boundaries: each throws {@link InvalidInputException} with a translation key. */
public final class Check {

    // Pragmatic rather than RFC 5322: one @, no spaces, a dot in the domain.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Check() {
    }

    /** Trims the text and rejects it when blank or longer than {@code maxLength}. */
    public static String requiredText(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, "validation.required");
        }
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "validation.too-long", maxLength);
        }
        return trimmed;
    }

    /** Trims the text (blank becomes empty) and rejects it when longer than {@code maxLength}. */
    public static String optionalText(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "validation.too-long", maxLength);
        }
        return trimmed;
    }

    /** Normalises an e-mail address to lower case and rejects malformed ones. */
    public static String email(String field, String value) {
        String email = requiredText(field, value, 254).toLowerCase(java.util.Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException(field, "validation.email");
        }
        return email;
    }
}
