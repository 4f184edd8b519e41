"""A real headless Chromium for tests, driven over the DevTools protocol through
``--remote-debugging-pipe`` (file descriptors 3 and 4): no browser download, no extra
Python package. Debian's ``chromium`` package is what CI installs (.ci/run).

    with Browser.start(tmp_path) as browser:
        page = browser.open("file:///…/report.html")
        page.evaluate("document.title")
        page.screenshot(tmp_path / "page.png")
"""

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path

# As the machine notes say: without the networking flags Chromium hangs on a closed
# network; as root it needs --no-sandbox; every start gets a new empty profile.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
)


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None


def above_ten(fd: int) -> int:
    """The same pipe end under a file descriptor number of 10 or more."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


class BrowserError(RuntimeError):
    pass


class Page:
    def __init__(self, browser: "Browser", session: str):
        self.browser = browser
        self.session = session

    def send(self, method: str, **params):
        return self.browser.send(method, params, session=self.session)

    def evaluate(self, expression: str):
        reply = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in reply:
            raise BrowserError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def screenshot(self, path: Path) -> Path:
        width, height = self.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
        )
        reply = self.send(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        )
        path.write_bytes(base64.b64decode(reply["data"]))
        return path

    def requests(self) -> list[str]:
        """URLs the page asked for since it was opened."""
        return [
            event["params"]["request"]["url"]
            for event in self.browser.events
            if event.get("sessionId") == self.session
            and event["method"] == "Network.requestWillBeSent"
        ]


class Browser:
    def __init__(self, process: subprocess.Popen, to_browser: int, from_browser: int):
        self.process = process
        self.to_browser = to_browser
        self.from_browser = from_browser
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict] = []

    @classmethod
    def start(cls, profile: Path, executable: str | None = None) -> "Browser":
        executable = executable or find_chromium()
        if executable is None:
            raise BrowserError("no Chromium found")
        profile.mkdir(parents=True, exist_ok=True)
        commands_read, commands_write = os.pipe()
        replies_read, replies_write = os.pipe()
        # Move the browser's ends above 3 and 4, so the shell's redirections below
        # cannot close what they have just set up.
        commands_read, replies_write = above_ten(commands_read), above_ten(replies_write)
        # The browser reads commands on fd 3 and writes replies on fd 4.
        command = (
            f'exec "$0" "$@" 3<&{commands_read} 4>&{replies_write} '
            f"{commands_read}<&- {replies_write}>&-"
        )
        process = subprocess.Popen(
            [
                "bash",
                "-c",
                command,
                executable,
                *FLAGS,
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                "--window-size=1200,900",
                "about:blank",
            ],
            pass_fds=(commands_read, replies_write),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(commands_read)
        os.close(replies_write)
        return cls(process, commands_write, replies_read)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(BrowserError, OSError):
            self.send("Browser.close", {}, timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self.to_browser, self.from_browser):
            with contextlib.suppress(OSError):
                os.close(fd)

    def receive(self, deadline: float) -> dict:
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("Chromium did not answer in time")
            ready, _, _ = select.select([self.from_browser], [], [], left)
            if ready:
                chunk = os.read(self.from_browser, 1 << 20)
                if not chunk:
                    raise BrowserError(f"Chromium exited (code {self.process.poll()})")
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, params: dict, session: str | None = None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self.receive(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method: str, session: str, after: int = 0, timeout=30) -> dict:
        """The first event ``method`` of ``session`` among events[after:] or to come."""
        deadline = time.monotonic() + timeout
        for event in self.events[after:]:
            if event["method"] == method and event.get("sessionId") == session:
                return event
        while True:
            event = self.receive(deadline)
            if "method" in event:
                self.events.append(event)
                if event["method"] == method and event.get("sessionId") == session:
                    return event

    def open(self, url: str, width: int = 1200, height: int = 900) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        page = Page(self, session)
        page.send("Page.enable")
        page.send("Network.enable")
        page.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        before = len(self.events)
        page.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired", session, after=before)
        return page
