"""The SQLite FTS5 backend with Snowball French stems (see search.backends.database).

Imported only on SQLite: Wagtail defines its FTS model on that database only.
"""

from modelsearch.backends.database.sqlite import sqlite
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from search.stemming import stem_text


class FrenchObjectIndexer(sqlite.ObjectIndexer):
    @property
    def stemmed_title(self) -> str:
        return stem_text(self.title)

    @property
    def stemmed_body(self) -> str:
        return stem_text(self.body)


class FrenchSQLiteIndex(sqlite.SQLiteIndex):
    def add_items(self, model, objs):
        # Wagtail's SQLiteIndex.add_items, with the stemmed title and body.
        if not model.get_search_fields():
            return
        indexers = [FrenchObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        data = {
            indexer.id: (
                indexer.stemmed_title,
                indexer.autocomplete,
                indexer.stemmed_body,
            )
            for indexer in indexers
        }
        entries = self.entries.filter(content_type_id=content_type_pk)
        indexed_ids = frozenset(
            entries.filter(object_id__in=data.keys()).values_list(
                "object_id", flat=True
            )
        )
        for object_id in indexed_ids:
            title, autocomplete, body = data[object_id]
            entries.filter(object_id=object_id).update(
                title=title, autocomplete=autocomplete, body=body
            )
        self.entries.bulk_create(
            sqlite.IndexEntry(
                content_type_id=content_type_pk,
                object_id=object_id,
                title=title,
                autocomplete=autocomplete,
                body=body,
            )
            for object_id, (title, autocomplete, body) in data.items()
            if object_id not in indexed_ids
        )
        self._refresh_title_norms()


class FrenchSQLiteSearchQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        # Text without any word (punctuation only) is left to Wagtail as is.
        if isinstance(query, PlainText) and stem_text(query.query_string):
            query = PlainText(stem_text(query.query_string), operator=query.operator)
        elif isinstance(query, Phrase) and stem_text(query.query_string):
            query = Phrase(stem_text(query.query_string))
        return super().build_search_query_content(query, config=config)


class FrenchSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = FrenchSQLiteSearchQueryCompiler
    index_class = FrenchSQLiteIndex
