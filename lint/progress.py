"""A progress line on stderr for long runs: only on an interactive terminal, never in
machine-readable output or when piped, and only once a run is long enough to need it."""

import time

SHOW_AFTER = 1.0  # seconds


class Progress:
    def __init__(self, stream, enabled: bool = True):
        self.stream = stream
        self.enabled = enabled and hasattr(stream, "isatty") and stream.isatty()
        self.count = 0
        self.started = time.monotonic()
        self.shown_at = 0.0

    def tick(self) -> None:
        self.count += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started >= SHOW_AFTER and now - self.shown_at >= 0.1:
            rate = self.count / (now - self.started)
            self.stream.write(f"\r{self.count} dokumenter tjekket ({rate:.0f}/s) ")
            self.stream.flush()
            self.shown_at = now

    def done(self) -> None:
        if self.enabled and self.shown_at:
            self.stream.write("\r\033[K")
            self.stream.flush()
