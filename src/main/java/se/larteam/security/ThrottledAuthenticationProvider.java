package se.larteam.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import se.larteam.user.UserService;

/** Password sign-in against the accounts in MongoDB, refused while the account and client pair is throttled. */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserService users, PasswordEncoder encoder, LoginThrottle throttle) {
        UserDetailsService accounts = email -> users.loginAccount(email)
                .map(a -> new LarteamPrincipal(a.id(), a.email(), a.passwordHash(), a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName() == null ? "" : authentication.getName();
        String client = authentication.getDetails() instanceof LoginDetails d ? d.clientAddress() : "unknown";
        if (throttle.isThrottled(email, client)) {
            log.info("Sign-in refused while throttled from {}", client);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(email, client);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(email, client);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
