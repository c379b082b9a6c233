"""The two threads every community has from day one, so links to them work on a
fresh database."""

from django.db import migrations
from django.utils import timezone

THEME = {
    "slug": "la-plateforme-osmose",
    "title": "La plateforme OSMOSE",
    "description": "Vos retours et vos questions sur OSMOSE et sur la FAQ.",
    "order": 0,
}

THREADS = [
    {
        "slug": "osmose-vos-retours-vos-questions",
        "title": "OSMOSE : vos retours, vos questions sur l'utilisation de la "
        "plateforme",
        "text": "Une question sur l'utilisation d'OSMOSE, une idée d'amélioration, "
        "un problème rencontré ? Écrivez-nous ici : l'équipe vous répond et vos "
        "retours profitent à l'ensemble des membres.",
        "pinned": True,
    },
    {
        "slug": "faq-posez-vos-questions",
        "title": "FAQ : posez vos questions",
        "text": "Vous ne trouvez pas la réponse dans la FAQ ? Posez votre question "
        "dans ce fil : les réponses les plus utiles rejoindront la FAQ.",
        "pinned": True,
    },
]


def create(apps, schema_editor):
    Theme = apps.get_model("discussions", "Theme")
    Thread = apps.get_model("discussions", "Thread")
    Message = apps.get_model("discussions", "Message")
    theme, _ = Theme.objects.get_or_create(
        slug=THEME["slug"],
        defaults={key: value for key, value in THEME.items() if key != "slug"},
    )
    for spec in THREADS:
        if Thread.objects.filter(slug=spec["slug"]).exists():
            continue
        now = timezone.now()
        thread = Thread.objects.create(
            theme=theme,
            slug=spec["slug"],
            title=spec["title"],
            pinned=spec["pinned"],
            last_activity_at=now,
        )
        message = Message.objects.create(thread=thread, text=spec["text"])
        thread.message_count = 1
        thread.last_message = message
        thread.last_activity_at = message.created_at
        thread.save()


class Migration(migrations.Migration):
    dependencies = [("discussions", "0002_themes_threads_messages")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
