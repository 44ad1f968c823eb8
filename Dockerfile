# syntax=docker/dockerfile:1
# Build stage: install the bot and its pinned dependencies into a virtual environment.
FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml constraints.txt README.md ./
COPY bot ./bot
COPY flows ./flows
COPY messages ./messages
RUN python -m venv /venv \
    && /venv/bin/pip install --upgrade pip \
    && /venv/bin/pip install -c constraints.txt .

# Run stage: only the environment, as an unprivileged user.
FROM python:3.11-slim
RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin goodenough \
    && mkdir /data && chown goodenough /data
COPY --from=build /venv /venv
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DATA_DIR=/data \
    DATABASE_URL=sqlite+aiosqlite:////data/good-enough.sqlite3
USER goodenough
WORKDIR /home/goodenough
VOLUME ["/data"]
EXPOSE 8080
# Only webhook mode serves /healthz; in polling mode the check passes trivially.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD sh -c '[ -z "$WEBHOOK_URL" ] || python -c "import urllib.request; urllib.request.urlopen(\"http://127.0.0.1:${WEBHOOK_PORT:-8080}/healthz\", timeout=4)"'
CMD ["python", "-m", "bot"]
