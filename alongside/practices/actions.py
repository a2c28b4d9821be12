from django.db import transaction

from alongside.practices.crisis import DEFAULT_RESOURCES
from alongside.practices.models import CrisisResource, Practice


def do_create_practice(name: str, slug: str, region: str = "us") -> Practice:
    """Create a practice with its own editable copy of the default crisis resources."""
    with transaction.atomic():
        practice = Practice.objects.create(name=name, slug=slug, region=region)
        CrisisResource.objects.bulk_create(
            CrisisResource(practice=practice, order=i, **r._asdict())
            for i, r in enumerate(DEFAULT_RESOURCES)
        )
    return practice
