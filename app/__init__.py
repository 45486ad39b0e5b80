"""Yizhan (一站): one-stop governance service centre. Importing `app` never imports Qt."""
