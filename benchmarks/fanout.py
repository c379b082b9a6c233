"""Fan-out: time and queries of publishing a post every member is told about.

`python benchmarks/fanout.py OUT.json`, on the benchmark database, with tasks
run immediately (the embedded setup): the publication, its notifications
(written by tasks above NOTIFICATIONS_INLINE_MAX recipients) and their commit.
"""

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "osmose_site.settings.dev")


def main() -> None:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connections, transaction
    from django.test.utils import CaptureQueriesContext

    from blog.models import BlogIndexPage, BlogPage
    from notifications.models import Notification

    editor = get_user_model().objects.get(username="editeur")
    index = BlogIndexPage.objects.get()
    before = Notification.objects.count()
    post = BlogPage(
        title="Mesure de diffusion : nouvel article",
        introduction="Un article publié pour mesurer la diffusion des notifications.",
        body=[{"type": "paragraph", "value": "<p>Bonjour à tous les membres.</p>"}],
        owner=editor,
    )
    with CaptureQueriesContext(connections["default"]) as queries:
        start = time.perf_counter()
        with transaction.atomic():
            index.add_child(instance=post)
            # Published as the publishing workflow would, after its checks.
            post.save_revision(user=editor).publish()
        seconds = time.perf_counter() - start
    delivered = Notification.objects.filter(event__target_object_id=str(post.pk))
    Path(sys.argv[1]).write_text(
        json.dumps(
            {
                "recipients": get_user_model().objects.filter(is_active=True).count()
                - 1,
                "notifications": delivered.count(),
                "seconds": round(seconds, 2),
                "queries": len(queries),
                "notifications_before": before,
            }
        )
    )


if __name__ == "__main__":
    main()
