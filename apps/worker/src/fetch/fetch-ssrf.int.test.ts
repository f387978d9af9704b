import type { LookupAddress } from "node:dns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher, type FetchResult, type Resolve } from "./index.js";
import { serve, type Loopback } from "./testing/loopback.js";

/*
 * Server-side request forgery, with allowPrivate OFF and the real guard.
 *
 * A test cannot reach a truly public host, so 127.0.0.2 stands in for one: it
 * is named in `allowAddresses` (an exact-address exception), and a made-up
 * name, news.test, resolves to it. Everything else goes through the real
 * classifier and the real lookup hook: the "internal" server on 127.0.0.1
 * must never see a request.
 */

const PUBLIC_STAND_IN = "127.0.0.2";

const names: Record<string, LookupAddress[]> = {
  "news.test": [{ address: PUBLIC_STAND_IN, family: 4 }],
  // A public-looking name whose DNS points at the machine itself.
  "sneaky.test": [{ address: "127.0.0.1", family: 4 }],
  // One public and one private record: refused, whichever the kernel would pick.
  "mixed.test": [
    { address: PUBLIC_STAND_IN, family: 4 },
    { address: "10.0.0.7", family: 4 },
  ],
  "metadata.test": [{ address: "169.254.169.254", family: 4 }],
  "v6-loopback.test": [{ address: "::1", family: 6 }],
  // Public sites whose robots.txt redirects to the internal server, by IP and by a name.
  "robots-to-ip.test": [{ address: PUBLIC_STAND_IN, family: 4 }],
  "robots-to-name.test": [{ address: PUBLIC_STAND_IN, family: 4 }],
};
const lookups: string[] = [];
const lookup: Resolve = async (hostname) => {
  lookups.push(hostname);
  const found = names[hostname];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return found;
};

let internal: Loopback; // 127.0.0.1: what an attacker wants to reach
let publicSite: Loopback; // 127.0.0.2, "news.test"

beforeAll(async () => {
  internal = await serve((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<p>internal admin page</p>");
  });
  publicSite = await serve((req, res) => {
    const path = req.url ?? "/";
    const site = (req.headers.host ?? "").split(":")[0];
    if (path === "/robots.txt" && (site === "robots-to-ip.test" || site === "robots-to-name.test")) {
      const to = site === "robots-to-ip.test" ? "127.0.0.1" : "sneaky.test";
      res.writeHead(302, { location: `http://${to}:${internal.port}/robots.txt` });
      return void res.end();
    }
    if (path === "/article") {
      res.writeHead(200, { "content-type": "text/html" });
      return void res.end("<p>a public article</p>");
    }
    if (path === "/to-loopback-ip") {
      res.writeHead(302, { location: `http://127.0.0.1:${internal.port}/admin` });
      return void res.end();
    }
    if (path === "/to-sneaky-name") {
      res.writeHead(302, { location: `http://sneaky.test:${internal.port}/admin` });
      return void res.end();
    }
    if (path === "/to-mapped-v6") {
      res.writeHead(302, { location: `http://[::ffff:127.0.0.1]:${internal.port}/admin` });
      return void res.end();
    }
    res.writeHead(404);
    res.end();
  }, PUBLIC_STAND_IN);
});

afterAll(async () => {
  await Promise.all([internal.close(), publicSite.close()]);
});

const guarded = createFetcher({
  timeoutMs: 2_000,
  maxBytes: 100_000,
  allowPrivate: false,
  perHostIntervalMs: 0,
  lookup,
  allowAddresses: [PUBLIC_STAND_IN],
});
afterAll(() => guarded.close());

function refused(r: FetchResult) {
  if (r.ok) throw new Error(`expected a refusal, got a page from ${r.value.url}`);
  expect(r.reason).toBe("address_refused");
  expect(r.retryable).toBe(false);
  return r.message;
}

describe("SSRF guard", () => {
  it("fetches from the stand-in public host through the guarded lookup", async () => {
    const r = await guarded.fetchPage(`http://news.test:${publicSite.port}/article`);
    expect(r.ok && Buffer.from(r.value.body).toString()).toBe("<p>a public article</p>");
    expect(lookups).toContain("news.test");
  });

  it("refuses a loopback IP literal", async () => {
    expect(refused(await guarded.fetchPage(`http://127.0.0.1:${internal.port}/admin`))).toMatch(/127\.0\.0\.1: loopback address/);
  });

  it("refuses loopback written in the other spellings a URL parser accepts", async () => {
    for (const host of ["2130706433", "0x7f.0.0.1", "127.1", "[::ffff:7f00:1]", "[::1]", "0.0.0.0"]) {
      expect(refused(await guarded.fetchPage(`http://${host}:${internal.port}/admin`)), host).toMatch(/refused to fetch/);
    }
  });

  it("refuses localhost, resolved by the system resolver", async () => {
    const system = createFetcher({ timeoutMs: 2_000, maxBytes: 100_000, allowPrivate: false, perHostIntervalMs: 0 });
    try {
      expect(refused(await system.fetchPage(`http://localhost:${internal.port}/admin`))).toMatch(/localhost \((127\.0\.0\.1|::1)\)/);
    } finally {
      await system.close();
    }
  });

  it("refuses names that resolve to loopback, private, metadata or IPv6 loopback addresses", async () => {
    expect(refused(await guarded.fetchPage(`http://sneaky.test:${internal.port}/admin`))).toMatch(/sneaky\.test \(127\.0\.0\.1\): loopback/);
    expect(refused(await guarded.fetchPage(`http://mixed.test:${publicSite.port}/article`))).toMatch(/10\.0\.0\.7\): private/);
    expect(refused(await guarded.fetchPage("http://metadata.test/latest/meta-data/"))).toMatch(/link-local/);
    expect(refused(await guarded.fetchPage(`http://v6-loopback.test:${internal.port}/`))).toMatch(/::1\): loopback/);
    expect(refused(await guarded.fetchPage("http://169.254.169.254/latest/meta-data/"))).toMatch(/link-local/);
  });

  it("refuses a redirect from a public host to a loopback IP", async () => {
    expect(refused(await guarded.fetchPage(`http://news.test:${publicSite.port}/to-loopback-ip`))).toMatch(/127\.0\.0\.1/);
  });

  it("refuses a redirect to a name that resolves to loopback", async () => {
    expect(refused(await guarded.fetchPage(`http://news.test:${publicSite.port}/to-sneaky-name`))).toMatch(/sneaky\.test/);
  });

  it("refuses a redirect to loopback written as IPv4-mapped IPv6", async () => {
    expect(refused(await guarded.fetchPage(`http://news.test:${publicSite.port}/to-mapped-v6`))).toMatch(/IPv4 inside IPv6/);
  });

  it("reads a robots.txt that redirects to a refused address as no rules, and fetches the page", async () => {
    for (const site of ["robots-to-ip.test", "robots-to-name.test"]) {
      const r = await guarded.fetchPage(`http://${site}:${publicSite.port}/article`);
      expect(r.ok && Buffer.from(r.value.body).toString(), site).toBe("<p>a public article</p>");
    }
  });

  it("never let a request reach the internal server", () => {
    expect(internal.requests).toEqual([]);
  });

  it("reaches loopback when allowPrivate is set", async () => {
    const open = createFetcher({ timeoutMs: 2_000, maxBytes: 100_000, allowPrivate: true, perHostIntervalMs: 0 });
    try {
      const r = await open.fetchPage(`http://127.0.0.1:${internal.port}/admin`);
      expect(r.ok).toBe(true);
      expect(internal.pages().map((q) => q.path)).toEqual(["/admin"]);
    } finally {
      await open.close();
    }
  });
});
