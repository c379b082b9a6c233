"""Scale data: member comments spread over what the services let members comment.

Feature apps' generators run first and leave their commentable objects in
`ctx.targets[name]` (content type, ids); `ctx.figures["busy_post"]` gets
`BUSY_TARGET_COMMENTS` of them.
"""

from comments.models import Comment
from home.scale import bulk_insert, historic_dates

SCALE_ORDER = 50
COUNTS = {"comments": 50000}
BUSY_TARGET_COMMENTS = 300
REPLY_SHARE = 0.2


def _targets(ctx) -> list[tuple[int, int]]:
    return [
        (target["content_type_id"], object_id)
        for target in ctx.targets.values()
        if target.get("commentable", True)
        for object_id in target["ids"]
    ]


def generate(ctx) -> None:
    targets = _targets(ctx)
    if not targets:
        return
    total = ctx.count("comments")
    busy = (
        [(ctx.targets["blog"]["content_type_id"], ctx.figures["busy_post"])]
        if "busy_post" in ctx.figures
        else []
    )
    busy_count = min(BUSY_TARGET_COMMENTS, total // 2) if busy else 0
    chosen = busy * busy_count + [
        ctx.rng.choice(targets) for _ in range(total - busy_count)
    ]
    top_level_count = round(len(chosen) * (1 - REPLY_SHARE))

    def rows(pairs, parents=None):
        for content_type_id, object_id in pairs:
            parent = None
            if parents:
                siblings = parents.get((content_type_id, object_id))
                parent = ctx.rng.choice(siblings) if siblings else None
            yield Comment(
                content_type_id=content_type_id,
                object_id=object_id,
                parent=parent,
                author_id=ctx.member_id(),
                text=ctx.member_text(),
                created_at=ctx.past(),
            )

    with historic_dates(Comment):
        top = bulk_insert(
            ctx, "comments", Comment, rows(chosen[:top_level_count]), top_level_count
        )
        parents: dict = {}
        for comment in top:
            parents.setdefault((comment.content_type_id, comment.object_id), []).append(
                comment
            )
        bulk_insert(
            ctx,
            "comment replies",
            Comment,
            rows(chosen[top_level_count:], parents),
            len(chosen) - top_level_count,
        )
