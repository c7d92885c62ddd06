# syntax=docker/dockerfile:1
# clipcast: production image.
# Build: docker build -t clipcast .
#        (podman/buildah: podman build --format docker -t clipcast . — the default OCI format drops HEALTHCHECK)
# Run:   docker run --env-file .env -v clipcast-data:/app/data clipcast

# 1. Compile the TypeScript to dist/ (needs the dev dependencies: TypeScript).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# --ignore-scripts: the pinned `node` devDependency would fetch a second Node 24 (this image has one).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY commands ./commands
COPY src ./src
RUN node scripts/build.js

# 2. Production dependencies only (nothing is compiled natively, so no install scripts are needed).
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. The image: compiled JavaScript, package.json and production dependencies; no sources, no TypeScript.
FROM node:24-bookworm-slim AS runtime
# The MALLOC_* settings and the small young generation (CMD) are what `npm start` uses: they keep
# the resident memory of a bot, idle or with many jobs in flight, below the defaults
# (bench/RESULTS.md). Fixed malloc thresholds turn off glibc's growing ones, so freed memory goes
# back to the system and streamed 64 KB chunks are mapped and unmapped on their own.
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    MALLOC_TRIM_THRESHOLD_=131072 \
    MALLOC_MMAP_THRESHOLD_=65536 \
    NODE_COMPILE_CACHE=/tmp/clipcast-compile-cache \
    STORAGE_URL=sqlite:///app/data/clipcast.sqlite \
    HTTP_PORT=8080 \
    TEMP_DIR=/tmp/clipcast
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json ./
COPY --from=build --chown=root:root /app/dist ./dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 8080) + '/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form, node as PID 1 with no shell or npm in between: `docker stop`'s SIGTERM reaches the bot,
# which stops taking work and exits within 10 s (shard processes, with SHARD_COUNT, are stopped first).
CMD ["node", "--max-semi-space-size=4", "dist/src/index.js"]
