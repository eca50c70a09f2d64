package se.larteam.live;

/** Ends a subscription; closing twice is harmless. */
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
