import { createServer, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../../../test/helpers/db.js";
import { createDb, pingDb } from "./client.js";

describe("pingDb", () => {
  it("is true when the database answers", async () => {
    const db = createDb(testDatabaseUrl());
    try {
      expect(await pingDb(db)).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });

  it("is false, within its timeout, when nothing listens", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const db = createDb(`postgresql://postgres@127.0.0.1:${port}/tally`);
    try {
      expect(await pingDb(db, 1_000)).toBe(false);
    } finally {
      await db.$disconnect();
    }
  });

  it("is false, within its timeout, when the server accepts but never answers", async () => {
    // A TCP peer that swallows the startup packet: pg would wait forever.
    const sockets = new Set<Socket>();
    const server = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const db = createDb(`postgresql://postgres@127.0.0.1:${port}/tally`, { connectionTimeoutMs: 300 });
    try {
      expect(await pingDb(db, 500)).toBe(false);
    } finally {
      await db.$disconnect().catch(() => {});
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
