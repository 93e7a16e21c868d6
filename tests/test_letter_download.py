"""Create Interaction with correspondence type Hard Copy prints the
template's letter as a real PDF, in the company's layout, and the user
downloads it.

A real Odoo server over a copy of the freshly installed test database (the
snapshot ``bin/test`` takes before any test runs, with demo data): the
wizard is created and its Create button called as the web client does
(``/web/dataset/call_kw``), then the action it returns is followed
(``/web/content/<id>?download=true``). The PDF is read with pdftotext: the
demo letter to Lucille Martin (Delta PC, who prefers hard copy), with the
company's header and footer.
"""
import pytest

import print_load
# the real server over a copy of the snapshot, and the admin's web session
from test_batch_print import admin, server  # noqa: F401 (pytest fixtures)


def test_hard_copy_downloads_the_letter_as_a_pdf_in_the_company_layout(
        server, admin):  # noqa: F811 (the fixtures)
    partner_id = admin.call_kw("ir.model.data", "xmlid_to_res_id", [
        "interaction_log.demo_partner_lucille_martin"])
    template_id = admin.call_kw("ir.model.data", "xmlid_to_res_id", [
        "interaction_log.demo_template_catalogue"])
    if not (partner_id and template_id):
        pytest.skip("no demo data")
    company_id = admin.call_kw("res.users", "read", [[admin.uid], ["company_id"]])[0][
        "company_id"][0]
    company = admin.call_kw("res.company", "read", [[company_id], ["street", "phone"]])[0]
    wizard_id = admin.call_kw("interaction.create.wizard", "create", [{
        "partner_id": partner_id, "template_id": template_id,
        "description": "Spring catalogue", "correspondence_type": "hard_copy"}])
    log_start = server.log_size()

    action = admin.call_kw("interaction.create.wizard", "action_create", [[wizard_id]])
    response = admin.session.get(server.url + action["url"], timeout=60)

    assert print_load.is_pdf(response), response.content[:300]
    assert "attachment" in response.headers.get("Content-Disposition", "")
    pages = print_load.pdf_page_texts(response.content)
    assert len(pages) == 1
    text = " ".join(pages[0].split())
    assert "Dear Lucille Martin," in text
    assert company["street"] in text, "the company's header"
    assert company["phone"] in text, "the company's footer"
    entry = admin.call_kw("interaction.log.entry", "search_read", [
        [("partner_id", "=", partner_id), ("template_id", "=", template_id)],
        ["sent_copy_id", "lang"]])
    assert len(entry) == 1
    assert action["url"] == "/web/content/%d?download=true" % entry[0]["sent_copy_id"][0]
    assert entry[0]["lang"] == "en_US"
    assert not server.log_problems(log_start), "\n".join(server.log_problems(log_start))
