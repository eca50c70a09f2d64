package se.larteam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressResolverTest {

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        var resolver = resolver();
        assertThat(resolver.resolve(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheLastUntrustedHop() {
        var resolver = resolver("10.0.0.0/8", "127.0.0.1");
        assertThat(resolver.resolve(request("10.1.2.3", "198.51.100.9, 10.4.4.4"))).isEqualTo("198.51.100.9");
        // A client cannot smuggle an address in front of the real one.
        assertThat(resolver.resolve(request("127.0.0.1", "1.1.1.1, 198.51.100.9"))).isEqualTo("198.51.100.9");
    }

    @Test
    void aSpoofedHeaderLineBeforeTheProxysOwnIsNotBelieved() {
        var resolver = resolver("10.0.0.0/8");
        MockHttpServletRequest request = request("10.0.0.5", "1.1.1.1");
        // HAProxy's option forwardfor adds a second header line rather than appending to the client's.
        request.addHeader("X-Forwarded-For", "198.51.100.9");
        assertThat(resolver.resolve(request)).isEqualTo("198.51.100.9");
    }

    @Test
    void anUntrustedConnectionCannotClaimAnAddress() {
        var resolver = resolver("10.0.0.0/8");
        assertThat(resolver.resolve(request("203.0.113.7", "10.0.0.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aTrustedProxyWithoutHeaderIsItself() {
        var resolver = resolver("10.0.0.0/8");
        assertThat(resolver.resolve(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
    }

    private static ClientAddressResolver resolver(String... trusted) {
        return new ClientAddressResolver(new SecuritySettings(List.of(trusted), 5, Duration.ofMinutes(5)));
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
