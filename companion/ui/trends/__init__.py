"""The Trends page: charts of the person's own patterns, and the monthly report."""
