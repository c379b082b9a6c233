from django.conf import settings
from django.db import migrations

from profiles.keys import full_name_key, search_key


def create_missing_profiles(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    Profile = apps.get_model("profiles", "Profile")
    Profile.objects.bulk_create(
        [
            Profile(
                user=user,
                full_name_key=full_name_key(
                    first_name=user.first_name, last_name=user.last_name
                ),
                search_key=search_key(user.first_name, user.last_name, user.username),
            )
            for user in User.objects.filter(profile__isnull=True)
        ],
        batch_size=500,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("profiles", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(create_missing_profiles, migrations.RunPython.noop)
    ]
