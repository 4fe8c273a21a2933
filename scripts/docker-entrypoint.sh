#!/bin/sh
# Apply migrations (and, when asked, load the demo content), then run the given command.
set -e
python manage.py migrate --no-input
python manage.py createcachetable
if [ "${LOAD_DEMO:-0}" = "1" ]; then
  python manage.py load_demo
fi
exec "$@"
