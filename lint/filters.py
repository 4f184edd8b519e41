"""Filter stage, part three: waivers (accepted findings, each with a written reason)
and the baseline (findings recorded when referatlint was adopted)."""

from collections import Counter

from referatlint.errors import ConfigError
from referatlint.fingerprint import fingerprints
from referatlint.report.common import report_path
from referatlint.rule import Finding
from referatlint.settings import Settings, Waiver, pattern_covers
from referatlint.text import Msg

STALE = Msg(
    "Undtagelsen for {code} i »{file}«{item} bruger ikke længere noget fund; slet den.",
    "The waiver for {code} in “{file}”{item} no longer matches any finding; delete it.",
)


def runs(code: str, path: str, settings: Settings) -> bool:
    """Whether the rule with this code is run on this file: chosen by select, ignore and
    extend_select (configuration and command line), and not ignored for the file. Decided
    on the code alone, so a run answered from the cache need not load the rules."""
    from referatlint.registry import chosen, matches
    from referatlint.runner import ignored_codes

    if "rules" in vars(settings):  # settings made with their rules (tests, tools)
        selected = any(rule.code == code for rule in settings.rules)
    else:
        data, given = settings.data, settings.overrides
        selected = chosen(
            code,
            given.select if given.select is not None else data.get("select"),
            [*data.get("ignore", ()), *given.ignore],
            [*data.get("extend_select", ()), *given.extend_select],
        )
    return selected and not matches(code, ignored_codes(path, settings))


class WaiverBook:
    """Applies waivers and remembers which ones were used, for --show-waivers and for
    reporting waivers that no longer match anything (RL905).

    A waiver is only called unused where it could have been used: for a file its pattern
    covers, on which its rule ran, and where RL905 itself is chosen."""

    def __init__(self) -> None:
        self.used: Counter[Waiver] = Counter()
        self.relevant: dict[Waiver, Settings] = {}  # waiver -> settings of a file it covers

    def apply(
        self, path: str, findings: tuple[Finding, ...], settings: Settings
    ) -> tuple[Finding, ...]:
        waivers = [w for w in settings.waivers if pattern_covers(w.file, path)]
        if not waivers:
            return findings
        kept = []
        for finding in findings:
            match = next(
                (w for w in waivers
                 if w.code == finding.code and (w.item is None or w.item == finding.item)),
                None,
            )  # fmt: skip
            if match is None:
                kept.append(finding)
            else:
                self.used[match] += 1
        if runs("RL905", path, settings):
            for waiver in waivers:
                if waiver not in self.relevant and runs(waiver.code, path, settings):
                    self.relevant[waiver] = settings
        return tuple(kept)

    def stale(self) -> list[tuple[Finding, str]]:
        """Waivers for files this run linted that silenced nothing: findings (RL905) at
        the line of the configuration file that grants them, each with the fail_on of
        the settings that saw it."""
        found = []
        for waiver, settings in self.relevant.items():
            if self.used[waiver]:
                continue
            item = f", punkt {waiver.item}" if waiver.item else ""
            item_en = f", item {waiver.item}" if waiver.item else ""
            shown = report_path(waiver.file)
            message = Msg(
                STALE.da.format(code=waiver.code, file=shown, item=item),
                STALE.en.format(code=waiver.code, file=shown, item=item_en),
            )
            severity = settings.severities.get("RL905", "warning")
            finding = Finding("RL905", "unused-waiver", severity, message, waiver.line or 1, 1,
                              waiver.line or 1, None, None, None, report_path(waiver.source))  # fmt: skip
            found.append((finding, settings.fail_on))
        return found


# --------------------------------------------------------------------------- baseline

BAD_BASELINE = Msg(
    "baseline-filen kan ikke læses: {reason}", "the baseline file cannot be read: {reason}"
)


def load_baseline(path: str) -> Counter[tuple[str, str]]:
    import json

    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        entries = data["findings"]
        return Counter((entry["path"], entry["fingerprint"]) for entry in entries)
    except FileNotFoundError:
        raise ConfigError(BAD_BASELINE.format(reason="filen findes ikke"), path) from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ConfigError(BAD_BASELINE.format(reason=error), path) from None


def without_baselined(
    path: str, findings: tuple[Finding, ...], baseline: Counter
) -> tuple[Finding, ...]:
    key = report_path(path)
    kept = []
    for finding, mark in zip(findings, fingerprints(findings), strict=True):
        if baseline[(key, mark)] > 0:
            baseline[(key, mark)] -= 1
        else:
            kept.append(finding)
    return tuple(kept)


class BaselineWriter:
    """Collects every finding of a run into a baseline file."""

    def __init__(self) -> None:
        self.entries: list[dict] = []

    def add(self, path: str, findings: tuple[Finding, ...]) -> None:
        key = report_path(path)
        for finding, mark in zip(findings, fingerprints(findings), strict=True):
            self.entries.append(
                {"path": key, "code": finding.code, "item": finding.item, "fingerprint": mark,
                 "message": finding.message.da}
            )  # fmt: skip

    def write(self, target: str) -> None:
        import json

        data = {"version": 1, "tool": "referatlint", "findings": self.entries}
        try:
            with open(target, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=1)
                handle.write("\n")
        except OSError as error:
            raise ConfigError(
                Msg(f"kan ikke skrives: {error.strerror}", f"cannot be written: {error.strerror}"),
                target,
            ) from None
