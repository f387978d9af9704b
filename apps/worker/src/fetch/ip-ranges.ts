import { BlockList, isIP } from "node:net";

/**
 * Which addresses a server that fetches user-given URLs must not reach:
 * anything that is not the public internet. A URL naming one of these (or a
 * name resolving to one) could read the machine's own services, the private
 * network or the cloud metadata endpoint (server-side request forgery).
 */

const V4_RANGES: Array<[string, number, string]> = [
  ["0.0.0.0", 8, "this-network"], // 0.0.0.0 reaches the local host on Linux
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "carrier-grade NAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"], // includes 169.254.169.254, the cloud metadata service
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "IETF protocol assignments"], // includes 192.0.0.192, another metadata address
  ["192.0.2.0", 24, "documentation"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"], // includes 255.255.255.255 broadcast
];

const V6_RANGES: Array<[string, number, string]> = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["100::", 64, "discard"],
  ["2001:db8::", 32, "documentation"],
  ["fc00::", 7, "unique-local (private)"], // includes fd00:ec2::254, AWS's IPv6 metadata service
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "site-local"],
  ["ff00::", 8, "multicast"],
];

// One BlockList per label so that a refusal can say which kind of address it was.
function lists(ranges: Array<[string, number, string]>, type: "ipv4" | "ipv6"): Array<[BlockList, string]> {
  return ranges.map(([net, prefix, label]) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, type);
    return [list, label];
  });
}
const V4 = lists(V4_RANGES, "ipv4");
const V6 = lists(V6_RANGES, "ipv6");

/** An IPv6 address as eight 16-bit groups, or null when it is not one. */
export function ipv6Groups(address: string): number[] | null {
  let text = address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""); // brackets of a URL host, zone id
  if (isIP(text) !== 6) return null;
  // A trailing dotted quad ("::ffff:1.2.3.4") becomes two hex groups.
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, quad.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const fill = tail === undefined ? [] : new Array<number>(8 - left.length - right.length).fill(0);
  return [...left, ...fill, ...right];
}

/**
 * The IPv4 address an IPv6 address carries, if it is a form that reaches that
 * IPv4 host: IPv4-mapped (::ffff:a.b.c.d, which the kernel connects over
 * IPv4), IPv4-compatible (::a.b.c.d, deprecated) or NAT64 (64:ff9b::a.b.c.d).
 */
export function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (!g) return null;
  const lastTwo = `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(5) && g[5] === 0xffff) return lastTwo;
  if (zeroUpTo(6) && (g[6] !== 0 || g[7]! > 1)) return lastTwo; // not :: or ::1, which are themselves
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0) return lastTwo;
  return null;
}

/**
 * Why an address must not be fetched ("loopback", "private", …), or null for
 * a public address. Something that is not an IP address is refused too: the
 * check must never pass by failing to understand its input.
 */
export function refusedRange(address: string): string | null {
  const text = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(text);
  if (family === 4) return V4.find(([list]) => list.check(text, "ipv4"))?.[1] ?? null;
  if (family === 6) {
    const v4 = embeddedIpv4(text);
    if (v4 !== null) {
      const inner = refusedRange(v4);
      return inner === null ? null : `${inner} (IPv4 inside IPv6)`;
    }
    return V6.find(([list]) => list.check(text, "ipv6"))?.[1] ?? null;
  }
  return "not an IP address";
}
