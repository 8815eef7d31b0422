"""Premiere day: what Hyosan does for a server as the season-2 premiere approaches."""
