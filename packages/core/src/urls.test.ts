import { describe, expect, it } from "vitest";
import { canonicalUrl, isTrackingParam, MAX_URL_LENGTH, validateUrl } from "./urls.js";

function canon(input: string): string {
  const r = canonicalUrl(input);
  if (!r.ok) throw new Error(`expected ${input} to be accepted: ${r.message}`);
  return r.value;
}

function rejection(input: string): string {
  const r = canonicalUrl(input);
  if (r.ok) throw new Error(`expected ${input} to be rejected, got ${r.value}`);
  expect(r.reason).toBe("invalid_url");
  return r.message;
}

describe("canonicalUrl", () => {
  it("lower-cases the scheme and host but not the path", () => {
    expect(canon("HTTPS://News.Example.COM/World/Story-1")).toBe("https://news.example.com/World/Story-1");
  });

  it("drops default ports and keeps others", () => {
    expect(canon("http://example.com:80/a")).toBe("http://example.com/a");
    expect(canon("https://example.com:443/a")).toBe("https://example.com/a");
    expect(canon("https://example.com:8443/a")).toBe("https://example.com:8443/a");
  });

  it("drops the fragment and an empty query", () => {
    expect(canon("https://example.com/a?#comments")).toBe("https://example.com/a");
    expect(canon("https://example.com/a?")).toBe("https://example.com/a");
  });

  it("drops tracking parameters and sorts the rest", () => {
    expect(
      canon("https://example.com/a?utm_source=nl&page=2&fbclid=XYZ&id=7&UTM_Medium=email&gclid=1&ref_src=twsrc"),
    ).toBe("https://example.com/a?id=7&page=2");
  });

  it("gives one URL for the same article shared three ways", () => {
    const shared = [
      "https://example.com/story?id=42&utm_source=newsletter&utm_campaign=daily",
      "https://EXAMPLE.com/story?fbclid=abc123&id=42#top",
      "https://example.com:443/story?id=42&mc_cid=1&mc_eid=2",
    ].map(canon);
    expect(new Set(shared).size).toBe(1);
  });

  it("keeps parameters as written, and repeated names in their order", () => {
    expect(canon("https://example.com/s?12345")).toBe("https://example.com/s?12345");
    expect(canon("https://example.com/s?path=a/b&q=x+y")).toBe("https://example.com/s?path=a/b&q=x+y");
    expect(canon("https://example.com/s?tag=b&a=1&tag=a")).toBe("https://example.com/s?a=1&tag=b&tag=a");
  });

  it("resolves dot segments, drops a trailing dot on the host and punycodes names", () => {
    expect(canon("https://example.com./a/./b/../c")).toBe("https://example.com/a/c");
    expect(canon("https://münchen.example/x")).toBe("https://xn--mnchen-3ya.example/x");
  });

  it("accepts IP literals and localhost (the fetcher decides which addresses it reaches)", () => {
    expect(canon("http://127.0.0.1:8080/a")).toBe("http://127.0.0.1:8080/a");
    expect(canon("http://[::1]/a")).toBe("http://[::1]/a");
    expect(canon("http://localhost:3000/")).toBe("http://localhost:3000/");
  });

  it("trims surrounding whitespace", () => {
    expect(canon("  https://example.com/a \n")).toBe("https://example.com/a");
  });

  it("refuses other schemes, naming the scheme", () => {
    expect(rejection("ftp://example.com/file")).toBe("not http or https (ftp)");
    expect(rejection("javascript:alert(1)")).toBe("not http or https (javascript)");
    expect(rejection("file:///etc/passwd")).toBe("not http or https (file)");
  });

  it("refuses text that is not an absolute URL", () => {
    expect(rejection("example.com/story")).toMatch(/not an absolute URL/);
    expect(rejection("")).toBe("empty URL");
    expect(rejection("http://")).toBe("not a valid URL");
  });

  it("refuses hosts that are not full domain names", () => {
    expect(rejection("http://intranet/page")).toMatch(/not a full domain name/);
    expect(rejection("http://a..b/")).toMatch(/not a full domain name|not a valid URL/);
  });

  it("refuses credentials", () => {
    expect(rejection("https://user:secret@example.com/")).toBe("contains a user name or password");
  });

  it("refuses URLs longer than the limit, and accepts one at the limit", () => {
    const base = "https://example.com/";
    expect(canonicalUrl(base + "a".repeat(MAX_URL_LENGTH - base.length)).ok).toBe(true);
    expect(rejection(base + "a".repeat(MAX_URL_LENGTH - base.length + 1))).toBe("longer than 2048 characters");
  });
});

describe("validateUrl", () => {
  it("returns the parsed URL without canonicalising it", () => {
    const r = validateUrl("https://Example.com/a?utm_source=x#f");
    expect(r.ok && r.value.href).toBe("https://example.com/a?utm_source=x#f");
  });
});

describe("isTrackingParam", () => {
  it("knows utm_* and click ids, case-insensitively, and leaves real parameters", () => {
    for (const name of ["utm_source", "utm_whatever", "FBCLID", "gclid", "dclid", "msclkid", "igshid", "yclid", "_ga"]) {
      expect(isTrackingParam(name), name).toBe(true);
    }
    for (const name of ["id", "page", "p", "story", "utm", "ref"]) {
      expect(isTrackingParam(name), name).toBe(false);
    }
  });
});
