import { AppError } from "@tally/core";
import { addUrls, listArticles } from "@tally/db";
import { ArticlesQuerySchema, AddArticlesBodySchema, MAX_POST_BYTES, MAX_URLS_PER_POST } from "@/server/articles.types";
import { db } from "@/server/db";
import { assertSameOrigin, isFormPost, json, parseBody, parseQuery, readText, route } from "@/server/http";
import { enqueueNew } from "@/server/queue";

export const dynamic = "force-dynamic";

/** GET /api/articles?status=&limit=&cursor=: articles newest first. */
export const GET = route(async (req) => {
  const q = parseQuery(req, ArticlesQuerySchema);
  const page = await listArticles(db(), q);
  return json({ articles: page.items, nextCursor: page.nextCursor });
});

/**
 * POST /api/articles { urls }: 202 with each URL accepted (and its article) or
 * rejected (and why). The queue page's form, posted without scripts, sends
 * `urls` as lines of a form field; it is answered with a redirect back to /queue.
 */
export const POST = route(async (req) => {
  assertSameOrigin(req);
  if (isFormPost(req)) {
    const form = new URLSearchParams(await readText(req, MAX_POST_BYTES));
    const lines = (form.get("urls") ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const urls = AddArticlesBodySchema.parse({ urls: lines }).urls.slice(0, MAX_URLS_PER_POST);
    const result = await addUrls({ db: db(), enqueue: enqueueNew }, urls);
    const to = new URL("/queue", req.url);
    to.searchParams.set("accepted", String(result.accepted.length));
    to.searchParams.set("rejected", String(result.rejected.length));
    return new Response(null, { status: 303, headers: { location: to.pathname + to.search } });
  }
  const body = await parseBody(req, AddArticlesBodySchema, MAX_POST_BYTES);
  if (body.urls.length > MAX_URLS_PER_POST) {
    throw new AppError("too_large", `urls: at most ${MAX_URLS_PER_POST} a request, got ${body.urls.length}`);
  }
  return json(await addUrls({ db: db(), enqueue: enqueueNew }, body.urls), 202);
});
