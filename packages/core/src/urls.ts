import type { Result } from "./errors.js";

/**
 * URL rules for everything a user drops in (API, CLI) and for every redirect
 * the fetcher follows. Pure: parsing with WHATWG `URL`, no DNS, no I/O.
 * Whether an address is private is the fetcher's question (it needs DNS).
 */

/**
 * Longest URL accepted. 2048 is the de-facto limit of browsers, CDNs and
 * sitemaps; longer "URLs" are almost always junk or a payload, and the
 * canonical URL is a unique key in the database.
 */
export const MAX_URL_LENGTH = 2048;

/**
 * Query parameters that only track how a reader arrived. Dropping them lets
 * the same article shared from a newsletter, Facebook and Google be one URL.
 * Names compare case-insensitively; every `utm_*` name is dropped too.
 */
const TRACKING_PARAMS = new Set([
  "fbclid", // Facebook
  "gclid", "dclid", "gbraid", "wbraid", "_gl", "_ga", // Google Ads / Analytics
  "msclkid", // Microsoft Ads
  "mc_cid", "mc_eid", // Mailchimp
  "igshid", "igsh", // Instagram
  "yclid", "ysclid", // Yandex
  "twclid", "ref_src", "ref_url", // Twitter / X
  "ttclid", // TikTok
  "li_fat_id", // LinkedIn
  "mkt_tok", // Marketo
  "_hsenc", "_hsmi", // HubSpot
  "oly_anon_id", "oly_enc_id", // Omeda
  "vero_id", "vero_conv", // Vero
  "wickedid", "rb_clickid", "s_kwcid", "ncid", "cmpid",
]);

/** Whether a query parameter name only tracks the reader (utm_*, fbclid, gclid, …). */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith("utm_") || TRACKING_PARAMS.has(n);
}

const invalid = (message: string): { ok: false; reason: "invalid_url"; message: string } => ({
  ok: false,
  reason: "invalid_url",
  message,
});

/**
 * A host we can fetch: an IP literal (the fetcher refuses private ones),
 * `localhost` (the local demo server), or a name with a dot whose last label
 * is not all digits. Single-label names ("intranet") only resolve on a
 * private network, and a numeric last label is a malformed IPv4 address.
 */
function hostProblem(hostname: string): string | null {
  if (hostname === "") return "no host";
  if (hostname.startsWith("[")) return null; // IPv6 literal; URL already checked its syntax
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(hostname)) return null; // URL normalised any IPv4 form to this
  const name = hostname.endsWith(".") ? hostname.slice(0, -1) : hostname;
  if (name === "localhost") return null;
  const labels = name.split(".");
  if (labels.length < 2 || labels.some((l) => l === "")) return `host "${hostname}" is not a full domain name`;
  if (/^\d+$/.test(labels[labels.length - 1]!)) return `host "${hostname}" is not a valid address`;
  return null;
}

/** Parses and checks a URL: http(s), at most 2048 characters, a real host, no credentials. */
export function validateUrl(input: string): Result<URL> {
  const text = input.trim();
  if (text === "") return invalid("empty URL");
  if (text.length > MAX_URL_LENGTH) return invalid(`longer than ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return invalid(/^[a-z][a-z0-9+.-]*:/i.test(text) ? "not a valid URL" : "not an absolute URL (begin it with http:// or https://)");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return invalid(`not http or https (${url.protocol.slice(0, -1)})`);
  const problem = hostProblem(url.hostname);
  if (problem) return invalid(problem);
  // Credentials in a URL would be stored and shown on the dashboard, and sent
  // to whatever host a redirect names; no news page needs them.
  if (url.username !== "" || url.password !== "") return invalid("contains a user name or password");
  if (url.href.length > MAX_URL_LENGTH) return invalid(`longer than ${MAX_URL_LENGTH} characters once encoded`);
  return { ok: true, value: url };
}

/**
 * The query without tracking parameters, the rest sorted by name. Pieces are
 * kept as written (not re-encoded through URLSearchParams, which would turn
 * `?12345` into `?12345=` and `a/b` into `a%2Fb`, changing what some servers
 * see); the sort is stable, so repeated names keep their relative order.
 */
function canonicalQuery(search: string): string {
  const pieces = search
    .replace(/^\?/, "")
    .split("&")
    .filter((p) => p !== "")
    .map((piece) => {
      const eq = piece.indexOf("=");
      const rawName = eq === -1 ? piece : piece.slice(0, eq);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, " "));
      } catch {
        // A malformed escape: compare the name as written.
      }
      return { piece, name };
    })
    .filter((p) => !isTrackingParam(p.name));
  pieces.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return pieces.map((p) => p.piece).join("&");
}

/**
 * The one spelling of a URL under which an article is known: validated,
 * lower-case host, no default port, no fragment, no tracking parameters,
 * query sorted, no empty "?". Two links to the same page give the same string.
 */
export function canonicalUrl(input: string): Result<string> {
  const checked = validateUrl(input);
  if (!checked.ok) return checked;
  const url = checked.value;
  // WHATWG URL has already lower-cased the host, punycoded it, dropped the
  // default port and resolved "." and ".." path segments.
  url.hash = "";
  if (url.hostname.endsWith(".")) url.hostname = url.hostname.slice(0, -1); // "example.com." is example.com
  const query = canonicalQuery(url.search);
  url.search = query === "" ? "" : `?${query}`;
  return { ok: true, value: url.href };
}
