"""The Qt window: dialogs, pages and table models. Never imports sqlalchemy; pages get a
`companion.services.store_services.StoreServices` and report problems through
`ui.common.operation`."""
