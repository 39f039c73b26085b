"""Offline sync by file bundles: keys, envelope, payload, exporter, importer, enrolment (issue 5). No Qt."""
