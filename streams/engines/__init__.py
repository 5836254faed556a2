"""The two transports that run the pipeline steps: embedded (in-process) and kafka (Faust)."""
