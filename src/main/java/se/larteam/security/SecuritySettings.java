package se.larteam.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trustedProxies  addresses or CIDR ranges of reverse proxies whose {@code X-Forwarded-For} is believed
 *                        ({@code LARTEAM_TRUSTED_PROXIES}); empty: the connection's own address is the client's
 * @param maxFailures     wrong passwords in a row before an account and client address pair is throttled
 * @param throttleFor     how long such a pair is throttled
 */
@ConfigurationProperties("larteam.security")
record SecuritySettings(
        @DefaultValue("") List<String> trustedProxies,
        @DefaultValue("5") int maxFailures,
        @DefaultValue("5m") Duration throttleFor) {
}
