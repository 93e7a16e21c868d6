"""``pip install .`` puts every addon in the ``odoo.addons`` namespace."""
import os
import subprocess
import sys
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADDONS = ("interaction_log", "interaction_log_report_hook", "interaction_log_calendar",
          "interaction_log_crm", "interaction_log_purchase", "interaction_log_stock",
          "interaction_log_base_partner_merge", "interaction_log_sale_crm",
          "interaction_log_mail_tracking", "interaction_log_queue_job",
          "interaction_log_web_timeline")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-q", "-w", str(out), ROOT],
        check=True, cwd=str(out))
    wheels = list(out.glob("*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_ships_addons_under_odoo_addons(wheel):
    names = zipfile.ZipFile(str(wheel)).namelist()
    for addon in ADDONS:
        prefix = "odoo/addons/%s/" % addon
        assert prefix + "__manifest__.py" in names
        assert prefix + "__init__.py" in names
        assert prefix + "static/description/icon.png" in names
        manifest_data = eval(  # noqa: S307 - our own manifest
            open(os.path.join(ROOT, addon, "__manifest__.py")).read())
        for data_file in manifest_data.get("data", []) + manifest_data.get("demo", []):
            assert prefix + data_file in names, data_file
    # never overwrite Odoo's own namespace packages
    assert "odoo/__init__.py" not in names
    assert "odoo/addons/__init__.py" not in names


def test_installed_addons_found_without_addons_path(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q",
         "--target", str(target), str(wheel)], check=True)
    # a Python without our editable checkout on sys.path, with the wheel's
    # files in a site folder of their own
    script = (
        "import sys\n"
        "sys.path = [p for p in sys.path if not p.rstrip('/').endswith('/setup')]\n"
        "sys.path.insert(0, %r)\n"
        "import odoo\n"
        "odoo.tools.config.parse_config([])\n"
        "assert not odoo.tools.config['addons_path'].count(%r)\n"
        "from odoo.modules import module\n"
        "module.initialize_sys_path()\n"
        "for name in %r:\n"
        "    print(module.get_module_path(name))\n"
        "    assert module.load_information_from_description_file(name)['installable']\n"
    ) % (str(target), str(target), ADDONS)
    result = subprocess.run([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, universal_newlines=True)
    assert result.returncode == 0, result.stderr
    paths = result.stdout.split()
    assert paths == [str(target / "odoo" / "addons" / addon) for addon in ADDONS]
