"""How the API writes an address and an image: from rows already loaded, and only
renditions already made (the background tasks of images/ make them; a request never
does, where Wagtail's ImageRenditionField would render a missing one on the spot)."""

from rest_framework import serializers

from images.rendition_sets import RENDITION_SETS
from images.renditions import existing_renditions
from seo.urls import absolute, on_public_host


class AddressSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    street = serializers.CharField()
    city = serializers.CharField()
    state = serializers.CharField()
    zip_code = serializers.CharField()
    country_iso_code = serializers.CharField()


class ExistingRenditionsField(serializers.Field):
    """An image as its title and the renditions of one named set that exist so far
    (fewer, or none, while the set is still being made)."""

    def __init__(self, set_name, **kwargs):
        self.rendition_set = RENDITION_SETS[set_name]
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, image):
        renditions = existing_renditions(image, self.rendition_set)
        return {
            "id": image.pk,
            "title": image.title,
            "renditions": [
                {
                    "spec": spec,
                    "url": absolute(rendition.url),
                    "width": rendition.width,
                    "height": rendition.height,
                }
                for spec, rendition in renditions.items()
            ],
        }


class ProfileAddressField(serializers.Field):
    """A profile's page on the public host, in the profiles section shown."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, profile):
        request = self.context["request"]
        path = self.context["section"].profile_url(profile, request)
        return on_public_host(request.build_absolute_uri(path))
