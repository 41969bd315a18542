"""Factories for the suite: each builds a valid object with the fewest words."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from enquiries.models import Enquiry
from home.models import HomePage, PrivacyNoticePage
from lettings.models import Address, LettingIndexPage, LettingPage
from profiles.models import Profile
from tests.signin import PASSWORD


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"member{n}")
    first_name = "Ada"
    last_name = factory.Sequence(lambda n: f"Member{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]


class GroupMemberFactory(UserFactory):
    """The suite's one "user in group": a member of one of the groups the migrations
    make, who signs in with the suite's password,
    `GroupMemberFactory(group="Editors", username="eddie")`. Without `group` the person
    is in none (`GroupMemberFactory(is_superuser=True, is_staff=True)`, a superuser)."""

    password = factory.django.Password(PASSWORD)

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def group(user, create, group_name, **kwargs):
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))


class AddressFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: n % 9999 + 1)
    street = "Ocean Avenue"
    city = "Irvine"
    state = "CA"
    zip_code = "92618"
    country_iso_code = "USA"

    class Meta:
        model = Address


class LettingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Letting {n}")
    address = factory.SubFactory(AddressFactory)
    summary = "A bright home close to the beach."
    monthly_rent = 2500
    bedrooms = 2
    bathrooms = 1
    parent = factory.LazyFunction(LettingIndexPage.objects.get)

    class Meta:
        model = LettingPage
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(letting, create, extracted, **kwargs):
        """Publish through a revision, as the admin does, unless built as a draft."""
        if create and letting.live:
            letting.save_revision().publish()
            letting.refresh_from_db()


def with_gallery(letting, titles):
    """`letting` republished with a gallery photo per title, captioned with it."""
    for title in titles:
        letting.gallery_images.create(
            image=wagtail_factories.ImageFactory(title=title), caption=title
        )
    letting.save_revision().publish()
    return letting


class PrivacyNoticePageFactory(wagtail_factories.PageFactory):
    title = "Privacy notice"
    body = "<p>We keep your enquiry for a year, then anonymise it.</p>"
    parent = factory.LazyFunction(HomePage.objects.get)

    class Meta:
        model = PrivacyNoticePage


class ProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    favorite_city = "Irvine"
    bio = "I love the coast."
    live = True

    class Meta:
        model = Profile


class EnquiryFactory(factory.django.DjangoModelFactory):
    letting = factory.SubFactory(LettingPageFactory)
    name = factory.Sequence(lambda n: f"Visitor {n}")
    email = factory.Sequence(lambda n: f"visitor{n}@example.com")
    message = "Could I see it on Saturday?"

    class Meta:
        model = Enquiry
