from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    name = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from django.core.signals import got_request_exception

        from operations.outage import mark_database_outage

        got_request_exception.connect(
            mark_database_outage, dispatch_uid="operations.mark_database_outage"
        )
