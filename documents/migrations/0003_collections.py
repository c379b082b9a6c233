"""Create the library's collections under the root collection.

Historical models have no tree methods, so the children's paths are computed
the way django-treebeard does (steps of four base-36 digits).
"""

from django.db import migrations

COLLECTIONS = [
    "Plaquettes de communication",
    "Supports de webinaires",
    "Documents utiles",
    "Recette",
    "Conduite du changement",
    "Conception des outils",
]
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEP = 4


def _step(number):
    digits = ""
    while True:
        number, remainder = divmod(number, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
        if number == 0:
            return digits.rjust(STEP, "0")


def _number(step):
    return int(step, len(ALPHABET))


def create_collections(apps, schema_editor):
    Collection = apps.get_model("wagtailcore.Collection")
    root = Collection.objects.get(depth=1)
    children = Collection.objects.filter(depth=2, path__startswith=root.path)
    existing = set(children.values_list("name", flat=True))
    last = children.order_by("-path").values_list("path", flat=True).first()
    number = _number(last[-STEP:]) if last else 0
    for name in COLLECTIONS:
        if name in existing:
            continue
        number += 1
        Collection.objects.create(
            name=name, path=root.path + _step(number), depth=2, numchild=0
        )
    root.numchild = Collection.objects.filter(
        depth=2, path__startswith=root.path
    ).count()
    root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0002_library_document"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_collections, migrations.RunPython.noop)]
