# Akhbar worker image: multi-stage, slim, non-root, torch-free. Linted by hadolint in the test suite.
FROM python:3.11-slim AS build
RUN pip install --no-cache-dir "uv==0.13.8"
WORKDIR /src
COPY pyproject.toml uv.lock README.md ./
COPY worker ./worker
COPY schemas ./schemas
RUN uv sync --frozen --no-dev --no-editable --python /usr/local/bin/python3.11

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 --user-group akhbar
COPY --from=build /src/.venv /opt/akhbar
ENV PATH=/opt/akhbar/bin:$PATH AKHBAR_DATA_DIR=/home/akhbar/data AKHBAR_METRICS_HOST=0.0.0.0 \
    PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
USER 10001:10001
WORKDIR /home/akhbar
EXPOSE 9308
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:9308/healthz', timeout=2).status != 200)"]
ENTRYPOINT ["akhbar"]
CMD ["worker"]
