"""Publishing thousands of new pages and snippets in a fixed number of statements.

What `parent.add_child(instance=page)` and `save_revision().publish()` do row by row is
done here for a whole batch: tree paths computed from the parent's last child, one
revision and the log entries Wagtail writes for each object, then the search index and
the reference index updated in one pass. Signals are not sent: the caller makes the page
cache stale once. No imported object shows an image, so no rendition work is queued.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from modelcluster.models import get_all_child_relations
from modelsearch.index import get_search_backends_with_name
from treebeard.exceptions import PathOverflow
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision
from wagtail.models.reference_index import ReferenceIndex

INDEX_CHUNK = 500


def add_pages_under(parent, pages, now):
    """Insert the unsaved `pages` (one Page subclass) as live last children of `parent`."""
    if not pages:
        return
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    last_child = parent.get_last_child()
    first_step = (
        Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    )
    if len(Page._int2str(first_step + len(pages) - 1)) > Page.steplen:
        raise PathOverflow(f"{parent.title} cannot hold {len(pages)} more pages")
    for step, page in enumerate(pages, start=first_step):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.draft_title = page.title
        mark_published(page, now)
    insert_with_parents(model, pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    publish_revisions(pages, now, PageLogEntry, "page_id", created=True)


def add_snippets(objects, now):
    """Insert the unsaved `objects` (one model with RevisionMixin) as published."""
    if not objects:
        return
    for obj in objects:
        mark_published(obj, now)
    type(objects[0]).objects.bulk_create(objects)
    publish_revisions(objects, now, ModelLogEntry, "object_id", created=False)


def mark_published(obj, now):
    obj.live = True
    obj.has_unpublished_changes = False
    obj.first_published_at = obj.last_published_at = now
    obj.latest_revision_created_at = now


def insert_with_parents(model, objects):
    """bulk_create for a model with one concrete parent (a Page subclass)."""
    (parent_model,) = model._meta.get_parent_list()
    parent_fields = parent_model._meta.concrete_fields
    parents = [
        parent_model(**{f.attname: getattr(obj, f.attname) for f in parent_fields})
        for obj in objects
    ]
    parent_model.objects.bulk_create(parents)
    for obj, parent in zip(objects, parents, strict=True):
        obj.pk = obj.id = parent.pk
        obj._state.adding = False
        obj._state.db = parent._state.db
    # Django's bulk_create refuses multi-table models: insert the child table's rows
    # the way Model.save() does, a batch per statement.
    fields = model._meta.local_concrete_fields
    size = connection.ops.bulk_batch_size(fields, objects) or len(objects)
    for start in range(0, len(objects), size):
        model._base_manager._insert(objects[start : start + size], fields=fields)


def publish_revisions(objects, now, log_model, log_key, created):
    """One live revision per object, and the log entries a publish leaves."""
    model = type(objects[0])
    content_type = ContentType.objects.get_for_model(model)
    base_content_type = ReferenceIndex._get_base_content_type(model)
    revisions = [
        Revision(
            content_type=content_type,
            base_content_type=base_content_type,
            object_id=str(obj.pk),
            created_at=now,
            object_str=str(obj)[:255],
            content=revision_content(obj),
        )
        for obj in objects
    ]
    Revision.objects.bulk_create(revisions)
    for obj, revision in zip(objects, revisions, strict=True):
        obj.latest_revision = obj.live_revision = revision
    point_at_revisions(objects, base_content_type)
    actions = (["wagtail.create"] if created else []) + ["wagtail.publish"]
    log_model.objects.bulk_create(
        log_model(
            content_type=content_type,
            label=str(obj)[:255],
            action=action,
            data={},
            timestamp=now,
            revision=revision if action == "wagtail.publish" else None,
            content_changed=True,
            **{log_key: obj.pk if log_key == "page_id" else str(obj.pk)},
        )
        for obj, revision in zip(objects, revisions, strict=True)
        for action in actions
    )


def point_at_revisions(objects, base_content_type):
    """Set latest_revision and live_revision of the new `objects` in one statement:
    bulk_update would build a CASE of every object, slowly, in batches."""
    model = type(objects[0])
    pks = [obj.pk for obj in objects]
    own_revision = Subquery(
        Revision.objects.filter(
            base_content_type=base_content_type,
            object_id=Cast(OuterRef("pk"), CharField()),
        )
        .order_by("-pk")
        .values("pk")[:1]
    )
    # New rows are the ones in their id range still without a revision.
    model._base_manager.filter(
        pk__gte=min(pks), pk__lte=max(pks), latest_revision__isnull=True
    ).update(latest_revision=own_revision, live_revision=own_revision)


def revision_content(obj):
    # A new object has no children yet: saying so spares a query per child relation.
    for relation in get_all_child_relations(type(obj)):
        setattr(obj, relation.get_accessor_name(), [])
    return obj.serializable_data()


def index_in_bulk(objects_by_model):
    """The search index and reference index entries of every new object, in one pass."""
    for model, objects in objects_by_model.items():
        if not objects:
            continue
        for _name, backend in get_search_backends_with_name(with_auto_update=True):
            # In chunks, as update_index does: the PostgreSQL index builds one
            # statement per call, and one of 10,000 entries took 700 MB to build.
            for start in range(0, len(objects), INDEX_CHUNK):
                backend.add_bulk(model, objects[start : start + INDEX_CHUNK])
        if ReferenceIndex.is_indexed(model):
            add_references(model, objects)
    for _name, backend in get_search_backends_with_name(with_auto_update=True):
        refresh_title_norms(backend, objects_by_model)


def refresh_title_norms(backend, objects_by_model):
    # The site's PostgreSQL index leaves new entries at a neutral norm until refreshed.
    indexes = {backend.get_index_for_model(model) for model in objects_by_model}
    for index in indexes:
        if hasattr(index, "refresh_title_norms"):
            index.refresh_title_norms()


def add_references(model, objects):
    content_type = ContentType.objects.get_for_model(model)
    base_content_type = ReferenceIndex._get_base_content_type(model)
    ReferenceIndex.objects.bulk_create(
        (
            ReferenceIndex(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=str(obj.pk),
                to_content_type_id=to_content_type_id,
                to_object_id=to_object_id,
                model_path=model_path,
                content_path=content_path,
                content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
            )
            for obj in objects
            for to_content_type_id, to_object_id, model_path, content_path in set(
                ReferenceIndex._extract_references_from_object(obj)
            )
        ),
        ignore_conflicts=connection.features.supports_ignore_conflicts,
    )
