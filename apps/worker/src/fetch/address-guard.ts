import { promises as dns, type LookupAddress, type LookupOptions } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { performance } from "node:perf_hooks";
import { AddressRefusedError } from "./failures.js";
import { refusedRange } from "./ip-ranges.js";

/**
 * Server-side request forgery guard. The check runs inside the DNS lookup that
 * the socket itself uses (undici's `connect.lookup` → net.connect), so the
 * address checked is the address connected to: a name that resolves to a
 * public address for a check and to 127.0.0.1 a moment later (DNS rebinding)
 * cannot slip through. IP literals never reach a lookup (net.connect skips
 * it), so the fetcher checks those itself with `checkLiteralHost`.
 */

/** Resolves a host name to all its addresses, like dns.lookup with `all: true`. */
export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

export interface AddressPolicy {
  /** Reach loopback and private addresses too (tests, the local demo server). */
  allowPrivate: boolean;
  /** Exact addresses allowed although private: one known internal host, or a test's stand-in for a public one. */
  allowAddresses: ReadonlySet<string>;
}

export const systemResolve: Resolve = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/** Bounds the memory of {@link cachedResolve} when a worker meets very many hosts; the oldest go first. */
const MAX_CACHED_HOSTS = 10_000;

/**
 * `resolve` with each name's answer kept for `ttlMs` (0: not kept). A
 * resolution is a getaddrinfo call on libuv's small thread pool, and a worker
 * asks for the same publisher's name for every new connection (robots.txt,
 * then pages); the system resolver tells us no TTL, so a short fixed one
 * stands in. Only answers are kept, never failures, and concurrent lookups of
 * a name share one resolution. What is cached is the resolution, not the
 * verdict: guardedLookup checks the addresses on every connection, redirects
 * included, so a cached name is refused or allowed exactly as a fresh one.
 * (Rebinding gains nothing either: the socket connects to the addresses checked.)
 */
export function cachedResolve(resolve: Resolve, ttlMs: number): Resolve {
  if (!(ttlMs > 0)) return resolve;
  const cache = new Map<string, { expires: number; addresses: Promise<LookupAddress[]> }>();
  return (hostname) => {
    const key = hostname.toLowerCase();
    const now = performance.now();
    const hit = cache.get(key);
    if (hit && hit.expires > now) return hit.addresses;
    const entry = { expires: now + ttlMs, addresses: resolve(hostname) };
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > MAX_CACHED_HOSTS) cache.delete(cache.keys().next().value!);
    entry.addresses.catch(() => {
      if (cache.get(key) === entry) cache.delete(key);
    });
    return entry.addresses;
  };
}

function normalise(address: string): string {
  return address.replace(/^\[|\]$/g, "").toLowerCase();
}

/** Why fetching from this address is refused, or null when it is allowed. */
export function refusal(address: string, policy: AddressPolicy, hostname: string): string | null {
  if (policy.allowPrivate || policy.allowAddresses.has(normalise(address))) return null;
  const range = refusedRange(address);
  if (range === null) return null;
  const which = normalise(hostname) === normalise(address) ? address : `${hostname} (${address})`;
  return `refused to fetch from ${which}: ${range} address (set TALLY_FETCH_ALLOW_PRIVATE=1 to allow)`;
}

/** For a URL whose host is an IP literal: the refusal message, or null (also for names, which the lookup checks). */
export function checkLiteralHost(hostname: string, policy: AddressPolicy): string | null {
  const bare = hostname.replace(/^\[|\]$/g, "");
  return isIP(bare) === 0 ? null : refusal(bare, policy, bare);
}

/**
 * A lookup for net.connect that resolves with `resolve` and fails with
 * AddressRefusedError when ANY address of the name is refused: a name that
 * mixes public and private records is an attack or a misconfiguration, and
 * letting the kernel pick among them would make the check a lottery.
 */
export function guardedLookup(resolve: Resolve, policy: AddressPolicy): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    resolve(hostname).then(
      (found) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const addresses = wanted ? found.filter((a) => a.family === wanted) : found;
        if (addresses.length === 0) {
          const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND", hostname });
          return callback(err, "", 0);
        }
        for (const a of addresses) {
          const why = refusal(a.address, policy, hostname);
          if (why) return callback(new AddressRefusedError(why), "", 0);
        }
        // Node 20 connects with happy-eyeballs (autoSelectFamily), which asks for all addresses.
        if (options.all) return callback(null, addresses);
        const first = addresses[0]!;
        callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, "", 0),
    );
  };
}
