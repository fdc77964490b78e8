"""Widgets: the main window, its lists and panes, dialogs (no database access here)."""
