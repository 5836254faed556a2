# newswatch: one image for the crawler service, the stream worker and the API.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 newswatch
WORKDIR /app

# The pinned, hash-checked versions the tests ran with (requirements.lock), then the project
# itself without resolving anything again.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY crawlers ./crawlers
COPY streams ./streams
COPY indexer ./indexer
RUN pip install --no-deps .
# A named volume mounted here (the notifier's held digests) takes this owner.
RUN mkdir /data && chown newswatch /data

USER newswatch
WORKDIR /home/newswatch
ENTRYPOINT ["newswatch"]
CMD ["--help"]
