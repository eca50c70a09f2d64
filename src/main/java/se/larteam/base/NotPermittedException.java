package se.larteam.base;

/**
 * The acting user may not do this, or the thing does not exist for them. Both read the same to the user so that
 * ids of other teams' data cannot be probed.
 */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
