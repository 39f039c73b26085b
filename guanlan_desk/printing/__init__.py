"""Print jobs: gather a record through the services, fill a printed form, write the PDF, audit the print."""
