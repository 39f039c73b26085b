"""The statistics area (统计): the statistics page with drill-down and exports, and the office overview."""
