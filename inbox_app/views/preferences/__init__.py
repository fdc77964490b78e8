"""Settings > Preferences: the seller's response-time target and the deadline alerts."""
