"""A Redis cache that degrades to "always a miss" instead of failing the request.

Everything Wagtail and Django cache (site root paths, renditions, sessions' cached
copies, the page cache) can be recomputed, so when Redis is down or hung a page is
served uncached rather than answered 500. After a failure the cache is left alone for
`RETRY_AFTER` seconds, so a hung Redis costs one short socket timeout per process, not
one per look-up; the outage is logged once when it starts and once when it ends.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0


class Outage:
    """Whether one Redis server is being skipped, shared by every thread of a process."""

    _by_location = {}
    _lock = threading.Lock()

    def __init__(self, location):
        self.location = location
        self.skip_until = 0.0
        self.started = None

    @classmethod
    def of(cls, location):
        with cls._lock:
            return cls._by_location.setdefault(location, cls(location))

    def skipping(self):
        return time.monotonic() < self.skip_until

    def failed(self, error):
        with self._lock:
            self.skip_until = time.monotonic() + RETRY_AFTER
            if self.started is None:
                self.started = time.monotonic()
                logger.warning(
                    "Cache %s unavailable (%s): serving uncached until it answers",
                    self.location,
                    error,
                )

    def answered(self):
        if self.started is None:
            return
        with self._lock:
            if self.started is not None:
                logger.warning(
                    "Cache %s answers again after %.1f s",
                    self.location,
                    time.monotonic() - self.started,
                )
                self.started = None


def degrades_to(fallback):
    """Run the Redis call, or answer `fallback` while the server fails."""

    def decorate(method):
        def call(self, *args, **kwargs):
            if self.outage.skipping():
                return fallback(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except RedisError as error:
                self.outage.failed(error)
                return fallback(*args, **kwargs)
            self.outage.answered()
            return result

        call.__name__ = method.__name__
        call.__doc__ = method.__doc__
        return call

    return decorate


def nothing(*args, **kwargs):
    return None


def refused(*args, **kwargs):
    return False


def no_values(*args, **kwargs):
    return {}


def missing_counter(key, delta):
    # What Django's API says incr does for a key it does not hold.
    raise ValueError(f"Key {key!r} not found: the cache is unavailable")


class ResilientRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self.outage = Outage.of(",".join(servers))

    add = degrades_to(refused)(RedisCacheClient.add)
    get = degrades_to(lambda key, default: default)(RedisCacheClient.get)
    set = degrades_to(nothing)(RedisCacheClient.set)
    touch = degrades_to(refused)(RedisCacheClient.touch)
    delete = degrades_to(refused)(RedisCacheClient.delete)
    get_many = degrades_to(no_values)(RedisCacheClient.get_many)
    has_key = degrades_to(refused)(RedisCacheClient.has_key)
    incr = degrades_to(missing_counter)(RedisCacheClient.incr)
    set_many = degrades_to(nothing)(RedisCacheClient.set_many)
    delete_many = degrades_to(nothing)(RedisCacheClient.delete_many)
    clear = degrades_to(refused)(RedisCacheClient.clear)


class ResilientRedisCache(RedisCache):
    """Django's Redis cache with failures turned into misses (see the module doc)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ResilientRedisCacheClient
