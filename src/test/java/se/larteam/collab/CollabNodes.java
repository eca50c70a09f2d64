package se.larteam.collab;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;

import se.larteam.database.StandaloneEmbeddedServer;
import se.larteam.testing.AppNodes;

/**
 * Application nodes, each a full Spring context on its own fixed port, sharing one embedded MongoDB-compatible
 * server (with its oplog, as the live watcher needs) and one token secret, so a token works on every node. A node
 * can be stopped and started again on the same port, as a restart in production would.
 */
final class CollabNodes implements AutoCloseable {

    private final StandaloneEmbeddedServer server;
    private final String uri;
    private final String database = "lt_collab_" + UUID.randomUUID().toString().replace("-", "");
    private final int[] ports;
    private final ConfigurableApplicationContext[] nodes;

    CollabNodes(int count) throws IOException {
        server = StandaloneEmbeddedServer.start("memory", null); // the nodes' own set-up
        uri = server.connectionString();
        ports = new int[count];
        nodes = new ConfigurableApplicationContext[count];
        for (int i = 0; i < count; i++) {
            ports[i] = freePort();
            nodes[i] = launch(ports[i]);
        }
    }

    ConfigurableApplicationContext node(int i) {
        return nodes[i];
    }

    <T> T bean(int node, Class<T> type) {
        return nodes[node].getBean(type);
    }

    String url(int node) {
        return "ws://127.0.0.1:" + ports[node] + "/collab";
    }

    List<String> urls() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < ports.length; i++) {
            urls.add(url(i));
        }
        return urls;
    }

    void stop(int node) {
        nodes[node].close();
        nodes[node] = null;
    }

    void start(int node) {
        nodes[node] = launch(ports[node]);
    }

    private ConfigurableApplicationContext launch(int port) {
        return AppNodes.start(uri, database, false, port, "--larteam.collab.token-secret=collab-nodes-test-secret");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (ConfigurableApplicationContext node : nodes) {
            if (node != null) {
                node.close();
            }
        }
        server.close();
    }
}
