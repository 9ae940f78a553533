# Trellis: one image for the web app and the API. Stateless: state lives in PostgreSQL (DATABASE_URL), or in
# the embedded database under /data when DATABASE_URL is unset (one container only, see docs/deployment.md).
#
# The runtime stage holds the built server (plain JavaScript, run by `node`), the built web app, the
# migrations and production dependencies only: no TypeScript sources, tests, e2e or dev tooling.
# packages/server/src/scripts/image.test.ts checks this file and assembles the same tree to start it.
#
# Node.js 24 is the LTS line (the same version .ci/run tests with). To pin the digest as well, append
# `@sha256:…` from `docker buildx imagetools inspect node:24.21.0-bookworm-slim` (the multi-platform index).
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY packages/sdk/package.json packages/sdk/
COPY packages/server/package.json packages/server/
COPY packages/web/package.json packages/web/
COPY bench/package.json bench/
COPY e2e/package.json e2e/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web && npm run build:server

# Production dependencies of the server (and of core, which the server bundle includes), from the lockfile.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY packages/sdk/package.json packages/sdk/
COPY packages/server/package.json packages/server/
COPY packages/web/package.json packages/web/
COPY bench/package.json bench/
COPY e2e/package.json e2e/
RUN npm ci --omit=dev --workspace packages/server --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 TRELLIS_DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/packages/server/package.json packages/server/
COPY --from=build /app/packages/server/bin packages/server/bin
COPY --from=build /app/packages/server/dist packages/server/dist
COPY --from=build /app/packages/server/drizzle packages/server/drizzle
COPY --from=build /app/packages/web/dist packages/web/dist
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
# Follows PORT when a deployment sets another one.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "packages/server/dist/cli.js", "start"]
