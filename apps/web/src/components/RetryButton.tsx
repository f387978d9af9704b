"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Queues one failed article again (POST /api/articles/retry) and reloads the page's data. */
export function RetryButton({ id }: { id: string }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "busy" | "done" | string>("idle");
  async function retry() {
    setState("busy");
    try {
      const res = await fetch("/api/articles/retry", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ids: [id] }) });
      if (!res.ok) {
        const b = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState(`Retry failed: ${b?.error?.message ?? `HTTP ${res.status}`}`);
        return;
      }
      setState("done");
      router.refresh();
    } catch (e) {
      setState(`Could not reach the server: ${(e as Error).message}`);
    }
  }
  return (
    <p>
      <button type="button" onClick={() => void retry()} disabled={state === "busy" || state === "done"}>
        {state === "busy" ? "Retrying…" : state === "done" ? "Queued again" : "Retry"}
      </button>{" "}
      {state !== "idle" && state !== "busy" && state !== "done" ? <span role="alert">{state}</span> : null}
    </p>
  );
}
