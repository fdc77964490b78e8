"""Deadline alerts: the tray icon with the count of threads due soon, and notifications
(freedesktop over D-Bus, else the tray's message, else a banner in the window)."""
