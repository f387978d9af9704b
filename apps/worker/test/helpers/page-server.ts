import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export interface PageServer {
  origin: string;
  url(path: string): string;
  /** How often each path was requested (robots.txt included). */
  hits: Map<string, number>;
  /** Adds or replaces a route. */
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

/** A loopback HTTP server; unknown paths answer 404, robots.txt 404 unless routed (everything allowed). */
export async function startPageServer(routes: Record<string, Route> = {}): Promise<PageServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    const handler = table.get(path);
    if (handler) return handler(req, res, n);
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    hits,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves an HTML string. */
export const html =
  (body: string, status = 200): Route =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(body);
  };
