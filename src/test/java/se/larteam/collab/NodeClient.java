package se.larteam.collab;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.bson.Document;

/**
 * Runs {@code frontend/test/collab-client.mjs} (the official {@code @hocuspocus/provider} in Node) as a child
 * process and reads the JSON lines it prints. The script waits on protocol events; its own guard ends a hang.
 * Public for tests of the features owning documents (e.g. reflections) that go through the real protocol.
 */
public final class NodeClient implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;

    private NodeClient(Document spec) throws IOException {
        this("test/collab-client.mjs", spec);
    }

    private NodeClient(String script, Document spec) throws IOException {
        process = new ProcessBuilder("node", script, spec.toJson())
                .directory(new File("frontend")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static NodeClient start(int port, String scenario, Document spec) throws IOException {
        return new NodeClient(spec.append("url", "ws://127.0.0.1:" + port + "/collab").append("scenario", scenario));
    }

    /** Runs a scenario whose spec names its own servers ({@code urls}) to its end. */
    static Document run(Document spec) throws Exception {
        try (NodeClient client = new NodeClient(spec)) {
            return client.next();
        }
    }

    static NodeClient start(Document spec) throws IOException {
        return new NodeClient(spec);
    }

    /** Runs a scenario to its end and returns what it printed. */
    static Document run(int port, String scenario, Document spec) throws Exception {
        try (NodeClient client = start(port, scenario, spec)) {
            return client.next();
        }
    }

    /** Runs another script of {@code frontend/test} (same conventions) to its end and returns what it printed. */
    public static Document runScript(String script, int port, Document spec) throws Exception {
        try (NodeClient client = new NodeClient("test/" + script,
                spec.append("url", "ws://127.0.0.1:" + port + "/collab"))) {
            return client.next();
        }
    }

    Document next() throws IOException {
        String line = out.readLine();
        if (line == null) {
            throw new IllegalStateException("the Node client ended without output");
        }
        Document result = Document.parse(line);
        if (result.containsKey("error")) {
            throw new IllegalStateException("Node client: " + result.getString("error"));
        }
        return result;
    }

    void say(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
