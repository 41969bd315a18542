"""The blocks an editor can put in a letting's body."""

from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    size = blocks.ChoiceBlock(
        choices=[("h2", "Heading 2"), ("h3", "Heading 3")], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = "A section heading, such as 'The neighborhood'"
        preview_value = {"text": "The neighborhood", "size": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        description = "A photograph with an optional caption"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=500)
    attribution = blocks.CharBlock(required=False, max_length=100)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = "A quotation, such as a past tenant's review"
        preview_value = {"text": "A lovely place to live.", "attribution": "A tenant"}


class LettingBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"],
        icon="pilcrow",
        description="A paragraph of text",
        preview_value="<p>Sunlit rooms, a quiet street and the beach ten minutes away.</p>",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
