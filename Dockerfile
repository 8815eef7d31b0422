# Hyosan: a self-hosted Discord bot. Build: docker build -t hyosan . ; run: docker run --env-file .env hyosan
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATA_DIR=/app/data \
    DATABASE_URL=sqlite+aiosqlite:////app/var/hyosan.db

RUN useradd --create-home --uid 10001 hyosan
WORKDIR /app

COPY pyproject.toml requirements.lock README.md ./
COPY bot ./bot
COPY cogs ./cogs
COPY data ./data
RUN pip install -c requirements.lock '.[postgres]' \
    && mkdir -p /app/var && chown hyosan:hyosan /app/var

USER hyosan
VOLUME ["/app/var"]
CMD ["python", "-m", "bot", "run"]
