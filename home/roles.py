"""The three roles of the community, as Django groups, and what each may do.

Used by the data migration that creates them and by the tests; kept free of
model imports so a migration can pass its historical `apps`.
"""

MEMBER = "Membre"
EDITOR = "Éditeur"
ADMINISTRATOR = "Administrateur"
ROLES = (MEMBER, EDITOR, ADMINISTRATOR)

# Model permissions as "app_label.codename".
EDITOR_PERMISSIONS = ["wagtailadmin.access_admin"]
ADMINISTRATOR_PERMISSIONS = [
    *EDITOR_PERMISSIONS,
    "auth.add_user",
    "auth.change_user",
    "auth.delete_user",
    "auth.view_user",
    "auth.view_group",
]

# Wagtail page permissions granted on the home page (and so the whole site).
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
ADMINISTRATOR_PAGE_PERMISSIONS = [
    *EDITOR_PAGE_PERMISSIONS,
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]

# Wagtail collection permissions granted on the root collection.
EDITOR_COLLECTION_PERMISSIONS = [
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
]
ADMINISTRATOR_COLLECTION_PERMISSIONS = [
    *EDITOR_COLLECTION_PERMISSIONS,
    "wagtaildocs.delete_document",
    "wagtailimages.delete_image",
    "wagtailcore.add_collection",
    "wagtailcore.change_collection",
]
