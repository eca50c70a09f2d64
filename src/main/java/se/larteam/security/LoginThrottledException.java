package se.larteam.security;

import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords in a row for this account from this client address. */
final class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed sign-ins; try again later");
    }
}
