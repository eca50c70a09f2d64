package se.larteam.collab;

import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.server.HandshakeHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

import se.larteam.security.CurrentUser;

/**
 * {@code /collab}: the co-editing websocket. The handshake itself is public (named in the security configuration)
 * because clients with a token have no session; a browser's session is read here, and only when the request's
 * {@code Origin} is this very host, so another site cannot ride on a visitor's cookie (cross-site websocket
 * hijacking). A foreign {@code Origin} is refused with 403.
 *
 * <p>Tomcat's default 8 kB message buffer would close a large paste with 1009. The handler takes messages in
 * parts and puts them together up to {@link CollabHandler#MAX_MESSAGE}; {@code application.properties} raises the
 * buffer (allocated per socket) to 64 kB with the context parameter
 * {@code org.apache.tomcat.websocket.binaryBufferSize} (a {@code ServletServerContainerFactoryBean} would do the
 * same but breaks test contexts without a real server).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class CollabWebSocketConfiguration implements WebSocketConfigurer {

    static final String PATH = "/collab";

    private final CollabHandler handler;
    private final CurrentUser currentUser;

    CollabWebSocketConfiguration(CollabHandler handler, CurrentUser currentUser) {
        this.handler = handler;
        this.currentUser = currentUser;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Origins are checked by our interceptor (same host only, absent for non-browser clients).
        registry.addHandler(handler, PATH).setHandshakeHandler(new WithoutCompression())
                .addInterceptors(new SessionUser(currentUser)).setAllowedOriginPatterns("*");
    }

    /**
     * Declines permessage-deflate, which browsers and the provider's {@code ws} offer and Tomcat would accept: Yjs
     * updates are tens of bytes and already compact, so deflating every one (and inflating every incoming one) cost
     * server CPU for nothing; the reference {@code @hocuspocus/server} does not compress either. Tomcat negotiates
     * extensions from the request's header itself (whatever Spring selects), so the header is hidden from it.
     */
    static final class WithoutCompression implements HandshakeHandler {

        private static final String EXTENSIONS = "Sec-WebSocket-Extensions";
        private final DefaultHandshakeHandler handshake = new DefaultHandshakeHandler();

        @Override
        public boolean doHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                Map<String, Object> attributes) {
            ServerHttpRequest plain = request instanceof ServletServerHttpRequest servlet
                    ? new ServletServerHttpRequest(new WithoutExtensions(servlet.getServletRequest())) : request;
            return handshake.doHandshake(plain, response, handler, attributes);
        }

        private static final class WithoutExtensions extends HttpServletRequestWrapper {
            WithoutExtensions(HttpServletRequest request) {
                super(request);
            }

            @Override
            public String getHeader(String name) {
                return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(n -> !EXTENSIONS.equalsIgnoreCase(n)).toList());
            }
        }
    }

    static final class SessionUser implements HandshakeInterceptor {
        private final CurrentUser currentUser;

        SessionUser(CurrentUser currentUser) {
            this.currentUser = currentUser;
        }

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                WebSocketHandler wsHandler, Map<String, Object> attributes) {
            String origin = request.getHeaders().getOrigin();
            if (origin == null) {
                return true; // not a browser: may only authenticate with a token
            }
            if (!sameHost(origin, request.getHeaders().getFirst("Host"))) {
                response.setStatusCode(HttpStatus.FORBIDDEN);
                return false;
            }
            // The request's own principal, not a JVM-wide holder: with two application instances in one JVM (the
            // two-node tests) the holder may belong to the other one.
            CurrentUser.of(request.getPrincipal()).or(currentUser::id)
                    .ifPresent(id -> attributes.put(CollabHandler.USER, id));
            return true;
        }

        static boolean sameHost(String origin, String host) {
            if (host == null) {
                return false;
            }
            try {
                URI uri = URI.create(origin);
                int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
                String originHost = uri.getHost() + ":" + port;
                String requestHost = host.contains(":") && !host.endsWith("]") ? host : host + ":" + port;
                return originHost.equalsIgnoreCase(requestHost);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler wsHandler,
                Exception exception) {
        }
    }
}
