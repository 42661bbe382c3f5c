"""One module per tab of the main window, each mirroring a domain package."""
