"""A finding told in the past passive ("No concerns were identified", "Issues have been
raised") is no work done: the any-verb rules of the simple past and present perfect passive
leave such verbs to the other rules (the default, in progress, when none matches)."""

from __future__ import annotations

import pytest

from wlga_analysis.status import classify_status, load_status_rules


@pytest.mark.parametrize(("text", "status"), [
    ("No immediate concerns were identified.", "in progress"),
    ("Three risks were found at the board's workshop.", "in progress"),
    ("Issues have been raised with the supplier.", "in progress"),
    ("It has been decided to wait for the review.", "in progress"),
    ("The toolkit was refreshed in June.", "done"),
    ("New lighting has been fitted in two depots.", "done"),
])
def test_findings_are_not_work_done(text: str, status: str) -> None:
    assert classify_status(text, load_status_rules())[0] == status
