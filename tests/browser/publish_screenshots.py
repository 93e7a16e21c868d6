"""Copy the best screenshots of the last browser test run (.odoo/screenshots)
to the documentation: docs/screenshots/ (README) and the addon's
static/description/ (its description page). Run after the browser tests:

    python3 tests/browser/publish_screenshots.py
"""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / ".odoo" / "screenshots"
DOCS = ROOT / "docs" / "screenshots"
DESCRIPTION = ROOT / "interaction_log" / "static" / "description"

# destination: screenshot saved by a test (screenshot(page, NAME))
PUBLISHED = {
    DOCS / "create-interaction.png": "create-interaction-wizard",
    DOCS / "entries-grouped-by-template.png": "entries-grouped-by-template",
    DOCS / "switch-canceled.png": "switch-canceled-confirmation",
    DOCS / "template-setup.png": "template-setup",
    DOCS / "printed-documents-entries.png": "printed-documents-entries",
    DOCS / "segment-logged.png": "segment-logged",
    DESCRIPTION / "screenshot_create_interaction.png": "create-interaction-wizard",
    DESCRIPTION / "screenshot_entries.png": "printed-documents-entries",
    DESCRIPTION / "screenshot_segment.png": "segment-logged",
}


def main():
    missing = [name for name in PUBLISHED.values() if not (SHOTS / (name + ".png")).exists()]
    if missing:
        sys.exit("Run the browser tests first; missing in %s: %s" % (SHOTS, ", ".join(missing)))
    for destination, name in sorted(PUBLISHED.items()):
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SHOTS / (name + ".png"), destination)
        print("%s <- %s.png" % (destination.relative_to(ROOT), name))


if __name__ == "__main__":
    main()
