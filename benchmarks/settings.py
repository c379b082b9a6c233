"""Production settings as served, plus the trivial view measured as the ceiling.

Only the benchmark uses this module; `make bench` sets the environment
production requires (secret key, hosts, the throwaway database).
"""

from osmose_site.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
