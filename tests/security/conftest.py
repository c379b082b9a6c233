import os

# The busy-morning test drives a real ASGI server against the test database:
# it runs where that database is PostgreSQL (CI's second pass). Left out of
# collection elsewhere, so it is never a skipped test.
collect_ignore = (
    []
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
    else ["test_busy_morning.py"]
)
