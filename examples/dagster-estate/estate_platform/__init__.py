"""The platform package shared by every code location of the demo estate.

It plays the part the project template plays for a real project: the naming and ownership
conventions, the compute-profile tags, column helpers for personal data, the Parquet I/O
manager and the reusable asset checks. Each code location imports it; nothing in it is
specific to one location.
"""
