import { AppError } from "@tally/core";
import { addUrls, listArticles } from "@tally/db";
import { ArticlesQuerySchema, AddArticlesBodySchema, MAX_POST_BYTES, MAX_URLS_PER_POST } from "@/server/articles.types";
import { db } from "@/server/db";
import { json, parseBody, parseQuery, route } from "@/server/http";
import { enqueueNew } from "@/server/queue";

export const dynamic = "force-dynamic";

/** GET /api/articles?status=&limit=&cursor=: articles newest first. */
export const GET = route(async (req) => {
  const q = parseQuery(req, ArticlesQuerySchema);
  const page = await listArticles(db(), q);
  return json({ articles: page.items, nextCursor: page.nextCursor });
});

/** POST /api/articles { urls }: 202 with each URL accepted (and its article) or rejected (and why). */
export const POST = route(async (req) => {
  const body = await parseBody(req, AddArticlesBodySchema, MAX_POST_BYTES);
  if (body.urls.length > MAX_URLS_PER_POST) {
    throw new AppError("too_large", `urls: at most ${MAX_URLS_PER_POST} a request, got ${body.urls.length}`);
  }
  return json(await addUrls({ db: db(), enqueue: enqueueNew }, body.urls), 202);
});
