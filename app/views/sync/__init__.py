"""The 同步 tab, the sync status-bar widget and the Qt-side sync scheduler."""
