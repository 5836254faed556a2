"""Alert delivery: where alerts go (terminal, JSON lines, signed webhooks, chat channels)."""
