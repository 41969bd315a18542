"""`/api/v2/`: the endpoints, lettings before pages so a letting's `detail_url` is its
lettings one."""

from wagtail.api.v2.router import WagtailAPIRouter

from .views import (
    LettingsAPIViewSet,
    ProfilesAPIViewSet,
    ShownImagesAPIViewSet,
    VisiblePagesAPIViewSet,
)

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("lettings", LettingsAPIViewSet)
api_router.register_endpoint("pages", VisiblePagesAPIViewSet)
api_router.register_endpoint("profiles", ProfilesAPIViewSet)
api_router.register_endpoint("images", ShownImagesAPIViewSet)
