"""Harm review 12b (branch gbyl): article lines shaped like byline rows and date stamps must stay.

Each case is an article of its own (a radio schedule, a festival diary, an awards shortlist, a roll of honour,
a reaction piece quoting posts, a poem of the week, a reshuffle list, a trial report quoting a server log) whose
line below looks like a byline row; it was kept at cb9ef71 and is removed by the byline-row rules of gbyl.
Branch gbyl was not merged (twelfth session); on main every line stays, and they are must-stay tests for any later byline rule.  See docs/audits/review12b.md.
"""

import pytest

import articleclean

CASES: list[tuple[str, str, list[str], str, str]] = [
    (
        "full",
        "Shortlist announced for regional press awards",
        [
            "The judges have named the finalists for this year's Kenya Press Awards, which will be presented in Nairobi next "
            "month.",
            "Reporter of the Year:",
            "Wanjiru Kamau, Senior Reporter, Daily Nation, 14 June 2024",
            "Otieno Odhiambo, Political Correspondent, The Standard, 2 May 2024",
            "Amina Hassan, Health Reporter, The Star, 19 January 2024",
            "The dates are those of the stories the judges singled out.",
            "The winners will be announced on 12 September.",
        ],
        "Amina Hassan, Health Reporter, The Star, 19 January 2024",
        "BYLINE_ROW_FULL is taken anywhere: a list or schedule entry interleaved with its description, or a quoted post's "
        "header, is no neighbour-list",
    ),
    (
        "iso",
        "The log that convicted the hacker",
        [
            "Prosecutors showed the jury the server log that placed the defendant at the keyboard.",
            "2023-11-14T02:17:45Z",
            "That timestamp, they said, matched the moment his phone connected to the café's Wi-Fi.",
            "The jury took four hours to convict.",
        ],
        "2023-11-14T02:17:45Z",
        "BYLINE_ROW in the top zone (until two prose lines): a title 'by' its author, a year, a machine stamp the article "
        "quotes",
    ),
    (
        "stamp",
        "The Facebook post that started the protest",
        [
            "Ngozi Eze never meant to start a movement.",
            "Published by Ngozi Eze · 3 October · 9:14am",
            "Her post, about a pothole outside her daughter's school, was shared 40,000 times.",
            "Within a week, the state government had sent a repair crew.",
        ],
        "Published by Ngozi Eze · 3 October · 9:14am",
        "BYLINE_ROW_FULL is taken anywhere: a list or schedule entry interleaved with its description, or a quoted post's "
        "header, is no neighbour-list",
    ),
    (
        "media",
        "The tweet that ended a career",
        [
            "The message was posted late at night and deleted within the hour.",
            "Tom Hale @tomhale · 11h",
            "By then it had been shared 20,000 times.",
            "Hale resigned from the board the following morning.",
        ],
        "Tom Hale @tomhale · 11h",
        "BYLINE_ROW_DATED below the first paragraph has no guard (only its neighbour-list one): a quoted post's author or a "
        "roll of honour goes",
    ),
    (
        "full-body",
        "Radio: the new weekday schedule",
        [
            "BBC Radio 2 has announced its new weekday line-up, which starts on 6 January.",
            "Scott Mills, Presenter, 6.30am",
            "The breakfast show moves to a new home, with news, travel and the Showdown quiz.",
            "Vernon Kay, Presenter, 9.30am",
            "Kay continues with Ten to the Top and his phone-in.",
            "Jo Whiley, Presenter, 7pm",
            "Whiley's evening show gains an extra hour.",
        ],
        "Scott Mills, Presenter, 6.30am",
        "BYLINE_ROW_FULL is taken anywhere: a list or schedule entry interleaved with its description, or a quoted post's "
        "header, is no neighbour-list",
    ),
    (
        "full-body",
        "Radio: the new weekday schedule",
        [
            "BBC Radio 2 has announced its new weekday line-up, which starts on 6 January.",
            "Scott Mills, Presenter, 6.30am",
            "The breakfast show moves to a new home, with news, travel and the Showdown quiz.",
            "Vernon Kay, Presenter, 9.30am",
            "Kay continues with Ten to the Top and his phone-in.",
            "Jo Whiley, Presenter, 7pm",
            "Whiley's evening show gains an extra hour.",
        ],
        "Vernon Kay, Presenter, 9.30am",
        "BYLINE_ROW_FULL is taken anywhere: a list or schedule entry interleaved with its description, or a quoted post's "
        "header, is no neighbour-list",
    ),
    (
        "full-body",
        "Radio: the new weekday schedule",
        [
            "BBC Radio 2 has announced its new weekday line-up, which starts on 6 January.",
            "Scott Mills, Presenter, 6.30am",
            "The breakfast show moves to a new home, with news, travel and the Showdown quiz.",
            "Vernon Kay, Presenter, 9.30am",
            "Kay continues with Ten to the Top and his phone-in.",
            "Jo Whiley, Presenter, 7pm",
            "Whiley's evening show gains an extra hour.",
        ],
        "Jo Whiley, Presenter, 7pm",
        "BYLINE_ROW_FULL is taken anywhere: a list or schedule entry interleaved with its description, or a quoted post's "
        "header, is no neighbour-list",
    ),
    (
        "full-body",
        "Festival diary: the films not to miss",
        [
            "The Dublin International Film Festival opens on Thursday with more than 100 screenings.",
            "Sarah Kelly, Producer, 21 February",
            "Kelly's documentary about the Magdalene laundries gets its world premiere at the Lighthouse.",
            "Paul Mescal, Actor, 23 February",
            "Mescal returns home for a Q&A after the screening of his new film.",
        ],
        "Sarah Kelly, Producer, 21 February",
        "BYLINE_ROW_FULL is taken anywhere: a list or schedule entry interleaved with its description, or a quoted post's "
        "header, is no neighbour-list",
    ),
    (
        "dated-body",
        "Social media reacts to the result",
        [
            "The verdict prompted thousands of posts within minutes.",
            "Kelly Hayes · 14 Mar",
            "This is a dark day for press freedom in this country.",
            "Jane Roe, 1 hr ago",
            "Justice has been done. The jury saw through it.",
            "The hashtag was trending in Kenya, Nigeria and South Africa by the evening.",
        ],
        "Kelly Hayes · 14 Mar",
        "BYLINE_ROW_DATED below the first paragraph has no guard (only its neighbour-list one): a quoted post's author or a "
        "roll of honour goes",
    ),
    (
        "dated-body",
        "Social media reacts to the result",
        [
            "The verdict prompted thousands of posts within minutes.",
            "Kelly Hayes · 14 Mar",
            "This is a dark day for press freedom in this country.",
            "Jane Roe, 1 hr ago",
            "Justice has been done. The jury saw through it.",
            "The hashtag was trending in Kenya, Nigeria and South Africa by the evening.",
        ],
        "Jane Roe, 1 hr ago",
        "BYLINE_ROW_DATED below the first paragraph has no guard (only its neighbour-list one): a quoted post's author or a "
        "roll of honour goes",
    ),
    (
        "dated-body",
        "Roll of honour: the firefighters who died",
        [
            "The memorial unveiled on Sunday bears the names of the 14 firefighters who have died on duty since 1950.",
            "Sean Walsh and Michael Byrne, 3 May 1987",
            "The two men died when the roof of a warehouse in Ringsend collapsed.",
            "Patrick Doyle, 12 November 2001",
            "Doyle was killed by a falling wall in Cork.",
        ],
        "Sean Walsh and Michael Byrne, 3 May 1987",
        "BYLINE_ROW_DATED below the first paragraph has no guard (only its neighbour-list one): a quoted post's author or a "
        "roll of honour goes",
    ),
    (
        "top-by",
        "Album review: Burna Boy's new record",
        [
            "Produced by Quincy Jones, 1982",
            "That credit on the sleeve of Thriller is the model Burna Boy says he had in mind, and his new album aims as high.",
            "It mostly succeeds. The production is immaculate and the songs are his best since African Giant.",
        ],
        "Produced by Quincy Jones, 1982",
        "BYLINE_ROW in the top zone (until two prose lines): a title 'by' its author, a year, a machine stamp the article "
        "quotes",
    ),
    (
        "top-role",
        "Profile: the woman who runs the Aviva",
        [
            "Anne Enright, Writer",
            "The plaque on the writers' bench in Bray reads like that, and Enright says it is all she wants on her grave.",
            "The Booker winner has lived in the town for 30 years.",
        ],
        "Anne Enright, Writer",
        "BYLINE_ROW_ROLE over the first paragraph: a profile's or a list's heading whose name the article uses again",
    ),
    (
        "top-role",
        "Cabinet reshuffle: who's in and who's out",
        [
            "Jane Roe, Editor",
            "The former newspaper editor becomes Culture Secretary, in the most surprising appointment of the day.",
            "John Moss, Chancellor",
            "Moss keeps his job despite rumours that he would be moved to the Foreign Office.",
        ],
        "Jane Roe, Editor",
        "BYLINE_ROW_ROLE over the first paragraph: a profile's or a list's heading whose name the article uses again",
    ),
    (
        "top-by",
        "Poem of the week: Billy Collins",
        [
            "Today by Billy Collins",
            "If ever there were a spring day so perfect, so uplifted by a warm intermittent breeze, this poem is where you "
            "would find it.",
            "Collins, a former US poet laureate, published it in 2001.",
        ],
        "Today by Billy Collins",
        "BYLINE_ROW in the top zone (until two prose lines): a title 'by' its author, a year, a machine stamp the article "
        "quotes",
    ),
    (
        "top-by",
        "Poetry corner: a Monday poem",
        [
            "Tuesday by Jane Roe",
            "The kettle knows before I do, and the window is already grey.",
            "Roe, who lives in Galway, wrote this poem for our readers' competition, which closes on 31 January.",
        ],
        "Tuesday by Jane Roe",
        "BYLINE_ROW in the top zone (until two prose lines): a title 'by' its author, a year, a machine stamp the article "
        "quotes",
    ),
    (
        "top-role",
        "Mountain rescue: the volunteers who found the missing walkers",
        [
            "Ann Lee, Team Leader",
            "Lee took the call at 2am and had twelve volunteers on the hill within the hour.",
            "John Moss, Medic",
            "Moss treated the walkers for hypothermia before they were stretchered down.",
        ],
        "Ann Lee, Team Leader",
        "BYLINE_ROW_ROLE over the first paragraph: a profile's or a list's heading whose name the article uses again",
    ),
    (
        "dated-body",
        "Social media: the posts that moved the markets",
        [
            "Traders watched the president's account all afternoon.",
            "Donald Trump · 3d",
            "The post, which praised a company by name, sent its shares up 12 per cent.",
            "Elon Musk · 5h",
            "His reply was liked 200,000 times.",
        ],
        "Donald Trump · 3d",
        "BYLINE_ROW_DATED below the first paragraph has no guard (only its neighbour-list one): a quoted post's author or a "
        "roll of honour goes",
    ),
    (
        "top-names",
        "Lotto winners",
        [
            "3 May 2024 · 2 min read",
            "Anne Byrne",
            "Tom Walsh",
            "Both winners bought their tickets in the same shop in Tralee, the National Lottery said on Friday.",
        ],
        "Anne Byrne",
        "names alone beside a byline's stamp (_names_beside_byline) now that the stamp is a byline row's: two winners "
        "under the article's date, one taken and one kept",
    ),
]


# (on branch gbyl these were xfail(strict=True); gbyl was not merged, and on main every line stays)
PARAMS = [pytest.param(head, paras, line, id=f"{rule}-{k}") for k, (rule, head, paras, line, _why) in enumerate(CASES)]


@pytest.mark.parametrize(("head", "paras", "line"), PARAMS)
def test_article_line_shaped_like_a_byline_stays(head: str, paras: list[str], line: str) -> None:
    result = articleclean.clean_and_explain("\n\n".join([head, *paras]))
    assert line in result.text
    assert line not in {r.text.strip() for r in result.removals}
