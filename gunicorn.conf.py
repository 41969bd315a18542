"""Gunicorn settings for the web container (Heroku dyno or local `docker run`).

Heroku tells the process which port to bind through PORT; WEB_CONCURRENCY sizes the
worker pool to the dyno (two workers fit a 512 MB dyno with room to spare), WEB_THREADS
the threads in each.
"""

import environ

env = environ.Env()

bind = f"0.0.0.0:{env.int('PORT', default=8000)}"
workers = env.int("WEB_CONCURRENCY", default=2)
# Threaded workers: a connection waits in the worker's poller, holding no thread, until
# its request starts to arrive, and a client that trickles its headers or body holds one
# thread of several, never a whole worker; the others keep serving. Four threads a worker
# keep a dyno at 8 database connections (Heroku's smallest Postgres allows 20).
worker_class = "gthread"
threads = env.int("WEB_THREADS", default=4)
# Heroku's router drops a request after 30 s: end a stuck worker first, so the log
# says which request hung instead of showing only the router's H12.
timeout = 25
# Heroku sends SIGTERM, then SIGKILL 30 s later: let in-flight requests finish before.
graceful_timeout = 20
keepalive = 5
# The app is imported once, before the workers fork: a recycled worker is serving again
# in milliseconds instead of re-importing Django and Wagtail for seconds.
preload_app = True
# Recycle workers now and then so a slow leak cannot grow without bound; the jitter is
# half the interval, so two workers practically never recycle at the same moment.
max_requests = 1000
max_requests_jitter = 500
# Worker heartbeats on a memory file system: a slow container disk cannot stall them.
worker_tmp_dir = "/dev/shm"  # noqa: S108 (heartbeat files only, nothing secret)
# Logs go to stdout/stderr, where Heroku's log router and `docker logs` collect them.
accesslog = "-"
errorlog = "-"
