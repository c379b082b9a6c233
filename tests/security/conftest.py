import os

# The busy-morning test drives a real ASGI server against the test database;
# it measures what PostgreSQL does under concurrent posts, so it runs there.
collect_ignore = (
    []
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
    else ["test_busy_morning.py"]
)
