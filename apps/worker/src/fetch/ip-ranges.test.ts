import { describe, expect, it } from "vitest";
import { embeddedIpv4, ipv6Groups, refusedRange } from "./ip-ranges.js";

describe("refusedRange", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["0.0.0.0", "this-network"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fc00::1", "unique-local (private)"],
    ["fd00:ec2::254", "unique-local (private)"],
    ["fe80::1", "link-local"],
    ["FE80::abcd%eth0", "link-local"],
    ["ff02::1", "multicast"],
    ["[::1]", "loopback"],
  ])("refuses %s as %s", (address, label) => {
    expect(refusedRange(address)).toBe(label);
  });

  it.each([
    ["::ffff:127.0.0.1"],
    ["::ffff:7f00:1"],
    ["[::ffff:a9fe:a9fe]"], // 169.254.169.254
    ["::ffff:10.0.0.1"],
    ["::127.0.0.1"],
    ["64:ff9b::192.168.0.1"],
  ])("refuses the private IPv4 address inside %s", (address) => {
    expect(refusedRange(address)).toMatch(/\(IPv4 inside IPv6\)$/);
  });

  it.each([["93.184.215.14"], ["8.8.8.8"], ["172.32.0.1"], ["100.128.0.1"], ["169.255.0.1"], ["2606:4700::6810:84e5"], ["::ffff:8.8.8.8"], ["64:ff9b::808:808"]])(
    "lets public %s through",
    (address) => {
      expect(refusedRange(address)).toBeNull();
    },
  );

  it("refuses what is not an IP address rather than guessing", () => {
    expect(refusedRange("example.com")).toBe("not an IP address");
    expect(refusedRange("")).toBe("not an IP address");
    expect(refusedRange("127.1")).toBe("not an IP address");
  });
});

describe("ipv6Groups and embeddedIpv4", () => {
  it("expands :: and a trailing dotted quad", () => {
    expect(ipv6Groups("2001:db8::1")).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups("::ffff:1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(ipv6Groups("1.2.3.4")).toBeNull();
  });

  it("finds the IPv4 address of mapped, compatible and NAT64 forms only", () => {
    expect(embeddedIpv4("::ffff:c0a8:101")).toBe("192.168.1.1");
    expect(embeddedIpv4("64:ff9b::7f00:1")).toBe("127.0.0.1");
    expect(embeddedIpv4("::1")).toBeNull();
    expect(embeddedIpv4("2001:db8::7f00:1")).toBeNull();
  });
});
