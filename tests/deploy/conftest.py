import pytest

from .production_process import describe_production


@pytest.fixture(scope="session")
def default_production():
    """A production process with only a secret key and a host name set."""
    return describe_production()
