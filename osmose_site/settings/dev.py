"""Development: the embedded setup `make run` serves."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str(
    "SECRET_KEY", default="dev-only-insecure-key-never-use-in-production"
)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["*"])
PRODUCTION = False
