"""Helpers every feature shares: identity documents, pinyin, the working calendar, attachments."""
