"""The embedded engine: every step in one process, asyncio queues, SQLite state."""
