package se.larteam.security;

import java.io.Serializable;

/** What the login filter learns about the request, beyond the username and password. */
record LoginDetails(String clientAddress) implements Serializable {
}
