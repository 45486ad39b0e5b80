#!/usr/bin/env bash
# Install the district server into PREFIX: a virtual environment with the `server` extra only
# (no Qt), and the app's code and resources beside it. The Dockerfile runs this same script, so a
# bare host (systemd) and the container hold the same files.
#
#   installer/server/install.sh /opt/yizhan-server
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
prefix="${1:?usage: install.sh PREFIX}"
python="${PYTHON:-python3}"
mkdir -p "$prefix"
"$python" -m venv "$prefix/venv"
"$prefix/venv/bin/python" -m pip install --quiet --upgrade pip
# Dependencies of the server extra, then the code itself as files (resources/ sits beside app/).
"$prefix/venv/bin/python" -m pip install --quiet "$src[server]"
"$prefix/venv/bin/python" -m pip uninstall --quiet --yes yizhan
rm -rf "$prefix/app" "$prefix/resources"
cp -r "$src/app" "$prefix/app"
mkdir -p "$prefix/resources"
cp -r "$src/resources/reference" "$prefix/resources/reference"
cp "$src/pyproject.toml" "$prefix/pyproject.toml"
find "$prefix/app" -name '__pycache__' -prune -exec rm -rf {} +
install -m 0755 "$src/installer/server/entrypoint.sh" "$src/installer/server/backup.sh" "$prefix/"
if "$prefix/venv/bin/python" -c "import PySide6" 2>/dev/null; then
  echo "install.sh: PySide6 ended up in the server environment" >&2
  exit 1
fi
echo "installed the district server in $prefix"
