# Hyosan: a self-hosted Discord bot. Build: docker build -t hyosan . ; run: docker run --env-file .env hyosan
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATA_DIR=/app/data \
    DATABASE_URL=sqlite+aiosqlite:////app/var/hyosan.db \
    METRICS_PORT=9100 \
    METRICS_HOST=0.0.0.0

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
# /healthz, /readyz and /metrics (Prometheus); publish it to the orchestrator, not the internet.
EXPOSE 9100
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:9100/healthz', timeout=4)"
CMD ["python", "-m", "bot", "run"]
