"""The pipeline steps after cleaning, written once and run by both engines: duplicates,
incident merge, alert matching."""
