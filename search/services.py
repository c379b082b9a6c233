from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.models import QueryStat
from search.selectors import search_words


def query_record(*, query: str, result_count: int) -> None:
    """Count one search of `query` (its words), and whether it found nothing."""
    words = search_words(query)[:255]
    if not words:
        return
    now = timezone.now()
    counters = {
        "hits": F("hits") + 1,
        "hits_without_result": F("hits_without_result") + (0 if result_count else 1),
        "last_result_count": result_count,
        "last_searched_at": now,
    }
    if QueryStat.objects.filter(query_string=words).update(**counters):
        return
    try:
        with transaction.atomic():
            QueryStat.objects.create(
                query_string=words,
                hits=1,
                hits_without_result=0 if result_count else 1,
                last_result_count=result_count,
                last_searched_at=now,
            )
    except IntegrityError:
        # Another request created it first.
        QueryStat.objects.filter(query_string=words).update(**counters)
