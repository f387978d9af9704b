import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "@/components/NavLinks";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tally", template: "%s · Tally" },
  description: "Figures reported about the war, as each source stated them, charted over time.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {/* The first stop of the Tab key: past the navigation, straight to the page. */}
        <a href="#main" className="skip-link">
          Skip to the page
        </a>
        <header className="site-header">
          <nav className="inner" aria-label="Main">
            <Link href="/" className="brand">
              Tally<span>reported figures, by source</span>
            </Link>
            <NavLinks />
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          Every figure is a claim as one source stated it, not a verified count. Follow a point to its sentence before
          quoting it.
        </footer>
      </body>
    </html>
  );
}
