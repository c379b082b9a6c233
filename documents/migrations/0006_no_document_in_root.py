"""The root collection holds no document and reads in French in the admin.

Files left in the root collection move to the first programme collection (the
library shows collections only); Wagtail's "Root" is renamed "Racine".
"""

from django.db import migrations

ROOT_NAME = "Racine"


def forwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore.Collection")
    LibraryDocument = apps.get_model("documents.LibraryDocument")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    if root.name == "Root":
        root.name = ROOT_NAME
        root.save(update_fields=["name"])
    first = Collection.objects.filter(depth=2).order_by("path").first()
    if first is not None:
        LibraryDocument.objects.filter(collection=root).update(collection=first)


def backwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore.Collection")
    Collection.objects.filter(depth=1, name=ROOT_NAME).update(name="Root")


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0005_announced_file_hash"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
