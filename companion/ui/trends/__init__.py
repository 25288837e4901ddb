"""The Trends page: charts of a person's own data, drawn with matplotlib when first shown."""
