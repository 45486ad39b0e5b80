#!/usr/bin/env bash
# Nightly PostgreSQL backup of the district server (cron or a systemd timer):
#   0 2 * * *  yizhan  /opt/yizhan-server/backup.sh /var/backups/yizhan
# Keeps 14 daily dumps. Restore drill: docs/DEPLOY.md.
set -euo pipefail
dir="${1:?usage: backup.sh DIR}"
url="${DATABASE_URL:?DATABASE_URL must be set}"
mkdir -p "$dir"
umask 077
stamp="$(date +%Y%m%d-%H%M%S)"
pg_dump --format=custom --dbname="${url/postgresql+psycopg/postgresql}" --file="$dir/yizhan-$stamp.dump"
ls -1t "$dir"/yizhan-*.dump | tail -n +15 | xargs -r rm --
