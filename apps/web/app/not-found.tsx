import Link from "next/link";

export default function NotFound() {
  return (
    <div className="empty">
      <h1>Not found</h1>
      <p>There is nothing at this address. It may be an article that was never ingested, or a mistyped link.</p>
      <p>
        <Link href="/">Back to the overview</Link> · <Link href="/articles">All articles</Link>
      </p>
    </div>
  );
}
