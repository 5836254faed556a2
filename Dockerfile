# newswatch: one image for the crawler service, the stream worker and the API.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 newswatch
WORKDIR /app

COPY pyproject.toml README.md ./
COPY crawlers ./crawlers
COPY streams ./streams
COPY indexer ./indexer
RUN pip install .

USER newswatch
WORKDIR /home/newswatch
ENTRYPOINT ["newswatch"]
CMD ["--help"]
