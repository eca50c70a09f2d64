package se.larteam.user;

import java.util.Locale;

public record UserProfile(UserId id, String email, String displayName, String title, String unit,
        boolean administrator, Locale language) {
}
