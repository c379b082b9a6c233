"""StreamField blocks shared by every page family (pages, blog, events, FAQ)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from home.visibility import collection_is_visible_to, page_is_visible_to

RICH_TEXT_FEATURES = [
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "hr",
]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_(
            "Describe the image for screen readers; leave empty if decorative."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "home/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    author = blocks.CharBlock(label=_("Author"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote_block.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "home/blocks/callout_block.html"


def _viewer(parent_context) -> object | None:
    request = (parent_context or {}).get("request")
    return getattr(request, "user", None)


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        help_text=_("Leave empty to use the document's own title."),
    )

    def get_context(self, value, parent_context=None):
        # A private collection's document is not even named to the others.
        context = super().get_context(value, parent_context=parent_context)
        document, viewer = value.get("document"), _viewer(parent_context)
        context["visible"] = (
            document is not None
            and viewer is not None
            and collection_is_visible_to(document.collection_id, viewer)
        )
        return context

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "home/blocks/document_link_block.html"


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        help_text=_("Leave empty to use the page's own title."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page, viewer = value.get("page"), _viewer(parent_context)
        context["visible"] = (
            page is not None and viewer is not None and page_is_visible_to(page, viewer)
        )
        return context

    class Meta:
        icon = "link"
        label = _("Page link")
        template = "home/blocks/page_link_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks an editor expects on any content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"), features=RICH_TEXT_FEATURES, icon="pilcrow"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    embed = EmbedBlock(
        label=_("Embedded video"),
        help_text=_("Address of the video, e.g. on a video platform."),
        icon="media",
    )
    document_links = blocks.ListBlock(
        DocumentLinkBlock(), label=_("Document links"), icon="doc-full"
    )
    page_link = PageLinkBlock()
    table = TableBlock(label=_("Table"))

    class Meta:
        label = _("Content")
