# Multi-stage build of the monorepo with the same commands CI uses
# (npm ci, npm run build). One image serves migrate, worker, web and seed.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json .npmrc ./
COPY packages/core/package.json packages/core/
COPY packages/db/package.json packages/db/
COPY apps/worker/package.json apps/worker/
COPY apps/worker/bin apps/worker/bin
COPY apps/web/package.json apps/web/
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY --from=build --chown=node:node /app /app
USER node
# The worker's extraction reads sentencex-wasm's WebAssembly file when it runs:
# extract the demo articles here, so an image that lost it (or anything else
# extraction needs) fails to build instead of failing its first job.
RUN node apps/worker/bin/tally.js extract corpus/articles/* > /dev/null
EXPOSE 3000
CMD ["node", "scripts/start.mjs"]
