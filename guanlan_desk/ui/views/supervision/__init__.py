"""交办 / 督办 on the dashboard: the office instructs, the community signs off and answers."""
