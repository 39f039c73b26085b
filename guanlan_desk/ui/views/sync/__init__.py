"""The sync page: export, import, history, gaps, conflicts, enrolment, and the export schedule."""
