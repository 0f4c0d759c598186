"""A wire's or a reporter's sign-off after the article's last sentence is no picture credit.

Shapes from test5 (hotjist.com: "... would be prosecuted. (NAN)") and test6 (latestly.com:
"... rain to occur in Hyderabad. (ANI)"; manila-stv.ph: "... have yet to be determined. Alanna
Ambi/DMS"), written here in other words.  Before this change the whole paragraph was removed as
"image caption ending in its credit".
"""

from __future__ import annotations

import articleclean

BODY = (
    "Flood water entered dozens of homes in the low-lying wards after two days of heavy rain, "
    "and residents spent the night on the roofs of the market buildings."
)


def _kept(line: str) -> bool:
    res = articleclean.clean_and_explain(f"{BODY}\n\n{line}")
    return line in res.text


def test_a_wire_name_in_brackets_after_the_last_sentence_is_a_sign_off():
    assert _kept("The weather office has forecast more rain for the coastal districts this week. (PTI)")
    assert _kept("He added that the suspects would be charged once the inquiry was complete. (NAN)")
    assert _kept("Relief camps will stay open until the water recedes, the district collector said. (IANS)")


def test_a_reporters_name_and_desk_after_a_reported_paragraph_is_a_sign_off():
    assert _kept(
        "The blaze destroyed 40 houses, said the fire marshal. The marshal said the cause was still "
        "under investigation. Maria Santos/PNA"
    )


def test_a_captions_credit_in_brackets_still_goes():
    # a caption's credit says what it is ("Photo", a photographer across a slash): not a sign-off
    for caption in (
        "Residents wade through a flooded street in the old town on Monday. (AP Photo/Jane Doe)",
        "Firefighters at the scene of the blaze on Friday night. (Photo: Supplied)",
        "Smoke rises over the harbour after the explosion. (Supplied)",
        "Residents wade through floodwater in a flooded street of the city on Sunday. (AFP)",
        # present-tense captions with a national wire's bare name (a helper's attack, 2026-12-06)
        "Prime Minister Narendra Modi addresses a rally in Varanasi on Sunday. (PTI)",
        "Children play in a fountain on a hot afternoon at Qasr Al Shati in Abu Dhabi. (WAM)",
        # one sentence with "officials said" in a clause, and a photographer's credit
        "Residents gather outside the burnt houses where officials said the fire started. Ted Aljibe/AFP",
    ):
        assert not _kept(caption), caption


def test_a_credit_label_before_the_name_is_no_sign_off():
    assert not _kept("The president waves to supporters after the rally. He spoke for an hour. Credit... Jane Doe/The Daily Times")
