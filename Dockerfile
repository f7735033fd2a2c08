# openai-history-bot: one instance. Several share their state through PostgreSQL
# (OPENAI_BOT_STATE_URL); see compose.yaml and "Running more than one instance" in the README.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    OPENAI_BOT_HTTP_HOST=0.0.0.0 \
    OPENAI_BOT_DATA_DIR=/var/lib/openai-bot

WORKDIR /app
COPY pyproject.toml README.md ./
COPY adapters adapters
COPY bot bot
COPY knowledge knowledge
COPY bench bench
COPY seeds seeds
RUN pip install . \
    && useradd --system --create-home --home-dir /var/lib/openai-bot openai-bot \
    && openai-bot --version

USER openai-bot
# The index is built from the articles in the image; the state lives in PostgreSQL (or, alone,
# in the data volume).
RUN openai-bot index --quiet
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request, sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:3000/healthz', timeout=2).status != 200)"
CMD ["openai-bot", "run"]
