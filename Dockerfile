# syntax=docker/dockerfile:1
# clipcast: production image. Build: docker build -t clipcast .
# Run:   docker run --env-file .env -v clipcast-data:/app/data clipcast

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only (tsx runs the TypeScript sources; nothing is compiled natively).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    STORAGE_URL=sqlite:///app/data/clipcast.sqlite \
    HTTP_PORT=8080 \
    TEMP_DIR=/tmp/clipcast
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json ./
COPY --chown=root:root commands ./commands
COPY --chown=root:root src ./src
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 8080) + '/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: SIGTERM reaches Node, which stops taking work and exits within 10 s.
CMD ["node", "--import", "tsx", "src/index.ts"]
