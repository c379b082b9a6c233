"""What members search for: how often, and how often in vain."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QueryStat(models.Model):
    """One normalised query (its words, lower case) and its counters."""

    query_string = models.CharField(_("query"), max_length=255, unique=True)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    hits_without_result = models.PositiveIntegerField(
        _("searches without result"), default=0
    )
    last_result_count = models.PositiveIntegerField(_("last result count"), default=0)
    last_searched_at = models.DateTimeField(_("last searched at"), db_index=True)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        indexes = [
            models.Index(fields=["-hits"], name="search_querystat_hits_idx"),
        ]

    def __str__(self):
        return self.query_string
