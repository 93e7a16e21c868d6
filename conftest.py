"""pytest configuration shared by every test of the project (bin/test)."""
import pytest_odoo

_find_manifest_path = pytest_odoo._find_manifest_path


def _find_existing_manifest_path(collection_path):
    """pytest-odoo 1.0.1 reads ``/__manifest__.py`` for folders that are not
    inside an addon (our project-level ``tests/``) and crashes: answer None."""
    path = _find_manifest_path(collection_path)
    return path if path.is_file() else None


pytest_odoo._find_manifest_path = _find_existing_manifest_path
