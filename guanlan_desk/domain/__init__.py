"""Pure domain rules: enumerations, validators, numbering, deadlines, lifecycles. Imports nothing of the project."""
