from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FaqConfig(AppConfig):
    name = "faq"
    verbose_name = _("FAQ")

    def ready(self):
        from wagtail.signals import page_published

        from faq.models import FaqEntryPage
        from faq.personal_data import faq_erase, faq_export
        from faq.sections import new_entries_section
        from faq.selectors import faq_search_for_user, faq_search_url
        from faq.services import faq_entry_draft_from_promotion, faq_user_can_add_entry
        from faq.signals import entry_published
        from home.promotions import register_promotion_target
        from home.search_sources import register_search_source
        from home.sections import register_home_section
        from notifications.verbs import Verb, offer_verbs
        from profiles.personal_data import register_personal_data

        # Connected before the notifications app's receiver (INSTALLED_APPS
        # order), so the asker hears first why the entry concerns them.
        page_published.connect(
            entry_published, sender=FaqEntryPage, dispatch_uid="faq.entry_published"
        )
        offer_verbs(Verb.NEW_FAQ)
        register_personal_data(
            key="faq", label=_("FAQ"), order=70, export=faq_export, erase=faq_erase
        )
        register_home_section(
            key="faq",
            order=50,
            template="faq/includes/home_section.html",
            build=new_entries_section,
        )
        register_search_source(
            key="faq",
            label=_("FAQ"),
            order=50,
            search=faq_search_for_user,
            template="faq/includes/search_result.html",
            more_url=faq_search_url,
            more_label=_("All the matching questions in the FAQ"),
            answers=True,
            # Entries are pages: the site search lists them with the pages.
            page_types=(FaqEntryPage,),
        )
        register_promotion_target(
            key="faq",
            label=_("Turn into a FAQ entry"),
            allowed=faq_user_can_add_entry,
            create=faq_entry_draft_from_promotion,
        )
