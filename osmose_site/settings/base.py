"""Settings shared by every environment; what varies comes from the environment."""

from pathlib import Path

import environ
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_NAME = "OSMOSE"
WAGTAIL_SITE_NAME = SITE_NAME
# The public address: every absolute link (e-mails, feeds) and, after each
# `migrate`, the Wagtail Site's host and port (home/sites.py).
BASE_URL = env.str("BASE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL
# No gravatar.com: it would receive a hash of staff e-mails; the admin shows
# the member's profile photo or initials (profiles/wagtail_hooks.py).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

INSTALLED_APPS = [
    # daphne first: `runserver` then serves ASGI, which WebSockets need.
    "daphne",
    "home",
    "blog",
    "events",
    "documents",
    "faq",
    "discussions",
    "messaging",
    "search",
    "membership",
    "privacy",
    "comments",
    "profiles",
    "mentions",
    "notifications",
    "operations",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "profiles.users_app.MemberUsersAppConfig",  # wagtail.users
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "channels",
    "dsfr",
    "widget_tweaks",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # Outermost: request id, one log line per request, 503 on database outage.
    "operations.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # NUL characters in the path, query or form: the French 400 page.
    "osmose_site.input.InputGuardMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Everything is members-only; public views opt out with @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # Admin URLs of a page restricted to other groups answer 403 (home/admin_access.py).
    "home.middleware.AdminPageRestrictionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # The French page for empty 405 answers (osmose_site/errors.py).
    "osmose_site.errors.ErrorPageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "osmose_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "osmose_site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "osmose_site.context_processors.site",
                "notifications.context_processors.bell",
                "home.context_processors.layout",
            ],
        },
    },
]

WSGI_APPLICATION = "osmose_site.wsgi.application"
ASGI_APPLICATION = "osmose_site.asgi.application"

# Database: an SQLite file by default, PostgreSQL (or any DATABASE_URL) in production.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'osmose.sqlite3'}")
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
DATABASE_IS_SQLITE = DATABASES["default"]["ENGINE"].endswith("sqlite3")
# Under ASGI every request may run in another thread, and persistent
# per-thread connections (CONN_MAX_AGE) piled up until "too many clients
# already": by default each request closes its connection (CONN_MAX_AGE=0).
# DATABASE_POOL_MAX_SIZE > 0 takes connections from psycopg's pool instead
# (processes × size under the server's max_connections); after a database
# restart that pool still handed out closed connections, hence off by default.
DATABASE_POOL_MAX_SIZE = env.int("DATABASE_POOL_MAX_SIZE", default=0)
# Concurrent SQLite writers wait for each other instead of failing with
# "database is locked": write-ahead log (readers never block the writer), a
# busy timeout, and write transactions that take the lock when they begin.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "timeout": env.int("SQLITE_BUSY_TIMEOUT", default=20),
    "transaction_mode": "IMMEDIATE",
}
if DATABASE_IS_POSTGRES:
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    if DATABASE_POOL_MAX_SIZE > 0:
        DATABASES["default"]["CONN_MAX_AGE"] = 0
        DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
            "min_size": env.int("DATABASE_POOL_MIN_SIZE", default=1),
            "max_size": DATABASE_POOL_MAX_SIZE,
            # Seconds a request waits for a free connection before failing.
            "timeout": env.float("DATABASE_POOL_TIMEOUT", default=10),
        }
    else:
        DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
elif DATABASE_IS_SQLITE:
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Authentication
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "membership.backends.ProConnectBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
CSRF_FAILURE_VIEW = "osmose_site.errors.csrf_failure"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"
WAGTAILADMIN_LOGIN_URL = "/connexion/"
WAGTAIL_FRONTEND_LOGIN_URL = "/connexion/"
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=60 * 60 * 24 * 14)
# Sessions are read from the cache (Redis with REDIS_URL), the database keeping
# them across restarts: no session query on most requests.
SESSION_ENGINE = env.str(
    "SESSION_ENGINE", default="django.contrib.sessions.backends.cached_db"
)

# Membership: invitation links stay valid this many days; a first ProConnect
# sign-in from an allowed domain opens a Membre account at once (others wait
# for an administrator); the ProConnect domains never sign in with a password.
MEMBERSHIP_INVITATION_DAYS = env.int("INVITATION_VALID_DAYS", default=14)
MEMBERSHIP_ALLOWED_DOMAINS = env.list("MEMBERSHIP_ALLOWED_DOMAINS", default=[])
MEMBERSHIP_PROCONNECT_DOMAINS = env.list("PROCONNECT_REQUIRED_DOMAINS", default=[])

# ProConnect (OpenID Connect, through mozilla-django-oidc): enabled when the
# discovery URL and the client id are set; endpoints come from discovery.
PROCONNECT_DISCOVERY_URL = env.str("PROCONNECT_DISCOVERY_URL", default="")
OIDC_RP_CLIENT_ID = env.str("PROCONNECT_CLIENT_ID", default="")
OIDC_RP_CLIENT_SECRET = env.str("PROCONNECT_CLIENT_SECRET", default="")
OIDC_RP_SIGN_ALGO = env.str("PROCONNECT_SIGN_ALGO", default="RS256")
OIDC_RP_SCOPES = env.str(
    "PROCONNECT_SCOPES", default="openid email given_name usual_name uid siret"
)
OIDC_USE_PKCE = True
OIDC_USE_NONCE = True
# Kept for the logout: ProConnect's end-session endpoint wants it as a hint.
OIDC_STORE_ID_TOKEN = True
OIDC_TIMEOUT = env.int("PROCONNECT_TIMEOUT", default=10)
OIDC_AUTHENTICATION_CALLBACK_URL = "proconnect_callback"

# Failed-login throttling: AXES_FAILURE_LIMIT failures lock the username+IP pair.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.25)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = env.int("PROXY_COUNT", default=0) or None

# Internationalisation: French first.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "osmose_site" / "locale"]

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "osmose_site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# When set (e.g. "/protected-media/"), member files are handed to the reverse
# proxy with X-Accel-Redirect after the login check instead of streamed by Django.
MEDIA_ACCEL_REDIRECT_PREFIX = env.str("MEDIA_ACCEL_REDIRECT_PREFIX", default="")
# Media folders that /media/ never serves: their files are handed out only by
# their app's views, which apply collection privacy (library documents, their
# previews).
MEDIA_PRIVATE_PREFIXES = ["documents/", "exports/"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if env.str("AWS_STORAGE_BUCKET_NAME", default=""):
    # Object storage keeps files private: every URL is a short-lived signed one.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env.str("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env.str("AWS_S3_REGION_NAME", default=None),
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 300,
            "file_overwrite": False,
        },
    }
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Cache and channel layer: in-process by default, Redis when REDIS_URL is set.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL]},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

# Search: Wagtail's database backend (SQLite FTS5 or PostgreSQL full-text with an
# accent-insensitive French configuration), or Elasticsearch when configured.
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
# Elasticsearch: every text field analysed in French, accents folded
# ("webinaires" finds "webinaire", "reunion" finds "réunion").
ELASTICSEARCH_FRENCH_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c"],
                },
                "french_stemmer": {"type": "stemmer", "language": "light_french"},
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "french_elision",
                        "lowercase",
                        "asciifolding",
                        "french_stemmer",
                    ],
                }
            },
        }
    }
}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX": env.str("ELASTICSEARCH_INDEX", default="osmose"),
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": ELASTICSEARCH_FRENCH_ANALYSIS,
        }
    }
else:
    # Wagtail's database backend; on SQLite it also matches French word forms.
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
    if DATABASE_IS_POSTGRES:
        # Created by search/migrations: French stemming plus unaccent.
        WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "french_unaccent"

# Tasks: run at once in the embedded setup; a database-backed worker in production.
TASKS = {
    "default": {
        "BACKEND": env.str(
            "TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Notifications: fan-outs to more members than this run as background tasks.
NOTIFICATIONS_INLINE_MAX = env.int("NOTIFICATIONS_INLINE_MAX", default=200)
# Profile photos: upload limits checked with Pillow before any resizing.
PROFILE_PHOTO_MAX_BYTES = 5 * 1024 * 1024
PROFILE_PHOTO_MAX_PIXELS = 24_000_000

# E-mail: the console by default, any SMTP server through EMAIL_URL.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="OSMOSE <osmose@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Tags get ASCII slugs (?tag=deploiement rather than a percent-encoded "é").
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

# Comments: anti-flood limit per member (counted in the cache above).
COMMENTS_MAX_PER_MINUTE = env.int("COMMENTS_MAX_PER_MINUTE", default=5)
# Messaging: anti-flood limit per member (a chat needs more than comments).
MESSAGING_MAX_PER_MINUTE = env.int("MESSAGING_MAX_PER_MINUTE", default=30)

# Wagtail
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The library's document model, its upload form (allow-list, size, content
# checks) and the types it accepts.
WAGTAILDOCS_DOCUMENT_MODEL = "documents.LibraryDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.forms.LibraryDocumentForm"
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "odt",
    "xls",
    "xlsx",
    "ods",
    "ppt",
    "pptx",
    "odp",
    "png",
    "jpg",
    "jpeg",
    "txt",
    "csv",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int(
    "DOCUMENTS_MAX_UPLOAD_SIZE", default=50 * 1024 * 1024
)
# Each uploaded file is read by a child process limited to this address space
# (bytes) and CPU time (seconds); beyond them the document is marked unreadable.
DOCUMENTS_PROCESSING_MAX_MEMORY = env.int(
    "DOCUMENTS_PROCESSING_MAX_MEMORY", default=1024 * 1024 * 1024
)
DOCUMENTS_PROCESSING_MAX_SECONDS = env.int(
    "DOCUMENTS_PROCESSING_MAX_SECONDS", default=60
)
# Wagtail's own serve view only ever answers downloads; the library's
# "Afficher" view shows PDFs and images inline after its own access check.
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_I18N_ENABLED = False
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Security headers
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content Security Policy on the member site. Wagtail's admin relies on inline
# scripts (date pickers, Telepath), so the strict policy stops at /admin/.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'", "ws:", "wss:"],
        "frame-src": ["'self'", "https:"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Personal data (RGPD): how long an archive may be downloaded, and what
# `manage.py apply_retention` (daily) deletes.
PRIVACY_EXPORT_TTL_HOURS = env.int("PRIVACY_EXPORT_TTL_HOURS", default=72)
PRIVACY_NOTIFICATION_RETENTION_DAYS = env.int(
    "PRIVACY_NOTIFICATION_RETENTION_DAYS", default=180
)
PRIVACY_LOGIN_RECORD_RETENTION_DAYS = env.int(
    "PRIVACY_LOGIN_RECORD_RETENTION_DAYS", default=30
)

# Logs: one JSON object per line (LOG_FORMAT=text for reading by eye), each
# with the id of the request it belongs to (also shown on the error pages).
LOG_FORMAT = env.str("LOG_FORMAT", default="json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "operations.log_format.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "operations.log_format.JsonFormatter"},
        "text": {"()": "operations.log_format.TextFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
