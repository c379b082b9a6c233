"""PostgreSQL: a French full-text configuration that also ignores accents.

`french` stems but is accent-sensitive; `french_unaccent` maps words through
unaccent then the French stemmer. Other databases need nothing.
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION french_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
END
$$;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent;"


def create_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies: list = []

    operations = [migrations.RunPython(create_configuration, drop_configuration)]
