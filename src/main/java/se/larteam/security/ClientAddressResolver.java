package se.larteam.security;

import java.util.List;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the browser behind a request. {@code X-Forwarded-For} is read only when the connection comes from
 * a configured trusted proxy; otherwise anyone could claim any address and dodge the login throttle.
 */
@Component
class ClientAddressResolver {

    private final List<IpAddressMatcher> trusted;

    ClientAddressResolver(SecuritySettings settings) {
        this.trusted = settings.trustedProxies().stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    String resolve(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!isTrusted(remote)) {
            return remote;
        }
        // Every header line, in order: a proxy may add its own line after one the client sent.
        String forwarded = String.join(",", java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
        if (forwarded.isBlank()) {
            return remote;
        }
        // Right to left: the last hop not added by one of our own proxies is the client.
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private boolean isTrusted(String address) {
        for (IpAddressMatcher matcher : trusted) {
            try {
                if (matcher.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
        return false;
    }
}
