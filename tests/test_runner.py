"""The test runner must fail loudly: Odoo's own runner can exit 0 on failures.

Each test builds a throwaway addon in a temporary folder and runs it through
``bin/odoo-test`` (the runner behind ``bin/test``) on a database of its own.
"""
import os
import re
import subprocess
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLOSING_LINE = re.compile(r"^=+ (.*) in [0-9.]+s.* =+$", re.M)


def make_addon(folder, name, files):
    addon = folder / name
    files = dict(files)
    files.setdefault("__init__.py", "")
    files.setdefault("__manifest__.py", repr({
        "name": name, "version": "11.0.1.0.0", "license": "AGPL-3",
        "depends": ["base"], "data": files.pop("_data", []), "installable": True,
    }))
    for path, content in files.items():
        target = addon / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(content))
    return addon


def run_runner(addon, db):
    result = subprocess.run(
        [os.path.join(ROOT, "bin", "odoo-test"), "--db", db, str(addon)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True,
        timeout=600)
    return result.returncode, result.stdout


def closing_line(output):
    found = CLOSING_LINE.findall(output)
    return found[-1] if found else ""


def test_failing_and_unimportable_tests_make_the_run_fail(tmp_path):
    addon = make_addon(tmp_path, "il_probe_failing", {
        "tests/__init__.py": "from . import test_probe\n",
        "tests/test_probe.py": """
            from odoo.tests.common import TransactionCase

            class TestProbe(TransactionCase):
                def test_passes(self):
                    self.assertTrue(self.env["res.partner"].search([], limit=1))

                def test_fails(self):
                    self.assertEqual(1, 2, "deliberate failure of the probe")
            """,
        "tests/test_broken.py": "import il_no_such_module_anywhere  # noqa\n",
    })
    rc, output = run_runner(addon, "il_selftest_failing")
    assert rc != 0, output
    assert "deliberate failure of the probe" in output
    assert re.search(r"^FAILED .*test_probe.py::TestProbe::test_fails", output, re.M), output
    assert closing_line(output) == "1 failed, 1 passed, 1 error", output


def test_addon_that_fails_to_install_makes_the_run_fail(tmp_path):
    addon = make_addon(tmp_path, "il_probe_broken_install", {
        "_data": ["data.xml"],
        "data.xml": """
            <odoo>
                <record id="broken" model="il.no.such.model">
                    <field name="name">x</field>
                </record>
            </odoo>
            """,
        "tests/__init__.py": "from . import test_ok\n",
        "tests/test_ok.py": """
            from odoo.tests.common import TransactionCase

            class TestOk(TransactionCase):
                def test_ok(self):
                    pass
            """,
    })
    rc, output = run_runner(addon, "il_selftest_install")
    assert rc != 0, output
    assert "il.no.such.model" in output
    assert "failed: no test was run" in output


def test_run_without_any_test_fails(tmp_path):
    addon = make_addon(tmp_path, "il_probe_no_tests", {})
    rc, output = run_runner(addon, "il_selftest_empty")
    assert rc != 0, output
    assert "no tests ran" in closing_line(output), output
