"""Variation tests: each cleaner on text unlike the seeds (other employers, currencies,
agencies, label spellings and positions), and the near misses it must keep."""

from __future__ import annotations

import pytest

import articleclean
from articleclean import Document
from articleclean.cleaners import (
    CaptionCleaner,
    DuplicateCleaner,
    JobsCleaner,
    LabelCleaner,
    MetadataCleaner,
    NewsletterCleaner,
    PromoCleaner,
    RelatedCleaner,
    WhitespaceCleaner,
)

BODY = (
    "The committee published its findings on Wednesday after a two-year investigation into "
    "how the service was run."
)
BODY2 = "Ministers said they would respond to each of the recommendations in the coming weeks."


def codes(cleaner, text):
    return [r.code for r in cleaner.apply(Document.from_text(text)).removals]


def kept(cleaner, text):
    return cleaner.apply(Document.from_text(text)).text()


# -- newsletter ----------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Sign up to our free morning briefing",
        "Get our weekly politics newsletter delivered straight to your inbox",
        "Subscribe now for unlimited access and our daily email",
        "The best of the Guardian, sent to your inbox every weekday",
        "Email address *",
        "SUBSCRIBE",
        "Sign up",
        "I would like to receive updates about offers from the Daily Post",
        "By signing up you agree to our terms. You can unsubscribe at any time",
        "Want the latest local news in your inbox? Sign up here",
        "Sign up for Evening Standard's breaking news alerts",
        # a plain instruction after a short lead-in
        "Don't miss a story. Sign up for our daily email.",
        "Stay up to date with the club. Subscribe to our newsletter.",
        # the form's own messages
        "Subscribe No thanks",
        "Thanks for signing up!",
        "You are now subscribed.",
        "You have successfully signed up. Thank you!",
        "Please confirm your e-mail address to continue.",
        "A confirmation link has been sent to your email address.",
    ],
)
def test_newsletter_prompts_removed(line):
    assert codes(NewsletterCleaner(), f"{BODY}\n\n{line}\n\n{BODY2}") == ["newsletter.signup"]


def test_newsletter_glued_prompts_in_the_middle():
    glued = (
        "Get the morning headlines straight to your inbox Sign up to our daily briefing "
        "Sign up to our daily briefing Email address * SUBSCRIBE Read our privacy policy"
    )
    assert kept(NewsletterCleaner(), f"{BODY}\n\n{glued}\n\n{BODY2}") == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize(
    "line",
    [
        "Residents can sign up for alerts on the council website.",
        "More than 4,000 people signed up to the newsletter in its first week, the charity said.",
        "She said the email had been sent to every subscriber by mistake.",
        "Our news team spent six months investigating the claims",
        # an instruction beside a sentence of the article is not a prompt line
        "The council will publish the full list of closures on its website next week. Sign up for alerts there.",
        "\u201cYou have subscribed to a scam,\u201d the police warned callers.",
        "Thousands of readers have already subscribed, and the editor said more were expected.",
        "Verify your email before you click any link in a message, the bank advised.",
        # warnings about sign-up messages, and quotes of them, are not the messages
        "If you have subscribed by mistake you should contact your bank immediately.",
        "Never verify your email address through a link in a text message.",
        "Do not confirm your email address via links sent by unknown senders.",
        "Victims received a text reading \u201cThank you for subscribing\u201d before the money was taken.",
        "The text read \u201cYou are now subscribed to Daily Horoscopes\u201d.",
        "If you have signed up to the priority services register you do not need to do anything.",
        "He then sent her a text saying thanks for signing up to his channel.",
        # a sentence of news, or a reader's question, before an instruction
        "Rivers are rising fast. Sign up for free flood alerts from the Environment Agency.",
        "The A49 is shut. Three homes were evacuated. Get the latest updates from the Met Office.",
        "How do I get one? Sign up for the free scheme online.",
        "Subscribe? No thanks.",
        # a how-to's step headings, and advice before an instruction that is no sign-up to news
        "Verify your email address",
        "Confirm your subscription",
        "Want to help? Sign up today at the town hall.",
        "Keep your receipts. Sign up here for the rebate before March 31.",
        "Don't want to pay? Sign up for the free tier instead.",
    ],
)
def test_newsletter_reported_speech_kept(line):
    assert codes(NewsletterCleaner(), f"{BODY}\n\n{line}") == []


# -- jobs ----------------------------------------------------------------------
def test_jobs_other_currency_employer_and_spelling():
    text = f"""{BODY}

Engineering vacancies

Senior Bridge Engineer

Network Rail
€52,000 - €60,000 per annum
Lead inspections across the northern route Manchester
Recuiter: Network Rail

Data Analyst

City of Sydney
$95k - $110k
Recruiter: City of Sydney
Facebook Widget"""
    assert kept(JobsCleaner(), text) == f"{BODY}"
    assert set(codes(JobsCleaner(), text)) == {"jobs.listing", "jobs.heading", "label.stray"}


@pytest.mark.parametrize(
    "closing", ["Closing date: 4 July 2025", "Closing Date: Friday 11 July"]  # a local paper's job box, a trade title's
)
def test_jobs_closing_date_label_anchors_a_listing(closing):
    text = "\n\n".join([BODY, "Local jobs", "Lifeguard", "Kestermoor Leisure Trust", "£21,000 - £23,500", closing,
                          "Pool Plant Operator", "Moor Swim Ltd", "£24,000 - £26,000", closing])
    assert kept(JobsCleaner(), text) == BODY


def test_jobs_closing_date_in_a_sentence_kept():
    text = f"{BODY}\n\nClosing date: the council said applications would close on Friday.\n\n{BODY2}"
    assert codes(JobsCleaner(), text) == []


def test_jobs_single_salary_sentence_kept():
    text = f"{BODY}\n\nThe role pays £55,675 - £56,649 a year, the council said.\n\nRecruiter: the council's HR team."
    assert codes(JobsCleaner(), text) == []


def test_jobs_lone_salary_line_kept():
    # one anchor is not enough to call it a listing
    assert codes(JobsCleaner(), f"{BODY}\n\nHead of Finance\n£90,000\n\n{BODY2}") == []


# -- promo ---------------------------------------------------------------------
def test_promo_heading_with_teasers_in_the_middle_other_wording():
    text = f"""{BODY}

Most Read

Minister resigns over expenses row

Fallout continues in Westminster
Five ways to cut your energy bill this winter

{BODY2} It is a long paragraph of prose that keeps going for a while, so the run ends. And it has a second sentence too."""
    out = kept(PromoCleaner(), text)
    assert "Most Read" not in out and "Minister resigns" not in out and BODY2 in out


@pytest.mark.parametrize(
    "line,code",
    [
        ("Download the new Daily Post app for iPhone and Android", "promo.app"),
        ("Try our digital edition free for 30 days", "promo.app"),
        ("eBooks: A short history of the NHS", "promo.product"),  # a trade publisher's shop
        ("WebinarsHow councils can cut energy costs this winter", "promo.product"),  # a health-trade site's rail, glued
        ("Free webinar: Managing hybrid teams", "promo.product"),
    ],
)
def test_promo_one_liners(line, code):
    assert codes(PromoCleaner(), f"{BODY}\n\n{line}") == [code]


@pytest.mark.parametrize(
    "line", ["Ebook sales rose by a fifth last year.", "Podcasts are growing in popularity among young listeners.", "Webinar fatigue is real, staff say."]
)
def test_product_words_in_sentences_kept(line):
    assert codes(PromoCleaner(), f"{BODY}\n\n{line}") == []


def test_promo_heading_words_inside_prose_kept():
    text = f"{BODY}\n\nThe most popular choice among voters was the independent candidate, who won easily."
    assert codes(PromoCleaner(), text) == []


# -- related -------------------------------------------------------------------
def test_related_cards_other_layout():
    text = f"""{BODY}

{BODY2}

POLITICS
Mayor unveils housing plan
By Sam O'Neill • 4 March 2026
The mayor has set out plans for 10,000 new homes across the ...
HEALTH
Hospital waiting lists fall
By Ana Lima | March 2, 2026
Waiting lists fell for the third month in a row, according to …"""
    assert kept(RelatedCleaner(), text) == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize(
    "line",
    ["Related: Council tax bills to rise by 5%", "READ MORE: Police name victim", "More stories from our Health desk"],
)
def test_related_link_lines(line):
    assert codes(RelatedCleaner(), f"{BODY}\n\n{line}\n\n{BODY2}")


@pytest.mark.parametrize(
    "headline,standfirst",
    [
        ("WATCH: Flood water pours through the high street", "Shopkeepers spent the night moving stock upstairs as the river rose"),
        ("LISTEN: The mayor on why the budget had to change", "Council leaders defend the cuts in a radio interview"),
        ("Watch | Residents protest outside the power company's offices", "A week without electricity has left a suburb fed up"),
    ],
)
def test_a_video_or_audio_storys_own_headline_stays(headline, standfirst):
    """'WATCH:' or 'LISTEN:' opens a video or audio story's headline (two layouts: a kicker with a
    colon, a kicker with a bar) as often as a link to another story: above the article's first
    paragraph the line is the headline and stays; after it, it is a link and goes."""
    assert codes(RelatedCleaner(), f"{headline}\n\n{standfirst}\n\n{BODY}\n\n{BODY2}") == []
    assert codes(RelatedCleaner(), f"{BODY}\n\n{headline}\n\n{BODY2}") == ["related.link"]


def test_related_heading_with_links():
    text = f"{BODY}\n\nRelated articles\nMayor unveils housing plan\nHospital waiting lists fall"
    assert kept(RelatedCleaner(), text) == f"{BODY}"


CARDS_SPLIT = """Mayor unveils housing plan
By CITY DESK
11/20/2019 01:14 PM
Hospital waiting lists fall
By Ana Lima
Nov 19, 2019 5:45 AM
Waiting lists fell for the third month in a row, according to ...
Bridge to close for repairs
By REUTERS
2019-11-18"""


def test_related_cards_with_split_bylines_one_after_another():
    text = f"{BODY}\n\n{BODY2}\n\n{CARDS_SPLIT}"
    doc = RelatedCleaner().apply(Document.from_text(text))
    assert doc.text() == f"{BODY}\n\n{BODY2}"
    assert {r.code for r in doc.removals} == {"related.list"}


def test_live_blog_entries_with_split_bylines_are_kept():
    # headline, byline, time, then the entry's own text: not a list of cards
    entries = [
        ("Mayor unveils housing plan", "By Sam O'Neill", "11/20/2019 01:14 PM", BODY),
        ("Hospital waiting lists fall", "By Ana Lima", "11/20/2019 11:02 AM", BODY2),
        ("Bridge to close for repairs", "By Sam O'Neill", "11/20/2019 09:40 AM", "The bridge will close on Monday."),
    ]
    text = f"{BODY}\n\n" + "\n".join("\n".join(e) for e in entries)
    assert codes(RelatedCleaner(), text) == []


def test_one_split_card_or_cards_above_the_article_are_kept():
    one = "Mayor unveils housing plan\nBy Ana Lima\nNov 19, 2019 5:45 AM"
    assert codes(RelatedCleaner(), f"{BODY}\n\n{one}\n\n{BODY2}") == []
    assert codes(RelatedCleaner(), f"{CARDS_SPLIT}\n\n{BODY}\n\n{BODY2}") == []


def test_own_byline_at_top_not_related():
    text = f"By Dan Peters | 12 February 2026\n\n{BODY}"
    assert codes(RelatedCleaner(), text) == []


# -- captions ------------------------------------------------------------------
@pytest.mark.parametrize(
    "line,code",
    [
        ("view image in fullscreen Firefighters at the scene on Sunday ( Getty Images )", "caption.gallery"),
        ("Protesters gathered outside parliament on Tuesday (Photo: Reuters)", "caption.credit"),
        ("Photograph: Stefan Rousseau/PA Wire", "credit.photo"),
        ("© Jane Doe / Alamy Stock Photo", "credit.photo"),
        ("Image credit: NASA/JPL", "credit.photo"),
        ("(Image credit: Blue Origin)", "credit.photo"),
        ("(Photo by Jane Doe)", "credit.photo"),
        ("Image 3 of 12", "caption.gallery"),
        ("Sanjeev Verma/Hindustan Times/Getty Images", "credit.photo"),
        ("Stefan Rousseau/PA Wire", "credit.photo"),
        ("Slide 2/9", "caption.gallery"),
    ],
)
def test_captions_and_credits(line, code):
    assert codes(CaptionCleaner(), f"{BODY}\n\n{line}\n\n{BODY2}") == [code]


def test_headline_echo_as_alt_text():
    text = "Bridge reopens after repairs\n\nBridge reopens after repairs photo\n\n" + BODY
    assert codes(CaptionCleaner(), text) == ["caption.alt"]


def test_a_line_between_a_counter_and_a_credit_stays():
    # a photo essay's captions are its story, and a gallery's last slide may have
    # no caption, so that the next line is the article's: only counter and credit go
    gallery = [
        "Image 1 of 2",
        "Crowds line the harbour wall as the first boats come in.",
        "(Image credit: Jane Doe)",
        "Image 2 of 2",
        "Engineers will now replace a faulty seal before the agency sets a new launch date.",
        "(Image credit: NASA)",
    ]
    res = CaptionCleaner().apply(Document.from_text("\n\n".join([BODY, *gallery, BODY2])))
    assert res.text() == "\n\n".join([BODY, gallery[1], gallery[4], BODY2])


def test_caption_lookalikes_kept():
    text = (
        f"{BODY}\n\nThe figures were published by the Office for National Statistics (ONS).\n\n"
        "Copyright law was changed in 2014, the minister said.\n\n"
        "(The photo was taken in 2019.)\n\n"
        "Reuters/Ipsos poll\n\n"
        "Labour/Conservative\n\n"
        "Jacob Zuma/Cyril Ramaphosa\n\n"
        "Biden/Sanders/Bloomberg\n\n"
        "AP Biology/AP Chemistry\n\n"
        "Harrisburg/Pittsburgh PA\n\n"
        "Image 1 of the survey shows the damage in 2012."
    )
    assert codes(CaptionCleaner(), text) == []


# -- labels --------------------------------------------------------------------
@pytest.mark.parametrize("label", ["Advertisement", "ADVERTISEMENT", "Share this article", "Twitter icon", "Title"])
def test_stray_labels(label):
    assert codes(LabelCleaner(), f"{BODY}\n\n{label}\n\n{BODY2}") == ["label.stray"]


@pytest.mark.parametrize("tail", ["More to follow.", "This story is developing and will be updated.", "Updates to follow"])
def test_breaking_tails_at_end_only(tail):
    assert codes(LabelCleaner(), f"{BODY}\n\n{tail}") == ["tail.developing"]
    assert codes(LabelCleaner(), f"{tail}\n\n{BODY}\n\n{BODY2}\n\n{BODY2} Again.") == []


# -- duplicates ----------------------------------------------------------------
def test_duplicate_with_other_quotes_and_spacing():
    a = "The minister said the plan was “not fit for purpose” and should be scrapped."
    b = 'The minister said the  plan was "not fit for purpose" and should be scrapped.'
    assert kept(DuplicateCleaner(), f"{a}\n\n{BODY}\n\n{b}") == f"{a}\n\n{BODY}"


def test_short_repeats_kept():
    assert codes(DuplicateCleaner(), "Yes.\n\nNo.\n\nYes.") == []


def test_items_of_two_parallel_lists_kept():
    # two products' feature lists share items: the article's structure, not a scraping slip
    page = (
        "AirPods Pro\n\nActive noise cancellation for immersive sound\n\nDouble-tap to play or skip forward\n\n"
        "Charges quickly in the compact case\n\nAirPods\n\nAutomatically on and automatically connected\n\n"
        "Double-tap to play or skip forward\n\nCharges quickly in the compact case"
    )
    assert codes(DuplicateCleaner(), page) == []


def test_a_repeated_line_without_a_parallel_neighbour_still_goes():
    head = "Council pledges new review of child exploitation cases"
    page = f"{head}\n\n{BODY}\n\n{head}\n\nA second paragraph follows here."
    assert codes(DuplicateCleaner(), page) == ["duplicate.paragraph"]


# -- metadata ------------------------------------------------------------------
@pytest.mark.parametrize(
    "line,byline,date",
    [
        ("By Maria Lopez, March 3, 2026", "Maria Lopez", "2026-03-03"),
        ("Jane Smith | 2026-01-05", "Jane Smith", "2026-01-05"),
        ("By Tom O'Brien and Ravi Patel 5th May 2024", "Tom O'Brien and Ravi Patel", "2024-05-05"),
        ("By Kim Park", "Kim Park", None),
    ],
)
def test_byline_variants(line, byline, date):
    doc = MetadataCleaner().apply(Document.from_text(f"Headline here today\n\n{line}\n\n{BODY}"))
    assert doc.metadata.byline == byline and doc.metadata.date == date
    assert doc.text() == f"Headline here today\n\n{BODY}"


def test_byline_lookalike_in_body_kept():
    text = f"{BODY}\n\nBy March 2026 the scheme had closed."
    assert MetadataCleaner().apply(Document.from_text(text)).removals == ()


def test_section_label_and_headline():
    doc = MetadataCleaner().apply(Document.from_text(f"SPORT\n\nUnited win the cup\n\n{BODY}"))
    assert doc.metadata.section == "SPORT" and doc.metadata.headline == "United win the cup"


def test_no_headline_when_first_line_is_prose():
    assert MetadataCleaner().apply(Document.from_text(f"{BODY}\n\n{BODY2}")).metadata.headline is None


# -- whitespace ----------------------------------------------------------------
def test_whitespace_variants():
    text = "A\u2009thin\u202fspace  and\ttab   \n\n\n\nnext   paragraph\u3000end"
    # The spaces inside a line are squeezed; the white space at a line's edges
    # is layout (a Markdown hard break, an indentation) and stays as it was.
    assert kept(WhitespaceCleaner(), text) == "A thin space and tab   \n\nnext paragraph end"


def test_whitespace_fix_offsets_point_into_source():
    text = "one\u00a0two  three"
    doc = WhitespaceCleaner().apply(Document.from_text(text))
    for f in doc.fixes:
        assert text[f.offset : f.offset + len(f.before)] == f.before


def test_empty_and_blank_input():
    assert articleclean.clean("") == ""
    assert articleclean.clean(" \n\u00a0\n\t") == ""


def test_repeated_interview_questions_kept():
    q = "What inspired you to start cooking for other people?"
    parts = []
    for name in ("Olga", "Daria", "Anna"):
        parts += [f"{name} is a home cook from Kazan.", q, f"{name} said it began with her grandmother's recipes."]
    text = "\n\n".join(parts)
    assert codes(DuplicateCleaner(), text) == []


def test_far_apart_copy_kept():
    a = "The minister said the plan was not fit for purpose and should be scrapped."
    filler = "\n\n".join(f"Paragraph number {i} of the article goes on here." for i in range(12))
    assert codes(DuplicateCleaner(), f"{a}\n\n{filler}\n\n{a}") == []


def test_dateline_with_agency_is_not_a_caption():
    assert codes(CaptionCleaner(), f"ST. JOSEPH, Mich. (AP)\n\n{BODY}") == []


def test_prices_are_not_salaries():
    text = f"{BODY}\n\nApple AirPods with charging case\n$129.99\nAmazon\n\nMacBook Air 256GB\n$899.00\nRetailer: Amazon"
    assert codes(JobsCleaner(), text) == []


def test_teaser_run_stops_at_prose_fragments():
    text = (
        "Trending\n\nFull Moons 2019\nSpace Calendar\nNASA's telescope has spotted evidence of such\n"
        "plumes emanating from Europa\n, which is thought to harbor an ocean."
    )
    out = kept(PromoCleaner(), text)
    assert "plumes emanating from Europa" in out and "Trending" not in out


def test_promo_heading_over_a_list_of_names_keeps_the_list():
    text = f"{BODY}\n\nMost popular\n\nOlivia\nAmelia\nIsla\nAva\n\n{BODY2}"
    out = kept(PromoCleaner(), text)
    assert all(name in out for name in ("Olivia", "Amelia", "Isla", "Ava"))


def test_promo_heading_over_a_long_question_keeps_it():
    q = (
        "Is the city ready for the thousands of visitors expected this summer, and who will pay "
        "for the extra buses, police and cleaning?"
    )
    out = kept(PromoCleaner(), f"{BODY}\n\nLatest news\n\n{q}\n\n{BODY2}")
    assert q in out


def test_live_blog_entries_without_text_of_their_own_are_kept():
    """Entries that are only a headline, or hold a line ("More to come..."), are followed by
    the next entry's text: no list of cards."""
    entries = [
        "Trains cancelled on the coastal line", "By Sam O'Neill", "Nov 20, 2019 10:32 AM", "More to come...",
        "Power restored to 4,000 homes", "By Ana Lima", "Nov 20, 2019 10:15 AM",
        "Schools closed in three towns", "By Ana Lima", "Nov 20, 2019 09:58 AM", BODY2,
    ]
    assert codes(RelatedCleaner(), f"{BODY}\n\n" + "\n".join(entries)) == []


@pytest.mark.parametrize(
    "after",
    [
        ["Counting is under way."],  # an entry's short text
        ["Exit poll points to a big majority", "By Ana Lima, political editor", "Nov 20, 2019 09:40 AM", BODY2],
        ['"We are delighted," the candidate told supporters at the count in the town hall'],  # no full stop
    ],
)
def test_live_blog_entries_before_an_entry_with_text_are_kept(after):
    entries = [
        "Trains cancelled on the coastal line", "By Sam O'Neill", "Nov 20, 2019 10:32 AM",
        "Power restored to 4,000 homes", "By Ana Lima", "Nov 20, 2019 10:15 AM", *after,
    ]
    assert codes(RelatedCleaner(), f"{BODY}\n\n" + "\n".join(entries)) == []


@pytest.mark.parametrize(
    "attribution",
    [
        "— Jane Doe (@janedoe) March 3, 2024",  # an embedded post, as a blog's text dump shows it
        "— Ofc. John Smith (@ofcjsmith) May 5, 2020",  # a TV station's embed of an officer's posts
        "- Mary Jones, retired teacher, Headingley, Leeds",  # a letters page's signature
    ],
)
def test_two_embedded_posts_keep_their_attribution_lines(attribution):
    post1 = "Huge thanks to everyone who turned out for the clean-up this morning. What a community!"
    post2 = "The beach looks brilliant now. Same time next month, everyone?"
    text = "\n\n".join([BODY, post1, attribution, BODY2, post2, attribution])
    assert DuplicateCleaner().apply(Document.from_text(text)).text() == text
