# The bot as a container: `docker build -t karabakh-bot .`, then see README "Running it as a service".
# Build stage: every dependency, TypeScript compiled to dist/.
ARG NODE_VERSION=20
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build

# Runtime stage: production dependencies and the compiled bot only; no TypeScript loader.
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# The corpus and cache sit where the defaults look, so an empty CORPUS_DIR= or CACHE_DIR= in an
# env file copied from .env.example still finds them.
# Source maps: a stack trace in the log names the TypeScript line (shards and workers inherit it).
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    CORPUS_DIR=/app/corpus \
    CACHE_DIR=/app/.cache \
    HEALTH_PORT=9464 \
    HEALTH_HOST=127.0.0.1
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The seed articles: a new named volume starts with them; mount your own corpus over it.
COPY corpus ./corpus
RUN mkdir -p .cache && chown -R node:node corpus .cache
USER node
VOLUME ["/app/corpus", "/app/.cache"]
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
ENTRYPOINT ["node", "--no-regexp-tier-up"]
CMD ["dist/src/discord/main.js"]
