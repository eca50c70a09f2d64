// The reference server for the co-editing benchmark: @hocuspocus/server as published, in memory (no persistence
// extension), everyone admitted. Prints {"port": n} once it listens; runs until killed.
import { Server } from "@hocuspocus/server";

const server = new Server({ port: 0, address: "127.0.0.1", quiet: true, stopOnSignals: true });
await server.listen();
process.stdout.write(JSON.stringify({ port: server.address.port, pid: process.pid }) + "\n");
