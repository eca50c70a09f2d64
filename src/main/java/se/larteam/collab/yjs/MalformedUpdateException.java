package se.larteam.collab.yjs;

/** Bytes that are not a valid Yjs v1 update or state vector; nothing derived from them may be stored or relayed. */
public final class MalformedUpdateException extends IllegalArgumentException {

    MalformedUpdateException(String message) {
        super(message);
    }
}
