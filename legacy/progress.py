"""A progress bar for a terminal; elsewhere (logs, pipes, tests) nothing but the summary."""

WIDTH = 40


class Progress:
    def __init__(self, stream, total):
        """`stream` is a management command's OutputWrapper; `total` counts steps."""
        self.stream = stream
        self.on_terminal = stream.isatty()
        self.total = max(total, 1)
        self.done = 0
        self.shown = None

    def advance(self, what, count=1):
        self.done = min(self.done + count, self.total)
        if not self.on_terminal:
            return
        percent = self.done * 100 // self.total
        # Redrawn once per percent: 10,000 rows must not mean 10,000 writes.
        if (percent, what) == self.shown:
            return
        self.shown = (percent, what)
        filled = WIDTH * self.done // self.total
        bar = "#" * filled + "." * (WIDTH - filled)
        self.stream.write(f"\r[{bar}] {percent:3d}% {what:<24}", ending="")
        self.stream.flush()

    def finish(self):
        if self.on_terminal and self.shown is not None:
            self.stream.write("")
