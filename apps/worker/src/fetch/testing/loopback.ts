import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

/**
 * A real HTTP server on a loopback address for the fetcher's integration
 * tests. It records every request (path, headers, arrival time) so tests can
 * assert on what reached the server, not only on what the fetcher returned.
 */

export interface SeenRequest {
  path: string;
  headers: IncomingMessage["headers"];
  /** performance.now() when the request arrived. */
  at: number;
}

export interface Loopback {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  requests: SeenRequest[];
  /** TCP connections accepted so far (fewer than requests when keep-alive reuses them). */
  connections(): number;
  /** Requests other than /robots.txt. */
  pages(): SeenRequest[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Starts a server on `host` (127.0.0.1 unless told) and an ephemeral port. */
export async function serve(handler: Handler, host = "127.0.0.1"): Promise<Loopback> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ path: req.url ?? "", headers: req.headers, at: performance.now() });
    handler(req, res);
  });
  let connections = 0;
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    port,
    requests,
    connections: () => connections,
    pages: () => requests.filter((r) => r.path !== "/robots.txt"),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Writes `total` bytes of `chunk` repeated, respecting backpressure, and
 * reports how many the socket accepted and whether all of them were sent:
 * a fetcher that stops reading must leave `finished` false.
 */
export function stream(res: ServerResponse, chunk: Buffer, total: number): Promise<{ written: number; finished: boolean }> {
  return new Promise((resolve) => {
    let written = 0;
    let done = false;
    const end = (finished: boolean) => {
      if (done) return;
      done = true;
      resolve({ written, finished });
    };
    res.on("close", () => end(written >= total && res.writableFinished));
    res.on("error", () => end(false));
    const pump = () => {
      while (written < total && !res.destroyed) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - written));
        written += piece.length;
        if (!res.write(piece)) return void res.once("drain", pump);
      }
      if (written >= total) res.end(() => end(true));
    };
    pump();
  });
}
