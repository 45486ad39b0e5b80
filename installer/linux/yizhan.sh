#!/bin/sh
# Yizhan launcher: the desk's settings come from /etc/yizhan/yizhan.conf.
set -e
if [ -r /etc/yizhan/yizhan.conf ]; then
  . /etc/yizhan/yizhan.conf
fi
export YIZHAN_DATA_DIR="${YIZHAN_DATA_DIR:-/var/lib/yizhan}"
if [ ! -w "$YIZHAN_DATA_DIR" ]; then
  echo "一站：无法写入数据目录 $YIZHAN_DATA_DIR。请管理员执行：sudo adduser $(id -un) yizhan，然后重新登录。" >&2
  echo "Yizhan: cannot write $YIZHAN_DATA_DIR. Ask an administrator to run: sudo adduser $(id -un) yizhan, then log in again." >&2
  exit 1
fi
umask 007
exec /opt/yizhan/yizhan "$@"
