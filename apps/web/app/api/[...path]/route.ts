import { errorResponse } from "@/server/http";

export const dynamic = "force-dynamic";

/** Any other /api path: a JSON 404 like the rest of the API, not the dashboard's HTML page. */
function notFound(req: Request): Response {
  return errorResponse(404, "not_found", `no API route ${new URL(req.url).pathname}`);
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
