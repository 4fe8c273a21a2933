#!/usr/bin/env bash
# Make this machine ready for the test suite: Debian packages the tests drive (Chromium,
# gettext), a running PostgreSQL 15, and a role and database for the tests.
# Safe to run again: every step checks first and does nothing when already done.
set -euo pipefail

DB_NAME="${TEST_DB_NAME:-ogp}"
DB_USER="${TEST_DB_USER:-ogp}"
DB_PASSWORD="${TEST_DB_PASSWORD:-ogp-test-only}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" fonts-dejavu-core >/dev/null
fi

if ! pg_lsclusters -h 2>/dev/null | grep -q "^15 *main .*online"; then
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^15 *main"; then
    as_root pg_createcluster 15 main >/dev/null
  fi
  echo "Starting PostgreSQL 15"
  as_root pg_ctlcluster 15 main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done

psql_admin() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA "$@"
  else sudo -n -u postgres psql -v ON_ERROR_STOP=1 -qtA "$@"; fi
}
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname='${DB_USER}'")" != "1" ]; then
  psql_admin -c "CREATE ROLE ${DB_USER} LOGIN CREATEDB PASSWORD '${DB_PASSWORD}'"
fi
# pytest-django creates and drops its own test database, so the role needs CREATEDB.
psql_admin -c "ALTER ROLE ${DB_USER} CREATEDB PASSWORD '${DB_PASSWORD}'"
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname='${DB_NAME}'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE ${DB_NAME} OWNER ${DB_USER}"
fi
# Trigram and unaccent extensions are created by migrations; make them available to the role.
psql_admin -d template1 -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" >/dev/null
echo "PostgreSQL ready: postgres://${DB_USER}:***@127.0.0.1:5432/${DB_NAME}"
