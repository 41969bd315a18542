# The production image: built once by CircleCI, pushed to Docker Hub, run unchanged on Heroku.

# Build stage: a virtual environment with the pinned dependencies, and the static files
# collected, compressed and manifest-hashed by WhiteNoise.
FROM python:3.11-slim AS build

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH

RUN python -m venv /opt/venv
WORKDIR /app
COPY requirements.lock .
# Exactly the locked versions, each checked against its hash (make lock writes them).
# pip itself is not needed at run time: 16 MB less in the final image.
RUN pip install --no-cache-dir --require-hashes --requirement requirements.lock \
    && pip uninstall --yes --quiet pip
COPY . .
# collectstatic imports the production settings, which refuse to start without a secret
# key; this throw-away one lives only in this command, never in the image's environment.
# The code is compiled here because the app user cannot write __pycache__ at run time.
RUN SECRET_KEY=collectstatic-only-not-a-secret \
    DJANGO_SETTINGS_MODULE=oc_lettings_site.settings.production \
    python manage.py collectstatic --noinput --verbosity 0 \
    && python -m compileall -q -x '/staticfiles/' .

# Final stage: the same interpreter, the venv and the app, run by an unprivileged user.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=oc_lettings_site.settings.production \
    PORT=8000

RUN useradd --create-home --uid 1000 --user-group --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
# The code stays owned by root, so the web process cannot rewrite it; only media/ (used
# when no S3 bucket is configured) is writable by the app user.
COPY --from=build /app /app
RUN mkdir -p /app/media && chown app:app /app/media

USER 1000:1000
EXPOSE 8000

# Last, so a new commit rebuilds only this layer: Sentry tags every event with it.
ARG GIT_SHA=""
ENV SENTRY_RELEASE=$GIT_SHA

CMD ["gunicorn", "--config", "gunicorn.conf.py", "oc_lettings_site.wsgi"]
