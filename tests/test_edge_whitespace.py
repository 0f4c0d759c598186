"""A kept line keeps the white space at its edges when something else on the page is removed.

Block texts are stripped for the cleaners to read, and no cleaner decides about a
line's edge white space, so rendering must not drop it: a Markdown hard break
("  " before the newline), a nested list's indentation, an indented code block.
Before 2026-12-06 the text was rendered from the stripped blocks, and
all of these were lost whenever a prompt elsewhere on the page was removed.
"""

from __future__ import annotations

import articleclean

BODY = "The council approved the new budget on Monday after a long debate about the cost of the plan."
PROMPT = "Sign up to our free newsletter here."


def _clean_with_a_removal(text: str) -> str:
    res = articleclean.clean_and_explain(f"{text}\n\n{PROMPT}")
    assert [r.code for r in res.removals] == ["newsletter.signup"]  # something else was removed
    return res.text


def test_a_markdown_hard_break_is_kept():
    text = f"Fingal County Council  \nCounty Hall, Swords\n\n{BODY}"
    assert _clean_with_a_removal(text) == text


def test_a_nested_list_keeps_its_indentation():
    text = f"{BODY}\n\n* Housing\n  * social homes\n  * rents"
    assert _clean_with_a_removal(text) == text


def test_an_indented_code_block_keeps_its_indentation():
    text = f"{BODY}\n\n    for x in range(3):\n        print(x)"
    assert _clean_with_a_removal(text) == text


def test_a_line_edited_inside_keeps_its_edges():
    text = f"{BODY}\n\n  The mayor said she would recieve the report.  \nIt was late."
    out = _clean_with_a_removal(text)
    assert out == text.replace("recieve", "receive")


def test_an_edit_that_cuts_a_line_start_takes_its_indentation_too():
    res = articleclean.clean_and_explain(f"  date 2023-08-18 The council met on Monday.\n\n{BODY}")
    assert res.text == f"The council met on Monday.\n\n{BODY}"


def test_every_unedited_kept_line_is_its_source_line():
    text = f"  Indented lead.  \n\tTabbed line\t\n\n{BODY}   \n\n{PROMPT}"
    lines = set(text.split("\n"))
    out = articleclean.clean(text)
    assert all(line in lines for line in out.split("\n") if line)
