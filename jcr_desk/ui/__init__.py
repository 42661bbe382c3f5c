"""Everything Qt: main window, tabs, item models, workers, dialogs and charts."""
