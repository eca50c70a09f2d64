package se.larteam.base;

import java.util.Arrays;
import java.util.Objects;

/**
 * Input rejected at a service boundary. Carries a translation key (and its arguments) so the UI can show the
 * message in the user's language, and the name of the field it concerns, if any.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = arguments.clone();
    }

    /** The field the message concerns, or {@code null} for the whole form. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
