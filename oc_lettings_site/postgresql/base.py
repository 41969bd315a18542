"""PostgreSQL that gives up on a server that stops answering.

`connect_timeout` bounds a new connection and `statement_timeout` a query the server
is working on, but a server that hangs (frozen, or its host stalled) answers nothing,
so an open connection would wait for ever. Here every wait for the server is bounded by
the `answer_timeout` option (seconds): past it the connection is closed and the query
fails with an OperationalError, which visitors see as the 503 page. After such a
timeout the process stops trying for `RETRY_AFTER` seconds, so a hung database costs
one timeout per thread, then fails fast, instead of queueing every visitor behind it.
"""

import threading
import time

import psycopg
from django.db.backends.postgresql import base

RETRY_AFTER = 2.0


class Silence:
    """When this process last heard nothing back, shared by every thread."""

    _lock = threading.Lock()
    until = 0.0

    @classmethod
    def began(cls):
        with cls._lock:
            cls.until = time.monotonic() + RETRY_AFTER

    @classmethod
    def ongoing(cls):
        return time.monotonic() < cls.until


class AnswerBoundConnection(psycopg.Connection):
    answer_timeout = None

    def wait(self, gen, interval=0.1, timeout=None):
        try:
            return super().wait(
                gen, interval=interval, timeout=timeout or self.answer_timeout
            )
        except psycopg.errors._WaitTimeout:
            # Where the server stands with this connection is unknown: drop it.
            Silence.began()
            self.close()
            raise psycopg.OperationalError(
                f"the database server did not answer within {self.answer_timeout} s"
            ) from None


class Driver:
    """The psycopg module as Django sees it, making AnswerBoundConnections."""

    def __getattr__(self, name):
        return getattr(psycopg, name)

    def connect(self, *args, answer_timeout=None, **kwargs):
        if Silence.ongoing():
            raise psycopg.OperationalError(
                "the database server stopped answering a moment ago; not retrying yet"
            )
        try:
            connection = AnswerBoundConnection.connect(*args, **kwargs)
        except psycopg.errors.ConnectionTimeout:
            Silence.began()
            raise
        connection.answer_timeout = answer_timeout
        return connection


class DatabaseWrapper(base.DatabaseWrapper):
    Database = Driver()
