"""The `companion` command line: one module per command group."""
