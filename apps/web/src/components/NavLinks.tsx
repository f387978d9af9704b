"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/claims", label: "Claims" },
  { href: "/disagreements", label: "Disagreements" },
  { href: "/articles", label: "Articles" },
  { href: "/queue", label: "Queue" },
] as const;

/** The header's page links, with the current section marked for screen readers and the eye. */
export function NavLinks() {
  const path = usePathname();
  return (
    <ul className="nav">
      {LINKS.map((l) => {
        const current = l.href === "/" ? path === "/" : path === l.href || path.startsWith(`${l.href}/`);
        return (
          <li key={l.href}>
            <Link href={l.href} aria-current={current ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
