package se.larteam.user;

import java.util.Map;

/** Accounts found or created for a list of people: by normalised e-mail address, and how many were new. */
public record Accounts(Map<String, UserId> byEmail, int created) {

    public Accounts {
        byEmail = Map.copyOf(byEmail);
    }
}
