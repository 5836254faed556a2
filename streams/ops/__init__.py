"""Operating a deployment: set-up, status, metrics and logs."""
