"""The Qt window: dialogs, pages and table models. Never imports sqlalchemy; data flows in and
out through `companion.services.operations`."""
