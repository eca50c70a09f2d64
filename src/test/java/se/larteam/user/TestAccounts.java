package se.larteam.user;

import java.util.concurrent.atomic.AtomicInteger;

/** Accounts for tests. Lives in the user package to reach what the public API rightly keeps to itself. */
public final class TestAccounts {

    public static final String PASSWORD = "test-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestAccounts() {
    }

    public static UserId administrator(UserService users) {
        return users.insert(unique("Admin Administratör"), PASSWORD, true).id();
    }

    public static UserProfile person(UserService users, String displayName) {
        return users.insert(unique(displayName), PASSWORD, false);
    }

    private static NewUser unique(String displayName) {
        String local = "user" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        return new NewUser(local + "@test.example", displayName, "Rektor", "Testskolan");
    }
}
