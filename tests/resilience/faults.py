"""Real network faults on loopback, for the outage tests and `make soak`.

`RelayProxy` forwards a port to a real server (the machine's PostgreSQL or Redis, or one
we started) and can be frozen (bytes held, as a hung server holds them) or stopped
(every connection cut, new ones refused) and brought back. `SilentListener` accepts
connections and never answers; `closed_port` has nothing listening. The shared servers
themselves are never touched.
"""

import contextlib
import selectors
import socket
import threading
import time


def redis_cache(port):
    """CACHES for the site's resilient Redis cache at `port`, with quarter-second bounds."""
    return {
        "default": {
            "BACKEND": "oc_lettings_site.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }


def closed_port():
    """A loopback port nothing listens on (bound once, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SilentListener:
    """A port that accepts connections and never says a word: a hung server."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.port = self.listener.getsockname()[1]
        self.accepted = []
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self):
        while not self.stopping.is_set():
            with contextlib.suppress(TimeoutError, OSError):
                self.accepted.append(self.listener.accept()[0])

    def close(self):
        self.stopping.set()
        self.thread.join()
        for connection in self.accepted:
            connection.close()
        self.listener.close()


class RelayProxy:
    """Forward 127.0.0.1:<port> to `target`, with faults on demand."""

    def __init__(self, target_port, target_host="127.0.0.1"):
        self.target = (target_host, target_port)
        self.port = closed_port()
        self.frozen = threading.Event()
        self.pairs = []
        self.listener = None
        self.running = threading.Event()
        self.thread = None
        self.start()

    def start(self):
        self.listener = socket.create_server(("127.0.0.1", self.port))
        self.listener.setblocking(False)
        self.running.set()
        self.thread = threading.Thread(target=self.relay, daemon=True)
        self.thread.start()

    def stop(self):
        """Refuse new connections and cut the open ones: a server that went down."""
        self.running.clear()
        self.thread.join()
        for pair in self.pairs:
            for end in pair:
                end.close()
        self.pairs = []
        self.listener.close()

    def freeze(self):
        self.frozen.set()

    def thaw(self):
        self.frozen.clear()

    def relay(self):
        selector = selectors.DefaultSelector()
        selector.register(self.listener, selectors.EVENT_READ, None)
        while self.running.is_set():
            if self.frozen.is_set():
                self.accept(selector)
                time.sleep(0.02)
                continue
            for key, _ in selector.select(timeout=0.05):
                if key.data is None:
                    self.accept(selector)
                else:
                    self.forward(selector, key.fileobj, key.data)
        selector.close()

    def accept(self, selector):
        try:
            client, _ = self.listener.accept()
        except BlockingIOError:
            return
        if self.frozen.is_set():
            # A hung server's kernel still completes the handshake; nothing follows.
            self.pairs.append((client,))
            return
        try:
            upstream = socket.create_connection(self.target, timeout=2)
        except OSError:
            client.close()
            return
        self.pairs.append((client, upstream))
        selector.register(client, selectors.EVENT_READ, upstream)
        selector.register(upstream, selectors.EVENT_READ, client)

    def forward(self, selector, source, destination):
        try:
            data = source.recv(65536)
            if data:
                destination.sendall(data)
                return
        except OSError:
            pass
        for end in (source, destination):
            with contextlib.suppress(KeyError, ValueError):
                selector.unregister(end)
            end.close()
