"""The admin's image form (`WAGTAILIMAGES_IMAGE_FORM_BASE`): Wagtail's, with our renditions."""

from wagtail.images.forms import BaseImageForm

from .tasks import make_image_renditions_task


class ImageForm(BaseImageForm):
    def save(self, commit=True):
        image = super().save(commit=commit)
        # A new file: Wagtail has just deleted the renditions of the old one, after the
        # save that queued the new ones (which, run at once, may be among them).
        if commit and "file" in self.changed_data and self.original_file:
            make_image_renditions_task.enqueue(image.pk)
        return image
