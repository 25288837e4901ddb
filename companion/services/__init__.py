"""The seam between the store and its users: what a page or a command may ask of the store."""
