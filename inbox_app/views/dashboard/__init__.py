"""The metrics dashboard (objectName metricsDashboard): Amazon's response-time figures
for 7, 30 and 90 days, a daily chart, the marketplaces and the next deadlines."""
