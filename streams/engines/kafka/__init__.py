"""The Kafka engine: the pipeline steps as Faust agents over topics and tables."""
