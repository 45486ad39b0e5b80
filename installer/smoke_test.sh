#!/usr/bin/env bash
# Smoke-test a built bundle: it must start offscreen, visit every tab and exit 0.
set -euo pipefail
bundle="${1:-dist/yizhan}"
out="$(mktemp -d)"
QT_QPA_PLATFORM=offscreen YIZHAN_DATA_DIR="$out/data" \
  "$bundle/yizhan" --self-test --screenshot-dir "$out/shots"
echo "screenshots in $out/shots"
