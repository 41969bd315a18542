"""The bare WSGI app soak compares throughput with: one fixed answer, no Django."""


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "2")])
    return [b"ok"]
