# Uitingswijzer: production image. Production dependencies only, runs as the unprivileged `node` user.
# Build: docker build -t uitingswijzer .   Run: docker run -p 3000:3000 --env-file .env -v uw-data:/data uitingswijzer
FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
# better-sqlite3 compiles its native part when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=sqlite:/data/uitingswijzer.sqlite \
    NODE_OPTIONS=--max-old-space-size=192
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY app ./app
COPY src ./src
COPY adapters ./adapters
COPY prompts ./prompts
COPY knowledge ./knowledge
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM stops it gracefully: requests in flight finish, queued answers are sent, the store closes.
CMD ["node", "bin/server.mjs"]
