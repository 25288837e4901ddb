"""The seam: what a page or a command may ask of the store, in small modules by feature.

`access` (create, unlock, keychain, passphrase), `journal`, `plan`, `settings`, `export`;
`store_services.StoreServices` binds them to one open store for the window's pages.
"""
