# The portal as one image: gunicorn serving Django with whitenoise, behind a TLS proxy.
FROM python:3.11-slim AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=ogp_portal.settings.production \
    PORT=8000 \
    MEDIA_ROOT=/app/var/media

# gettext for compilemessages at build time; nothing else is needed at run time.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 portal

WORKDIR /app
COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir .
COPY . .

# Build-time steps need settings but no secrets or database: the local settings serve.
RUN DJANGO_SETTINGS_MODULE=ogp_portal.settings.local python manage.py compilemessages --ignore=.venv \
    && DJANGO_SETTINGS_MODULE=ogp_portal.settings.local python manage.py collectstatic --no-input \
    && mkdir -p /app/var/media \
    && chown -R portal:portal /app/var

USER portal
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "scripts/healthcheck.py"]
ENTRYPOINT ["scripts/docker-entrypoint.sh"]
CMD ["gunicorn", "--config", "gunicorn.conf.py", "ogp_portal.wsgi"]
