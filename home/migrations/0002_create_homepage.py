"""Replace Wagtail's placeholder welcome page by the OSMOSE home page at the site root."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    page_content_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_content_type, slug="home", depth=2).delete()
    homepage_content_type, _ = ContentType.objects.get_or_create(
        model="homepage", app_label="home"
    )
    root = Page.objects.get(depth=1)
    homepage = HomePage.objects.create(
        title="Accueil",
        draft_title="Accueil",
        slug="accueil",
        content_type=homepage_content_type,
        path=f"{root.path}0002",
        depth=2,
        numchild=0,
        url_path="/accueil/",
        locale=Locale.objects.get(language_code="fr")
        if Locale.objects.filter(language_code="fr").exists()
        else Locale.objects.first(),
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        site_name="OSMOSE",
        root_page=homepage,
        is_default_site=True,
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("home.HomePage").objects.filter(depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
