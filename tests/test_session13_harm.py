"""Article lines the blind split test5 showed lost on sites never seen (thirteenth session), as cases
written here in the layouts of several sites:

- the article's last paragraph with a wire's sign-off in brackets ("He said that ... would be prosecuted.
  (NAN)"), as Nigerian and Indian sites print their national agencies' copy: a reported sentence is no
  caption, whatever credit ends it;
- the headline over two writers' names with no "By" ("Jeoffrey Maitem and Karl Romano"), as a Philippine
  and a US site print them: the names are the byline's, and the headline above them is the article's.
"""

from __future__ import annotations

import pytest

import articleclean

HEAD = "Police arrest 40 suspects in overnight raid on the city's black spots"
P1 = "The police said on Sunday that 40 suspects were arrested in a raid on black spots across the city."
P2 = "The commissioner told reporters the raids would continue every weekend until the end of the year."


def _removed(*paras: str) -> set[str]:
    return {r.text.strip() for r in articleclean.clean_and_explain("\n\n".join(paras)).removals}


@pytest.mark.parametrize(
    "last",
    [
        "He said that those arrested and found culpable, after discreet investigation would be prosecuted. (NAN)",
        "The minister said the state would pay compensation to the families of the victims. (PTI)",
        "Officials said the road would reopen on Monday once the repairs were finished. (AFP)",
    ],
)
def test_a_reported_last_paragraph_with_a_wires_sign_off_stays(last: str) -> None:
    assert last not in _removed(HEAD, P1, P2, last)


def test_a_caption_with_an_agency_credit_still_goes() -> None:
    caption = "Residents wade through floodwater in a flooded street of the city on Sunday. (AFP)"
    assert caption in _removed(HEAD, caption, P1, P2)


@pytest.mark.parametrize(
    "names",
    ["Jeoffrey Maitem and Karl Romano", "Jane Roe, John Doe and Mary Major", "Ana Cruz & Ben Ortiz"],
)
def test_the_headline_over_two_writers_names_stays(names: str) -> None:
    head = "Thousands flee coming typhoon as storm nears the coast"
    menu = ("Home", "News", "Asia", "Sign In", "Subscribe")
    text = "\n\n".join((*menu, head, names, P1, P2, "Related stories", "Share this article", "Follow us on Facebook"))
    res = articleclean.clean_and_explain(text)
    assert head in res.text
    assert res.metadata.headline == head
