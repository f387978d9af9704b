import { createServer, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../../../test/helpers/db.js";
import { createDb, pingDb, poolOf } from "./client.js";

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

describe("a connection dropped while checked out", () => {
  it("fails its next query instead of taking the process down", async () => {
    const db = createDb(testDatabaseUrl());
    const pool = poolOf(db);
    const held = await pool.connect();
    try {
      const { rows } = await held.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      // Another connection ends this one's backend while it sits checked out between two queries.
      await pool.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(held.query("SELECT 1")).rejects.toThrow();
    } finally {
      held.release(true);
      await db.$disconnect();
    }
  });
});
