"""Gunicorn settings for the web container (Heroku dyno or local `docker run`).

Heroku tells the process which port to bind through PORT; WEB_CONCURRENCY sizes the
worker pool to the dyno (two workers fit a 512 MB dyno with room to spare).
"""

import environ

env = environ.Env()

bind = f"0.0.0.0:{env.int('PORT', default=8000)}"
workers = env.int("WEB_CONCURRENCY", default=2)
# Heroku's router drops a request after 30 s: end a stuck worker first, so the log
# says which request hung instead of showing only the router's H12.
timeout = 25
# Heroku sends SIGTERM, then SIGKILL 30 s later: let in-flight requests finish before.
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = 1000
max_requests_jitter = 100
# Worker heartbeats on a memory file system: a slow container disk cannot stall them.
worker_tmp_dir = "/dev/shm"
# Logs go to stdout/stderr, where Heroku's log router and `docker logs` collect them.
accesslog = "-"
errorlog = "-"
