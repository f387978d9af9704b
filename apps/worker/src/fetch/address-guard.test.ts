import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { cachedResolve, guardedLookup, type Resolve } from "./address-guard.js";
import { AddressRefusedError } from "./failures.js";

/** A resolver that counts its calls and answers from a table (or fails for names not in it). */
function table(answers: Record<string, string>): Resolve & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string): Promise<LookupAddress[]> => {
    calls.push(hostname);
    const address = answers[hostname];
    if (address === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return [{ address, family: 4 }];
  };
  return Object.assign(resolve, { calls });
}

/** One connection's lookup through the guard, as net.connect makes it. */
function connectLookup(lookup: ReturnType<typeof guardedLookup>, hostname: string): Promise<string> {
  return new Promise((resolve, reject) => lookup(hostname, { family: 4 }, (err, address) => (err ? reject(err) : resolve(address as string))));
}

describe("cachedResolve", () => {
  it("resolves a name once within the TTL, also for concurrent lookups, and again after it", async () => {
    const answers = table({ "news.test": "151.101.1.67" });
    const resolve = cachedResolve(answers, 40);
    await Promise.all([resolve("news.test"), resolve("news.test")]);
    await resolve("NEWS.test");
    expect(answers.calls).toEqual(["news.test"]);
    await new Promise((r) => setTimeout(r, 60));
    await resolve("news.test");
    expect(answers.calls).toEqual(["news.test", "news.test"]);
  });

  it("does not keep failures", async () => {
    const answers = table({});
    const resolve = cachedResolve(answers, 60_000);
    await expect(resolve("gone.test")).rejects.toThrow(/ENOTFOUND/);
    await expect(resolve("gone.test")).rejects.toThrow(/ENOTFOUND/);
    expect(answers.calls).toEqual(["gone.test", "gone.test"]);
  });

  it("resolves every time with a TTL of 0", async () => {
    const answers = table({ "news.test": "151.101.1.67" });
    const resolve = cachedResolve(answers, 0);
    await resolve("news.test");
    await resolve("news.test");
    expect(answers.calls).toHaveLength(2);
  });

  it("leaves the check to every connection: a cached private answer is refused each time, a public one allowed", async () => {
    const answers = table({ "inside.test": "127.0.0.1", "news.test": "151.101.1.67" });
    const lookup = guardedLookup(cachedResolve(answers, 60_000), { allowPrivate: false, allowAddresses: new Set() });
    for (let i = 0; i < 3; i++) {
      await expect(connectLookup(lookup, "inside.test")).rejects.toBeInstanceOf(AddressRefusedError);
      await expect(connectLookup(lookup, "news.test")).resolves.toBe("151.101.1.67");
    }
    expect(answers.calls).toEqual(["inside.test", "news.test"]);
  });
});
