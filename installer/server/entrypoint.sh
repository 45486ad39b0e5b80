#!/usr/bin/env bash
# Start the district server: migrate the database once, then serve.
# Settings come from the environment (docs/DEPLOY.md): DATABASE_URL, YIZHAN_SERVER_HOST,
# YIZHAN_SERVER_PORT, YIZHAN_SERVER_WORKERS and the rest of app/server/settings.py.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
py="$here/venv/bin/python"
"$py" -m app.server migrate
exec "$py" -m app.server \
  --host "${YIZHAN_SERVER_HOST:-0.0.0.0}" \
  --port "${YIZHAN_SERVER_PORT:-8765}" \
  --workers "${YIZHAN_SERVER_WORKERS:-2}"
