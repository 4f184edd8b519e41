"""Third-party rules: a tiny plugin package, really installed, is found through the
``referatlint.rules`` entry-point group and runs with the built-in rules."""

import subprocess
import sys

import pytest
from conftest import FIXTURES, run_referatlint


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory):
    target = tmp_path_factory.mktemp("plugin-site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--target", str(target), str(FIXTURES / "plugin")],
        check=True, capture_output=True,
    )  # fmt: skip
    return target


def referatlint(plugin_path, *args, stdin=None):
    return run_referatlint(*args, env={"PYTHONPATH": str(plugin_path)}, stdin=stdin)


def test_plugin_rule_is_in_the_catalogue(plugin_path):
    run = referatlint(plugin_path, "rules")
    assert "KX101\tbusiness-jargon" in run.stdout
    assert referatlint(plugin_path, "rule", "KX101").stdout.startswith(
        "KX101 business-jargon: Engelsk forretningsjargon"
    )


def test_plugin_rule_reports_with_the_built_in_rules(plugin_path):
    draft = "REFERAT Socialudvalget d. 01-11-2021\n\nPunkt 1: Budget\n\nBeslutning\n\nSvar ASAP.\n"
    run = referatlint(plugin_path, "-", "--output-format", "concise", stdin=draft)
    assert run.stdout.splitlines() == [
        "-:1:1: RL107 [hele dokumentet] Ingen af punkterne har de afsnit, profilen »standard« "
        "kræver (Indstilling, Miljø- og klimamæssige konsekvenser, Økonomiske konsekvenser); "
        "dokumentet følger nok en anden skabelon.",
        "-:7:6: KX101 [punkt 1] Skriv dansk i stedet for »ASAP«.",
    ]
    assert run.returncode == 1
    selected = referatlint(
        plugin_path, "-", "--output-format", "concise", "--select", "KX", stdin=draft
    )
    assert selected.stdout.splitlines() == [
        "-:7:6: KX101 [punkt 1] Skriv dansk i stedet for »ASAP«."
    ]


def test_without_the_plugin_the_code_is_unknown():
    run = run_referatlint("rule", "KX101")
    assert run.returncode == 2
    assert (run.stdout, run.stderr) == (
        "",
        "referatlint: ukendt regel »KX101« (se referatlint rules)\n",
    )
