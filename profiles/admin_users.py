"""The Wagtail admin's user forms, with the site's rule for names.

A name typed in the back office reaches the same places as one typed in the
profile form (e-mail headers, mentions, the directory): the same rule applies,
no control characters, no direction overrides, nothing only invisible.
"""

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

from osmose_site.text import validate_single_line

NAME_FIELDS = ("first_name", "last_name")


class _SingleLineNames:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in NAME_FIELDS:
            if name in self.fields:
                self.fields[name].validators.append(validate_single_line)


class MemberUserCreationForm(_SingleLineNames, UserCreationForm):
    pass


class MemberUserEditForm(_SingleLineNames, UserEditForm):
    pass


class MemberUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return MemberUserEditForm if for_update else MemberUserCreationForm
