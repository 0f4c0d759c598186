"""Article-ending lists stay: the article's own list of names, titles, places or lines at the page's end.

Harm review of 2026-12-06 (a helper's attack on a headless-headline-list rule, which removed 22 of
41 such lists and was withdrawn): nominees, class suspensions, a setlist, a shortlist, school
closures, candidates, each introduced by a line without a colon, with nothing after the list.
These are the kinds of lists a rule for "other stories' headlines with no heading" must leave.
"""

from __future__ import annotations

import pytest

import articleclean

CASES = [
    pytest.param("ABUJA — President Bola Tinubu on Thursday transmitted the names of 28 ministerial nominees to the Senate for confirmation, nearly two months after his inauguration.\n\nSenate President Godswill Akpabio read the letter on the floor during plenary, and the chamber is expected to begin screening the nominees next week.\n\nSome of the nominees named in the first list include\n\nWale Edun, former Ogun State commissioner for finance\nNyesom Wike, former governor of Rivers State\nHannatu Musawa, lawyer and women's rights campaigner\nDave Umahi, former governor of Ebonyi State\nNasir El-Rufai, former governor of Kaduna State", id='list of nominees introduced without a colon'),
    pytest.param('MANILA — Classes in several cities and provinces in Luzon were suspended on Monday as Typhoon Carina enhanced the southwest monsoon, bringing heavy rain across the region.\n\nThe state weather bureau PAGASA raised an orange rainfall warning over Metro Manila and nearby provinces early in the morning, and flooding was reported in low-lying barangays.\n\nLocal government units announced the following class suspensions as of 6 a.m.\n\nQuezon City – all levels, public and private\nManila – all levels, public and private schools\nMarikina City – preschool to senior high school\nBulacan province – all levels, public and private\nRizal province – preschool to grade 12', id="list of suspensions; intro ends with 'a.m.'"),
    pytest.param("Taylor Swift opened the UK leg of the Eras Tour at Murrayfield Stadium in Edinburgh on Friday in front of 73,000 fans, a record for the venue.\n\nThe three-hour show spanned 10 eras of her career and included two surprise songs performed on acoustic guitar and piano.\n\nSurprise songs on the first night\n\nWould've, Could've, Should've on acoustic guitar\nGuilty as Sin mashed up with Not Strong Enough on piano\nTimeless from The Tortured Poets Department on guitar\nLong Story Short mashed up with The Story of Us", id='setlist/surprise songs'),
    pytest.param("The shortlist for this year's Booker Prize was announced in London on Monday, with five women among the six authors in contention for the £50,000 award.\n\nThe judges, chaired by the artist Edmund de Waal, read 156 novels published in the UK or Ireland between October 2023 and September 2024.\n\nThe winner will be announced on 12 November at Old Billingsgate. The shortlisted books are\n\nJames by Percival Everett (Mantle, Pan Macmillan)\nHeld by Anne Michaels (Bloomsbury Publishing)\nOrbital by Samantha Harvey (Jonathan Cape, Vintage)\nThe Safekeep by Yael van der Wouden (Viking, Penguin)\nCreation Lake by Rachel Kushner (Jonathan Cape, Vintage)\nStone Yard Devotional by Charlotte Wood (Sceptre)", id='shortlist'),
    pytest.param('More than 200 schools across Aberdeenshire and Moray are closed on Thursday after heavy overnight snow made roads impassable in many rural areas.\n\nThe Met Office has issued an amber warning for snow and ice, in place until midnight, and police have advised against all but essential travel.\n\nSchools closed in Moray include\n\nBuckie High School and Cluny Primary School, Buckie\nSpeyside High School in Aberlour and all its feeder primaries\nTomintoul Primary School and Glenlivet Primary School\nKeith Grammar School and Keith Primary School, Keith', id='school closure list'),
    pytest.param('Nine candidates are standing in the Wellingborough by-election on 15 February, triggered after the former Conservative MP Peter Bone was removed by a recall petition.\n\nThe seat has been held by the Conservatives since 2005, but Labour hopes to overturn a majority of more than 18,000 in the Northamptonshire constituency.\n\nThe full list of candidates standing is\n\nGen Kitchen for the Labour Party\nHelen Harrison for the Conservative and Unionist Party\nAna Gunn for the Liberal Democrats\nBen Habib for Reform UK\nWill Morris for the Green Party', id='candidate list'),
]


@pytest.mark.parametrize("text", CASES)
def test_an_article_ending_list_stays(text: str) -> None:
    out = articleclean.clean(text)
    for line in text.split("\n"):
        if line.strip():
            assert line.strip() in out, line
