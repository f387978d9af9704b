import { AppError } from "@tally/core";
import { getArticle } from "@tally/db";
import { db } from "@/server/db";
import { json, route } from "@/server/http";

export const dynamic = "force-dynamic";

/** GET /api/articles/:id: the article with its main text and its claims; 404 when there is none. */
export const GET = route<{ params: Promise<{ id: string }> }>(async (_req, { params }) => {
  const { id } = await params;
  const article = await getArticle(db(), id);
  if (!article) throw new AppError("not_found", `no article with id ${JSON.stringify(id.slice(0, 100))}`);
  return json(article);
});
