"""Puts the demo content in the database, creating only what is missing.

Lettings are found by slug, members by username and images by title, so a second run
creates nothing. Pages and profiles are published through revisions, as an editor would.
"""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from home.models import HomePage, HomePageFeaturedLetting
from images.signals import renditions_postponed
from legacy.outcomes import CREATED, UNCHANGED, UPDATED, Outcomes
from lettings.models import (
    Address,
    EnquirySettings,
    LettingGalleryImage,
    LettingIndexPage,
    LettingPage,
)
from profiles.models import Profile, ProfileIndexPage

from . import catalogue, listings, pictures, rooms
from .places import CITIES


class MissingSiteSkeleton(Exception):
    """The home page or a section is missing: the database has not been migrated."""


@transaction.atomic
def load_demo_content(today=None):
    """Load the demo into a migrated database and return the Outcomes of what happened."""
    loader = DemoContentLoader(today or date.today())
    # 160 pictures times every rendition set would take minutes; shown as they are
    # until `manage.py make_renditions` makes them.
    with renditions_postponed():
        loader.load()
    return loader.outcomes


class DemoContentLoader:
    def __init__(self, today):
        self.today = today
        self.outcomes = Outcomes()
        self.view_images = {}

    def load(self):
        home, letting_index, profile_index = find_skeleton()
        lettings = {
            entry.slug: self.ensure_letting(letting_index, entry)
            for entry in catalogue.LETTINGS
        }
        for member in catalogue.MEMBERS:
            self.ensure_profile(member)
        self.fill_home(home, [lettings[slug] for slug in catalogue.FEATURED_SLUGS])
        self.fill_intro(letting_index, catalogue.LETTINGS_INTRO)
        self.fill_intro(profile_index, catalogue.PROFILES_INTRO)
        self.fill_enquiry_details(home)

    def ensure_image(self, title, picture):
        """The image called `title`, stored from `picture` unless it exists already."""
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is not None:
            self.outcomes.add("Images", UNCHANGED)
            return image
        content = picture.as_jpeg()
        image = Image(
            title=title,
            file=ImageFile(content, name=f"{slugify(title)[:60]}.jpg"),
            file_size=len(content.getbuffer()),
            file_hash=hash_filelike(content),
        )
        image.save()
        self.outcomes.add("Images", CREATED)
        return image

    def ensure_letting(self, index, entry):
        letting = LettingPage.objects.child_of(index).filter(slug=entry.slug).first()
        if letting is not None:
            self.outcomes.add("Lettings", UNCHANGED)
            return letting
        letting = self.build_letting(entry)
        index.add_child(instance=letting)
        letting.save_revision().publish()
        self.outcomes.add("Lettings", CREATED)
        return letting

    def build_letting(self, entry):
        city = CITIES[entry.city]
        rng = listings.letting_random(entry.slug)
        facts = listings.facts(entry, city, rng, self.today)
        summary = listings.summary(entry, city, facts, rng)
        return LettingPage(
            title=entry.title,
            slug=entry.slug,
            address=Address.objects.create(**listings.address(city, rng)),
            summary=summary,
            search_description=summary,
            listing_image=self.front_image(entry, city),
            body=listings.body(entry, city, facts, rng, self.view_image(city)),
            gallery_images=self.gallery(entry),
            **facts,
        )

    def front_image(self, entry, city):
        rng = listings.picture_random(f"{entry.slug}:front")
        noun, storey_choices = listings.BUILDING_SHAPES[entry.property_type]
        picture = pictures.building_front(
            rng, city.coastal, noun, rng.choice(storey_choices)
        )
        return self.ensure_image(f"{entry.title}: {picture.description}", picture)

    def gallery(self, entry):
        items = []
        for order, (caption, room) in enumerate(listings.gallery_rooms(entry)):
            picture = rooms.room(
                listings.picture_random(f"{entry.slug}:{caption}"), room
            )
            title = f"{entry.title}, {caption.lower()}: {picture.description}"
            items.append(
                # Without a sort order, PostgreSQL may show the rooms in any order.
                LettingGalleryImage(
                    image=self.ensure_image(title, picture),
                    caption=caption,
                    sort_order=order,
                )
            )
        return items

    def view_image(self, city):
        """A picture of the city's surroundings, shared by the lettings there."""
        if city.name not in self.view_images:
            picture = pictures.landscape(
                listings.picture_random(city.name), city.coastal
            )
            title = f"{city.view_name()}: {picture.description}"
            self.view_images[city.name] = self.ensure_image(title, picture)
        return self.view_images[city.name]

    def ensure_profile(self, member):
        User = get_user_model()
        user = User.objects.filter(username=member.username).first()
        if user is None:
            # No password given: demo members show on the site but can never log in.
            user = User.objects.create_user(
                member.username,
                email=f"{member.username}@example.com",
                first_name=member.first_name,
                last_name=member.last_name,
            )
            self.outcomes.add("Members", CREATED)
        else:
            self.outcomes.add("Members", UNCHANGED)
        if Profile.objects.filter(user=user).exists():
            self.outcomes.add("Profiles", UNCHANGED)
            return
        picture = pictures.portrait(listings.picture_random(member.username))
        profile = Profile.objects.create(
            user=user,
            favorite_city=member.favorite_city,
            bio=member.bio,
            photo=self.ensure_image(
                f"Illustrated portrait of {member.full_name}: {picture.description}",
                picture,
            ),
            live=False,
        )
        profile.save_revision().publish()
        self.outcomes.add("Profiles", CREATED)

    def fill_home(self, home, featured_lettings):
        """Give the home page its intro, hero image and featured lettings, unless an
        editor has already done so."""
        if home.hero_image_id or home.featured_lettings.exists():
            self.outcomes.add("Home page", UNCHANGED)
            return
        picture = pictures.landscape(
            listings.picture_random("hero"), True, pictures.HERO_SIZE
        )
        home.intro = catalogue.HOME_INTRO
        home.hero_image = self.ensure_image(
            f"{catalogue.HOME_HERO_TITLE}: {picture.description}", picture
        )
        home.featured_lettings = [
            HomePageFeaturedLetting(letting=letting) for letting in featured_lettings
        ]
        home.save_revision().publish()
        self.outcomes.add("Home page", UPDATED)

    def fill_intro(self, section, intro):
        if section.intro:
            self.outcomes.add("Section intros", UNCHANGED)
            return
        section.intro = intro
        section.save_revision().publish()
        self.outcomes.add("Section intros", UPDATED)

    def fill_enquiry_details(self, home):
        details = EnquirySettings.for_site(home.get_site())
        if details.phone or details.email:
            self.outcomes.add("Contact details for viewings", UNCHANGED)
            return
        details.phone, details.email, details.opening_hours = catalogue.ENQUIRY_DETAILS
        details.save()
        self.outcomes.add("Contact details for viewings", UPDATED)


def find_skeleton():
    """The home page and the two sections that `migrate` creates."""
    home = HomePage.objects.first()
    letting_index = LettingIndexPage.objects.first()
    profile_index = ProfileIndexPage.objects.first()
    if home is None or letting_index is None or profile_index is None:
        raise MissingSiteSkeleton(
            "The home page or a section is missing: run `python manage.py migrate` first."
        )
    return home, letting_index, profile_index
