"""The admin's image form (`WAGTAILIMAGES_IMAGE_FORM_BASE`): Wagtail's, with our uploads."""

from wagtail.images.forms import BaseImageForm

from .tasks import make_image_renditions_task
from .uploads import CleanImageField


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            wagtails = self.fields["file"]
            self.fields["file"] = CleanImageField(
                label=wagtails.label,
                required=wagtails.required,
                widget=wagtails.widget,
                max_length=wagtails.max_length,
            )

    def clean(self):
        cleaned_data = super().clean()
        # Wagtail's multiple upload keeps a valid file whose other fields fail (a
        # collection the editor may not add to) as a raw UploadedFile, and later saves it
        # without any of the checks above: refuse the file instead.
        if "file" in self.changed_data and "file" not in self.errors and self.errors:
            self.add_error(
                "file",
                "Not kept: correct the other fields, then choose the file again.",
            )
        return cleaned_data

    def save(self, commit=True):
        image = super().save(commit=commit)
        # A new file: Wagtail has just deleted the renditions of the old one, after the
        # save that queued the new ones (which, run at once, may be among them).
        if commit and "file" in self.changed_data and self.original_file:
            make_image_renditions_task.enqueue(image.pk)
        return image
