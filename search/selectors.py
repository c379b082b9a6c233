"""The site search: every registered source and every page a member may see,
in one list with type filters, counts, highlighted excerpts and two orders.

Visibility is each source's own rule, applied in its query before any slice or
count; pages go through home.visibility. Matches of different sources are
merged by the backend's relevance score (one index, one scale) or by date.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime, time

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import SearchField

from home.search_sources import SearchHit, SearchSource, registered_search_sources
from home.visibility import pages_visible_to
from search.highlight import excerpt

WORD = re.compile(r"\w+")
MAX_QUERY_LENGTH = 200
# Words a query may have: the rest of a very long text adds nothing but cost.
MAX_WORDS = 12
PAGES_KEY = "pages"
PAGE_TYPE_PREFIX = "page-"
# The merged list ("all types") is read this far at most: beyond, a member
# narrows the search by type, whose pages are read straight from the index.
MAX_MERGED_PAGES = 10
SUGGESTIONS = 8


def search_words(query: str) -> str:
    """The words of what a member typed: quotes, operators and markup are not
    search syntax here, so no query can break the backend."""
    words = WORD.findall((query or "")[:MAX_QUERY_LENGTH])
    # FTS operators typed as words ("AND", "NEAR") are read as plain words by
    # the backends; lower case keeps SQLite's FTS5 from reading them as syntax.
    return " ".join(word.lower() for word in words[:MAX_WORDS])


@dataclass
class Listed:
    """One line of the results list."""

    key: str
    kind: str
    obj: object
    hit: SearchHit | None
    template: str = ""
    score: float = 0.0
    excerpt: SafeString | str = ""

    @property
    def sort_date(self) -> datetime:
        value = self.hit.date if self.hit else None
        if value is None:
            return datetime.min.replace(tzinfo=timezone.get_current_timezone())
        if not isinstance(value, datetime):
            value = datetime.combine(value, time.min)
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        return value


@dataclass
class TypeFilter:
    key: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SiteSearch:
    query: str
    words: list[str]
    filters: list[TypeFilter] = field(default_factory=list)
    total: int = 0
    results: list[Listed] = field(default_factory=list)
    page: object = None


# -- pages -------------------------------------------------------------------


def _site_sources() -> list[SearchSource]:
    # A source returning pages (the FAQ) would list them twice: pages are here.
    return [s for s in registered_search_sources() if not s.page_types]


def _visible_pages(user):
    return pages_visible_to(user, Page.objects.all())


def page_search_for_user(*, user, query: str, by_date: bool = False):
    """Live pages of the site matching the query that this member may see."""
    pages = _visible_pages(user)
    words = search_words(query)
    if by_date:
        return pages.order_by("-last_published_at", "-id").search(
            words, operator="and", order_by_relevance=False
        )
    return pages.search(words, operator="and")


def page_text(page) -> str:
    """The searchable text of a page (its search fields but the title)."""
    texts = [page.search_description or ""]
    for search_field in page.get_search_fields():
        if isinstance(search_field, SearchField) and search_field.field_name != "title":
            try:
                value = search_field.get_value(page)
            except (AttributeError, ValueError):
                continue
            if isinstance(value, list | tuple):
                value = " ".join(str(item) for item in value)
            if value:
                texts.append(str(value))
    return " ".join(texts)


def page_hit(page) -> SearchHit:
    return SearchHit(
        title=page.title,
        url=page.url or "",
        date=page.last_published_at,
        text=page_text(page),
        kind=capfirst(page._meta.verbose_name),
    )


def _specific_pages(pages: list) -> list:
    """The specific pages of a list, in order: one query per page type."""
    by_pk = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()
    }
    return [by_pk.get(page.pk, page) for page in pages]


def _page_type_counts(user, words: str) -> dict[int, int]:
    try:
        with transaction.atomic():
            return dict(
                _visible_pages(user)
                .search(words, operator="and")
                .facet("content_type_id")
            )
    except DatabaseError:
        return {}


# -- sources -----------------------------------------------------------------


def _source_results(source: SearchSource, *, user, words: str, by_date: bool):
    if by_date and source.sorts_by_date:
        return source.search(user=user, query=words, by_date=True)
    return source.search(user=user, query=words)


def _count(results) -> int:
    if isinstance(results, list | tuple):
        return len(results)
    return results.count()


def _safely(default, function, *args, **kwargs):
    # A failed query aborts the transaction on PostgreSQL: keep it apart, and a
    # failing source leaves the page up.
    try:
        with transaction.atomic():
            return function(*args, **kwargs)
    except DatabaseError:
        return default


def _with_scores(results):
    if hasattr(results, "annotate_score"):
        return results.annotate_score("_score")
    return results


def _score_sign() -> float:
    # SQLite's bm25() is better when lower; PostgreSQL and Elasticsearch higher.
    classes = type(get_search_backend()).__mro__
    return -1.0 if any(c.__name__ == "SQLiteSearchBackend" for c in classes) else 1.0


def _listed(source: SearchSource, objects: list, words: list[str]) -> list[Listed]:
    sign = _score_sign()
    listed = []
    for obj in objects:
        hit = source.describe(obj) if source.describe else None
        listed.append(
            Listed(
                key=source.key,
                kind=(hit.kind if hit and hit.kind else str(source.label)),
                obj=obj,
                hit=hit,
                template=source.template,
                score=sign * float(getattr(obj, "_score", 0.0) or 0.0),
                excerpt=excerpt(hit.text, words) if hit and hit.text else "",
            )
        )
    return listed


def _listed_pages(pages: list, words: list[str]) -> list[Listed]:
    sign = _score_sign()
    scores = {page.pk: float(getattr(page, "_score", 0.0) or 0.0) for page in pages}
    listed = []
    for page in _specific_pages(pages):
        hit = page_hit(page)
        listed.append(
            Listed(
                key=PAGES_KEY,
                kind=hit.kind,
                obj=page,
                hit=hit,
                score=sign * scores.get(page.pk, 0.0),
                excerpt=excerpt(hit.text, words),
            )
        )
    return listed


class _MergedList:
    """A count and slices over matches already merged, for the paginator."""

    def __init__(self, items: list, count: int):
        self.items, self._count = items, count

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, key):
        return self.items[key]


def site_search(
    *,
    user,
    query: str,
    type_key: str = "",
    by_date: bool = False,
    page_number=1,
    per_page: int = 10,
):
    """What /recherche/ shows for this member: filters with counts, one page
    of results. Costs a bounded number of queries whatever the corpus."""
    from home.pagination import paginate

    words = search_words(query)
    result = SiteSearch(query=query, words=words.split())
    if not words:
        return result

    sources = {source.key: source for source in _site_sources()}
    counts = {
        key: _safely(
            0,
            lambda s=source: _count(
                _source_results(s, user=user, words=words, by_date=False)
            ),
        )
        for key, source in sources.items()
    }
    page_counts = _page_type_counts(user, words)
    filters = []
    for key, source in sources.items():
        if counts[key]:
            filters.append(TypeFilter(key, str(source.label), counts[key]))
    for content_type_id, count in sorted(page_counts.items(), key=lambda kv: -kv[1]):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and count:
            label = capfirst(model._meta.verbose_name_plural)
            filters.append(
                TypeFilter(f"{PAGE_TYPE_PREFIX}{model._meta.model_name}", label, count)
            )
    for type_filter in filters:
        type_filter.selected = type_filter.key == type_key
    result.filters = filters
    result.total = sum(f.count for f in filters)
    selected = next((f for f in filters if f.selected), None)

    if selected is None:
        page = paginate(
            _MergedList([], result.total),
            page_number=page_number,
            per_page=per_page,
        )
        number = min(page.number, MAX_MERGED_PAGES)
        wanted = number * per_page
        merged = []
        for key, source in sources.items():
            if counts[key]:
                objects = _safely(
                    [],
                    lambda s=source: list(
                        _with_scores(
                            _source_results(s, user=user, words=words, by_date=by_date)
                        )[:wanted]
                    ),
                )
                merged += _listed(source, objects, result.words)
        if page_counts:
            pages = _safely(
                [],
                lambda: list(
                    _with_scores(
                        page_search_for_user(user=user, query=words, by_date=by_date)
                    )[:wanted]
                ),
            )
            merged += _listed_pages(pages, result.words)
        if by_date:
            merged.sort(key=lambda item: item.sort_date, reverse=True)
        else:
            merged.sort(key=lambda item: item.score, reverse=True)
        total = min(result.total, MAX_MERGED_PAGES * per_page)
        page = paginate(
            _MergedList(merged, total), page_number=number, per_page=per_page
        )
        result.page, result.results = page, list(page.object_list)
        return result

    if selected.key.startswith(PAGE_TYPE_PREFIX):
        model_name = selected.key[len(PAGE_TYPE_PREFIX) :]
        content_type = next(
            ContentType.objects.get_for_id(pk)
            for pk in page_counts
            if ContentType.objects.get_for_id(pk).model == model_name
        )
        pages = _visible_pages(user).filter(content_type=content_type)
        if by_date:
            pages = pages.order_by("-last_published_at", "-id").search(
                words, operator="and", order_by_relevance=False
            )
        else:
            pages = pages.search(words, operator="and")
        page = paginate(pages, page_number=page_number, per_page=per_page)
        result.page = page
        result.results = _listed_pages(
            _safely([], lambda: list(page.object_list)), result.words
        )
        return result

    source = sources[selected.key]
    matches = _source_results(source, user=user, words=words, by_date=by_date)
    page = paginate(matches, page_number=page_number, per_page=per_page)
    result.page = page
    objects = _safely([], lambda: list(page.object_list))
    if by_date and not source.sorts_by_date:
        objects.sort(key=lambda obj: _date_of(source, obj), reverse=True)
    result.results = _listed(source, objects, result.words)
    return result


def _date_of(source, obj) -> datetime:
    return Listed(
        source.key, "", obj, source.describe(obj) if source.describe else None
    ).sort_date


# -- suggestions -------------------------------------------------------------


def suggestions_for_user(*, user, query: str, limit: int = SUGGESTIONS) -> list[dict]:
    """Up to `limit` titles across types for what a member is typing."""
    words = search_words(query)
    if len(words.replace(" ", "")) < 2:
        return []
    groups = []
    pages = _safely([], lambda: list(_visible_pages(user).autocomplete(words)[:limit]))
    groups.append(
        [
            {"title": hit.title, "url": hit.url, "kind": hit.kind}
            for hit in (page_hit(page) for page in _specific_pages(pages))
        ]
    )
    for source in _site_sources():
        if source.suggest is None:
            continue
        hits = _safely(
            [], lambda s=source: list(s.suggest(user=user, query=words, limit=limit))
        )
        groups.append(
            [
                {
                    "title": hit.title,
                    "url": hit.url,
                    "kind": hit.kind or str(source.label),
                }
                for hit in hits
            ]
        )
    # Round robin, so that one type does not push the others out.
    suggestions = []
    while len(suggestions) < limit and any(groups):
        for group in groups:
            if group and len(suggestions) < limit:
                suggestions.append(group.pop(0))
    return suggestions


def suggestion_text(query: str) -> list[str]:
    """Hints for an empty result: fewer or shorter words."""
    words = search_words(query).split()
    return words if len(words) > 1 else []
