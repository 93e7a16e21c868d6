"""Every addon ships complete French, German, Dutch and Spanish translations.

Each ``<addon>/i18n/<lang>.po`` translates every msgid of the addon's exported
template ``<addon>/i18n/<addon>.pot``, keeps its placeholders and markup, and
loads with Odoo's own .po reader (the one ``--load-language`` and ``-u`` use).
"""
import os
import re

import pytest
from babel.messages.pofile import read_po
from odoo.tools.translate import PoFile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADDONS = ("interaction_log", "interaction_log_report_hook", "interaction_log_calendar",
          "interaction_log_crm", "interaction_log_purchase", "interaction_log_stock",
          "interaction_log_sale_crm", "interaction_log_mail_tracking", "interaction_log_queue_job",
          "interaction_log_web_timeline")
LANGS = ("fr", "de", "nl", "es")

PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[srdifxXeEgGc]")
MARKUP = re.compile(r"<[^>]+>|\$\{[^}]+\}|&\w+;")


def _catalog(path):
    with open(path, "rb") as po_file:
        return read_po(po_file)


def _pot(addon):
    return _catalog(os.path.join(ROOT, addon, "i18n", "%s.pot" % addon))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("addon", ADDONS)
def test_po_translates_every_msgid_of_the_template(addon, lang):
    pot = _pot(addon)
    po = _catalog(os.path.join(ROOT, addon, "i18n", "%s.po" % lang))
    assert str(po.locale) == lang
    assert po.plural_forms.startswith("nplurals=2;")
    missing, broken = [], []
    for message in pot:
        if not message.id:
            continue
        translated = po.get(message.id)
        if translated is None or not translated.string.strip():
            missing.append(message.id)
            continue
        if message.python_format or "python-format" in translated.flags:
            if sorted(PLACEHOLDER.findall(message.id)) != sorted(
                    PLACEHOLDER.findall(translated.string)):
                broken.append((message.id, translated.string))
        if sorted(MARKUP.findall(message.id)) != sorted(MARKUP.findall(translated.string)):
            broken.append((message.id, translated.string))
        assert translated.locations == message.locations, message.id
    assert not missing, "untranslated in %s/i18n/%s.po: %s" % (addon, lang, missing)
    assert not broken, "placeholders or markup changed in %s/i18n/%s.po: %s" % (
        addon, lang, broken)
    # nothing obsolete left in the .po either
    assert {m.id for m in po if m.id} == {m.id for m in pot if m.id}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("addon", ADDONS)
def test_po_loads_with_odoo_reader(addon, lang):
    with open(os.path.join(ROOT, addon, "i18n", "%s.po" % lang), "rb") as po_file:
        entries = list(PoFile(po_file))
    sources = {source for _type, _name, _res_id, source, _trad, _comments in entries}
    assert sources == {m.id for m in _pot(addon) if m.id}
    assert all(trad.strip() for _t, _n, _r, _s, trad, _c in entries)
