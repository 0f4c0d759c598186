"""The generic block classifier: features one threshold at a time, both passes,
vocabulary decisions with reasons, real excerpts, other languages, a quality floor."""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
from collections import Counter

import pytest

import articleclean
from articleclean.base import BaseCleaner
from articleclean.cleaners.boilerplate import (
    BoilerplateCleaner,
    Features,
    detect_language,
    features,
    stopwords,
    vocabulary,
)
from articleclean.document import Document

from .conftest import FIXTURES, SEEDS, read

EN = stopwords("en")
C = BoilerplateCleaner()
PROSE = [
    "The council approved the new budget on Monday after a long debate about the cost of the plan.",
    "It will take effect in April, and the mayor said that residents would see the benefits soon.",
    "Opposition members said they would continue to question the spending in the months ahead.",
]
MENU = ["Home", "Search", "News", "Sport", "Business", "Culture", "Weather"]
FOOTER = ["Privacy Policy", "Terms of Use", "Contact Us", "© 2024 Example Media. All rights reserved."]


def feat(**kw) -> Features:
    base = dict(
        chars=80, words=15, stop_density=0.5, ends_sentence=True, url_density=0.0, caps_ratio=0.1,
        digit_ratio=0.0, separators=0, table_row=False, concept=None, leading=None, coverage=0.0, phrase="", whole_line=False,
    )
    base.update(kw)
    return Features(**base)


def kept(lines: list[str], cleaner: BoilerplateCleaner = C) -> list[str]:
    return [x for x in cleaner.apply(Document.from_text("\n".join(lines))).text().splitlines() if x]


# -- features, one at a time -------------------------------------------------------------
def test_word_count_and_sentence_end():
    f = features("The minister said that the plan would go ahead.", EN)
    assert f.words == 9 and f.ends_sentence
    assert not features("Read more...", EN).ends_sentence
    assert not features("Day In a Page", EN).ends_sentence


def test_stop_density_uses_the_language_list():
    assert features("the of and to in", EN).stop_density == 1.0
    assert features("Energy Environment Cybersecurity", EN).stop_density == 0.0
    assert features("Der Rat hat es am Dienstag beschlossen.", stopwords("de")).stop_density > 0.3


def test_url_and_handle_density():
    assert features("Follow @example on https://example.com", EN).url_density > 0.3
    assert features("The court heard the case on Monday.", EN).url_density == 0.0


def test_caps_digits_separators_table():
    assert features("Energy & Environment", EN).caps_ratio == 1.0
    assert features("12:30 2019 45", EN).digit_ratio == 1.0
    assert features("Home | News | Sport", EN).separators == 2
    assert features("| 1 | Kyle Busch | 5040 |", EN).table_row


@pytest.mark.parametrize(
    "f, label",
    [
        (feat(), "good"),
        (feat(words=11), "neargood"),  # below good_words
        (feat(words=5), "short"),  # below near_words
        (feat(stop_density=0.25), "neargood"),  # below stop_good, above stop_near
        (feat(stop_density=0.1), "short"),  # below stop_near
        (feat(ends_sentence=False), "short"),  # no sentence end, not long
        (feat(words=45, ends_sentence=False, stop_density=0.35), "good"),  # long prose
        (feat(words=45, ends_sentence=False, stop_density=0.25), "neargood"),  # long, few stopwords
        (feat(stop_density=None), "good"),  # unknown language: length and sentence end decide
        (feat(words=3, url_density=0.6, ends_sentence=False), "bad"),
        (feat(words=6, separators=4, ends_sentence=False, stop_density=0.0), "bad"),
        (feat(words=6, separators=4, ends_sentence=False, stop_density=0.0, table_row=True), "short"),
    ],
)
def test_first_pass_thresholds(f, label):
    assert C.label(f)[0] == label


def test_vocabulary_needs_a_short_line():
    f = features("Home", EN)
    assert C.label(f)[:2] == ("bad", "boilerplate.navigation")
    long = features("The home secretary said on Monday that the new rules would be published soon.", EN)
    assert long.concept == "navigation" and C.label(long)[0] == "good"


@pytest.mark.parametrize(
    "line, code",
    [
        ("Share this article", "boilerplate.share"),
        ("Skip to main content", "boilerplate.skip_links"),
        ("Advertisement", "boilerplate.ads"),
        ("Privacy Policy", "boilerplate.legal"),
        ("We use cookies", "boilerplate.consent"),
        ("Sign in", "boilerplate.login"),
        ("View the discussion thread.", "boilerplate.comments"),
        ("Tags", "boilerplate.tags"),
        ("Watch video", "boilerplate.video"),
        ("About the author", "boilerplate.author_bio"),
        ("Hide caption", "boilerplate.captions"),
        ("Sign up for newsletters", "boilerplate.newsletter"),
    ],
)
def test_vocabulary_concepts_with_reasons(line, code):
    lab, got, reason = C.label(features(line, EN))
    assert (lab, got) == ("bad", code)
    assert "vocabulary" in reason and line.split()[0].lower() in reason.lower()


def test_vocabulary_files_are_commented_and_lowercase_words():
    v = vocabulary("en")
    assert set(v.phrases.values()) >= {"navigation", "share", "legal", "comments"}
    assert all(all(w == w.casefold() for w in p) for p in v.phrases)


# -- the second pass -------------------------------------------------------------------------
def test_menu_before_and_footer_after_are_removed():
    out = kept(MENU + PROSE + FOOTER)
    assert out == PROSE


def test_short_line_between_good_paragraphs_is_kept():
    lines = [*MENU, PROSE[0], "What happens next", PROSE[1], "Budget 2024", PROSE[2], *FOOTER]
    assert kept(lines) == [PROSE[0], "What happens next", PROSE[1], "Budget 2024", PROSE[2]]


def test_headline_over_a_clean_article_stays():
    lines = ["Council approves budget", "", *PROSE]
    assert kept(lines) == ["Council approves budget", *PROSE]


def test_list_after_the_article_before_the_footer_stays():
    items = ["1st stage: 10 March, Interlagos", "2nd stage: 8 April, Curitiba", "3rd stage: 22 April, Velopark"]
    assert kept(MENU + PROSE + items + FOOTER) == PROSE + items


def test_related_headlines_after_the_article_go_whole():
    teasers = [
        "Police arrest man after chase through city centre",
        "By STAFF REPORTER",
        "Council to vote on new parking charges",
        "By STAFF REPORTER",
        "Five things to know about the budget",
        "Weather: rain expected for the weekend",
    ]
    assert kept(MENU + PROSE + teasers + FOOTER) == PROSE


MOST_READ = [
    "Man charged after crash on the ring road injures three",
    "Thousands of streaming accounts were hacked and sold online",
    "Downtown park will become a winter fair for the holidays",
    "Woman spots her missing daughter on a television report",
    "Chain restaurant makes an announcement about its charity giving",
    "Storm brings rain and cold air to the region this weekend",
    "District champions meet in the second round of the playoffs",
    "Coach has a plan to end the team's long losing streak",
]


def ranked(items: list[str], first: int = 1) -> list[str]:
    return [x for k, item in enumerate(items, first) for x in (str(k), item)]


def test_a_ranked_headline_list_after_the_article_goes_however_long():
    # "Most read": 1, a headline, 2, a headline ... holds more words than a short
    # article, but past page furniture it is a list of other pages, not the article's text
    res = C.apply(Document.from_text("\n".join(MENU + PROSE + ["Most Popular", *ranked(MOST_READ)] + FOOTER)))
    assert [x for x in res.text().splitlines() if x] == PROSE
    listed = [r for r in res.removals if r.text.split("\n")[0] in ranked(MOST_READ)]
    assert listed and all(r.reason.startswith("ranked headline list") for r in listed)
    assert sum(r.text.count("\n") + 1 for r in listed) == len(ranked(MOST_READ))


@pytest.mark.parametrize(
    "items",
    [
        ranked(MOST_READ, first=2),  # does not count from 1
        ranked(MOST_READ)[:4] + ranked(MOST_READ, first=4)[2:],  # skips a number
        ranked(MOST_READ[:2]),  # two items
        ranked([" ".join(h.split()[:3]) for h in MOST_READ]),  # names or results, not headlines
    ],
)
def test_a_numbered_list_that_is_not_a_ranking_weighs_as_before(items):
    # not a ranking: weighed like any stretch, as with the rule off
    lines = MENU + PROSE + items + FOOTER
    assert kept(lines) == kept(lines, BoilerplateCleaner(ranked_items=10**6))


@pytest.mark.parametrize(
    "lead_in,items",
    [
        ("Result", ["Labour, Sarah Jones, 18,432 votes (41.2%)", "Conservative, Tom Hill, 12,901 votes (28.8%)",
                    "Liberal Democrat, Amy Patel, 7,210 votes (16.1%)", "Green Party, Joe Bloggs, 3,845 votes (8.6%)"]),
        ("Here is their list.", MOST_READ),
        (None, MOST_READ),
    ],
)
def test_a_numbered_list_that_ends_the_article_stays(lead_in, items):
    # with no furniture between it and the article, the list is the article's own
    # (results, a league table, a top-N list), however like a ranking it looks
    lines = [*PROSE, *([lead_in] if lead_in else []), *ranked(items)]
    assert kept(MENU + lines + FOOTER) == lines


@pytest.mark.parametrize(
    "between,heading",
    [
        (["Advertisement"], None),  # an ad marker sits inside articles: no heading of furniture
        (["Sign up for our daily newsletter"], None),
        ([], "The most popular names"),  # the article's own heading, on its title's subject
    ],
)
def test_a_ranked_chart_that_is_the_article_stays(between, heading):
    items = [f"{name}, given to {n:,} babies last year" for name, n in
             [("Olivia", 4598), ("Amelia", 4233), ("Isla", 3640), ("Ava", 3412), ("Mia", 3157), ("Isabella", 2970)]]
    intro = [
        "Olivia and Oliver were the most popular names given to babies born in England and Wales last year, according to figures released on Monday.",
        "It is the third year in a row that Olivia has topped the list for girls, the statistics office said.",
    ]
    body = [*intro, *between, *([heading] if heading else []), *ranked(items)]
    lines = ["Olivia and Oliver top the baby names list again | Daily Post", *MENU, *body, *FOOTER]
    assert all(x in kept(lines) for x in ranked(items))


def test_a_numbered_list_inside_the_article_stays():
    steps = ranked(MOST_READ[:4])
    lines = MENU + PROSE[:2] + steps + PROSE[2:] + FOOTER
    assert kept(lines) == PROSE[:2] + steps + PROSE[2:]


LONG_ARTICLE = [
    "The council approved the new budget on Monday after a long debate about the cost of the plan.",
    "It will take effect in April, and the mayor said that residents would see the benefits soon.",
    "Opposition members said they would continue to question the spending in the months ahead.",
    "The largest share of the money will go to the repair of roads and bridges in the north of the county.",
    "Schools will receive a smaller increase than they had asked for, which the teachers' union called a mistake.",
    "A further sum has been set aside for the library service, which had been expected to lose two branches.",
    "Council tax will rise by just under five per cent, the most the law allows without a local vote.",
    "The finance chief said the authority had no choice after the cost of care for older people rose again.",
    "Residents can read the full budget on the council's website, where a summary is also available in print.",
]
OTHER_STORIES = [
    ("Police arrest man after chase through city centre", "A man was held after a car chase that ended on the ring road, and officers said that two other people had been taken to hospital."),
    ("Harbour festival returns after three years", "Boats and bands will fill the quay for the first time since the storm, and the organisers say that they expect more visitors than ever before."),
    ("Football club names new manager", "The former captain takes over with the team fourth from bottom, and he said that his first job would be to tighten up the defence."),
    ("Hospital car park charges to go up", "Visitors will pay a pound more for a stay of up to four hours, which the trust says is needed to pay for the new multi-storey."),
    ("School wins national award for its garden", "Pupils grew enough vegetables to supply the canteen for a term, and the judges said that the project had changed how the children eat."),
    ("Bus routes to change from next month", "Three services will be merged and one will be cut, and the operator said that passengers would be told about the changes at every stop."),
]
CARD_SHAPES = {
    "headline / author / date / teaser": lambda k, h, t: [h, "Ana Lima", f"Tuesday November {19 - k}, 2019", t],
    "section / headline / By NAME / teaser": lambda k, h, t: ["Local News", h, "By Ana Lima", t],
    "headline / teaser / date": lambda k, h, t: [h, t, f"Nov {18 - k}"],
}
PAGE_TITLE = "Council approves budget | Daily Post"  # a text dump's first line: the page's title
AFTER_ARTICLE = ["Tags", "Budget", "Council", "More from the Daily Post"]


def teaser_cards(shape: str, stories=OTHER_STORIES) -> list[str]:
    return [x for k, (h, t) in enumerate(stories) for x in CARD_SHAPES[shape](k, h, t)]


@pytest.mark.parametrize("shape", list(CARD_SHAPES))
def test_teaser_cards_of_other_stories_after_the_article_go(shape):
    # a run of cards (a title, a date or byline line, a teaser) holds prose, but
    # it is other stories: it can neither make the region nor be spared
    cards = teaser_cards(shape)
    res = C.apply(Document.from_text("\n".join([PAGE_TITLE, *MENU, *LONG_ARTICLE, *AFTER_ARTICLE, *cards, *FOOTER])))
    assert [x for x in res.text().splitlines() if x] == LONG_ARTICLE
    assert all(r.reason.startswith("teaser cards of other stories") for r in res.removals if r.text.split("\n")[0] in cards)


def test_teaser_cards_that_outweigh_a_short_stretch_are_no_longer_spared():
    cards = teaser_cards("headline / teaser / date")
    lines = [PAGE_TITLE, *MENU, *LONG_ARTICLE, *AFTER_ARTICLE, *cards, *FOOTER]
    assert set(cards) <= set(kept(lines, BoilerplateCleaner(cards_least=10**6)))  # as before: spared for their prose
    assert not set(cards) & set(kept(lines))


@pytest.mark.parametrize("shape", list(CARD_SHAPES))
def test_cards_on_the_pages_story_are_weighed_as_before(shape):
    # cards whose titles share words with the page's title are about its story
    # (a timeline, related coverage): the run is no teaser list of other stories
    cards = teaser_cards(shape, [(f"Budget: {h}", t) for h, t in OTHER_STORIES])
    lines = [PAGE_TITLE, *MENU, *LONG_ARTICLE, *AFTER_ARTICLE, *cards, *FOOTER]
    assert kept(lines) == kept(lines, BoilerplateCleaner(cards_least=10**6))


LIVE_ENTRIES = [
    "Schiff opens the session", "The chairman said the witness had been asked to bring his notes and texts from the summer.", "Nov 20",
    "Nunes: the process is a sham", "The ranking Republican repeated his complaint that the minority could not call its own witnesses.", "Nov 20",
    "Ambassador arrives", "He arrived shortly before nine and did not speak to the reporters waiting outside the room.", "Nov 20",
    "Protesters outside", "A small group gathered on the steps with signs, and police kept them behind a rope line.", "Nov 20",
]
LIVE_INTRO = (
    "The committee resumed its work on Wednesday morning, with the ambassador expected to testify for most of the day "
    "and members of both parties preparing long lists of questions."
)
TIMELINE = [
    "March 3, 2019", "Review ordered", "Officials are asked to find savings across all services.",
    "June 12, 2019", "Closure proposed", "The review names the central building as too costly to heat and repair.",
    "January 8, 2020", "Petition delivered", "More than 9,000 residents sign a petition to keep it open.",
    "November 19, 2024", "Final vote", "The council votes by 31 to 22 to close it next spring.",
]
REVIEWS = [
    "The Testaments", "By Margaret Atwood", "A sequel that answers the questions readers have asked for thirty years.",
    "Girl, Woman, Other", "By Bernardine Evaristo", "Twelve lives, told in a form that runs between poetry and prose.",
    "Quichotte", "By Salman Rushdie", "A road novel that borrows its shape from Cervantes and its targets from television.",
    "An Orchestra of Minorities", "By Chigozie Obioma", "A love story narrated by the spirit that guards its hero.",
]


@pytest.mark.parametrize(
    "name,body",
    [
        # a live page: its title says so, or its entries follow its introduction
        ("live title", ["Live: the fourth day of public hearings", LIVE_INTRO, "Share this article", "Facebook", "Twitter", *LIVE_ENTRIES]),
        ("short introduction", ["The fourth day of public hearings", LIVE_INTRO, "Key events", "Show key events only", "Live feed", *LIVE_ENTRIES]),
        ("short introduction, share row", ["The fourth day of public hearings", LIVE_INTRO, "Share this article", *LIVE_ENTRIES]),
        ("long introduction", ["The fourth day of public hearings", *LONG_ARTICLE, "Key events", *LIVE_ENTRIES]),
        # the article's own timeline or round-up, after an ad marker, a heading, a caption and its credit
        ("timeline after an ad", ["Council approves budget", *LONG_ARTICLE, "Advertisement", *TIMELINE]),
        ("timeline in the middle", ["Council approves budget", *LONG_ARTICLE, "Advertisement", *TIMELINE, "Advertisement", *PROSE]),
        ("timeline first", ["Council approves budget", "By Ana Lima", *TIMELINE, *LONG_ARTICLE]),
        ("round-up", ["Council approves budget", *LONG_ARTICLE, "Our critics pick", "The shortlist", "Photograph: Getty", *REVIEWS]),
        ("live title, long introduction", ["Live: the fourth day of public hearings", *LONG_ARTICLE, "Share this article", *LIVE_ENTRIES]),
        ("entries stamped with a time", ["The fourth day of public hearings", *LONG_ARTICLE, "Share this article", *[
            f"November 20, 2019 {10 + k // 3}:{15 * (k % 3):02d} AM" if x == "Nov 20" else x for k, x in enumerate(LIVE_ENTRIES)]]),
        ("timeline after a newsletter box", ["Council approves budget", *LONG_ARTICLE, "Sign up for our daily newsletter", *TIMELINE]),
        ("timeline after a share row", ["Council approves budget", *LONG_ARTICLE, "Share this article", "Facebook", "Twitter", *TIMELINE]),
        ("timeline after a related box", [
            "Council approves budget", *LONG_ARTICLE, "Related articles", "Council tax to rise by five per cent", *[
                f"The council {x.lower()}" if k % 3 == 2 else x for k, x in enumerate(TIMELINE)]]),
        ("timeline with the article after it", [
            "Council approves budget", *LONG_ARTICLE[:4], "Related articles", *TIMELINE, *LONG_ARTICLE[4:]]),
    ],
)
def test_the_pages_own_dated_or_signed_items_are_not_teaser_cards(name, body):
    lines = [f"{body[0]} | Daily Post", *MENU, *body, *FOOTER]  # a text dump: the page title first
    assert kept(lines) == kept(lines, BoilerplateCleaner(cards_least=10**6)), name


def test_a_teaser_box_inside_the_article_leaves_the_article_whole():
    body = ["Council approves budget", *LONG_ARTICLE, "Most Popular", *teaser_cards("headline / teaser / date"), *PROSE]
    out = kept([f"{body[0]} | Daily Post", *MENU, *body, *FOOTER])
    assert all(x in out for x in LONG_ARTICLE + PROSE)


def test_comments_zone_ends_the_article():
    article = [*PROSE, "The budget will be reviewed again next year, when the council meets to set the new rates."]
    comments = [
        "3 Comments",
        "jdoe says:",
        "November 19, 2019 at 6:34 am",
        "I think that the council should have spent the money on the roads in the north of the town instead.",
        "rsmith says:",
        "It is the same every year and nobody in the council ever listens to the people who live here.",
    ]
    result = articleclean.Pipeline.from_names(["boilerplate"]).run("\n".join(MENU + article + comments + FOOTER))
    assert result.text.splitlines() == article
    assert any(r.text.startswith("3 Comments") for r in result.removals)


def test_menu_fragments_cut_without_vocabulary():
    menu = ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Wetter", "Reisen", "Auto", "Wissen"]
    de = [
        "Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau von drei neuen Radwegen in der Innenstadt beschlossen.",
        "Die Kosten von rund 4,2 Millionen Euro sollen zum großen Teil vom Land übernommen werden, sagte die Bürgermeisterin.",
    ]
    assert kept(menu + de) == de


def test_a_table_that_is_the_article_is_spared():
    rows = [f"{i} Driver Name{i} {5000 - 7 * i} {i % 4} {i % 3} {20 - i % 9}" for i in range(1, 16)]
    sidebar = ["Read our columnist every week on the site, where he writes about all the races of the season."]
    out = kept([*MENU, "Standings after the final race:", *rows, "Share this article", "Facebook", *sidebar, *FOOTER])
    assert all(r in out for r in rows)


def test_decides_once_per_page():
    doc = C.apply(Document.from_text("\n".join(MENU + PROSE + FOOTER)))
    assert C.apply(doc) is doc


def test_inline_furniture_removed_with_reason():
    result = articleclean.Pipeline.from_names(["boilerplate"]).run("\n".join([PROSE[0], "Advertisement", PROSE[1], PROSE[2]]))
    assert result.text.splitlines() == PROSE
    (r,) = result.removals
    assert r.code == "boilerplate.ads" and "inside the article" in r.reason and r.cleaner == "boilerplate"


def test_every_decision_has_code_and_reason():
    result = articleclean.Pipeline.from_names(["boilerplate"]).run("\n".join(MENU + PROSE + FOOTER))
    assert result.removals
    for r in result.removals:
        assert r.code.startswith("boilerplate.") and r.reason


def test_no_prose_means_no_decision():
    lines = ["We are the river, we are the rain", "We are the river, we are the rain", "Home"]
    assert kept(lines) == lines


def test_idempotent_and_deterministic():
    text = "\n".join(MENU + PROSE + FOOTER)
    once = articleclean.Pipeline.from_names(["boilerplate"]).clean(text)
    assert articleclean.Pipeline.from_names(["boilerplate"]).clean(once) == once
    assert articleclean.Pipeline.from_names(["boilerplate"]).clean(text) == once


def test_registered_and_configurable():
    reg = articleclean.default_registry()
    assert reg.create("boilerplate", stop_good=0.4).stop_good == 0.4


# -- real excerpts (copied, shortened, from the article-extraction benchmark) ----------------
HILL_HEAD = """Skip to main content

sign up for newsletters
Home
News

Senate
House
Campaign
Administration
Follow Us
Facebook Twitter LinkedIn
Terms & Conditions
Privacy Policy

Search

South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign

By Tess Bonn - 11/19/19 06:56 AM EST

The tagline drew a mix of criticism and ridicule across Twitter on Monday, but Noem cited the backlash as proof that efforts to raise awareness around South Dakota's methamphetamine crisis were working.

The governor's office didn't immediately respond to The Hill's request for comment.

Tags Kristi Noem South Dakota

View the discussion thread.

Most Popular

Don't miss a brief. Sign up for our daily email.
Your Email
Privacy Policy
Terms & Conditions
"""


def test_real_excerpt_menu_and_footer():
    out = articleclean.Pipeline.from_names(["boilerplate"]).clean(HILL_HEAD)
    assert "The tagline drew a mix" in out and "request for comment." in out
    for junk in ("Skip to main content", "Senate", "Tags Kristi", "Most Popular", "Your Email"):
        assert junk not in out


# -- other languages ---------------------------------------------------------------------------
def test_language_detection():
    assert detect_language(PROSE) == "en"
    assert detect_language(["Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau beschlossen."]) == "de"
    assert detect_language(["Президент заявил, что в стране будет новый закон."]) == "ru"
    assert detect_language(["東京都は新しい計画を発表しました。"]) == "cjk"


def test_non_english_article_is_not_emptied():
    de = [
        "Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau von drei neuen Radwegen in der Innenstadt beschlossen.",
        "Die Kosten von rund 4,2 Millionen Euro sollen zum großen Teil vom Land übernommen werden, sagte die Bürgermeisterin.",
    ]
    ja = ["東京都は新しい計画を発表しました。この計画は来年の四月から始まる予定で、多くの住民が期待しています。"]
    # German vocabulary: the menu and the footer go, the article stays.
    out = kept(["Startseite", "Politik", "Impressum", "Datenschutz", *de, "Impressum", "Kontakt"])
    assert out == de
    assert kept(de) == de
    assert kept(ja) == ja


# -- furniture vocabulary of other languages ------------------------------------------------------
# Synthetic pages: a skip link, a menu, a log-in prompt and share/ad lines above the
# article, an ad between its paragraphs, related links, comments, newsletter, legal
# and cookie lines below it.  The furniture goes, every paragraph stays.
PAGES = {
    "de": (
        ["Zum Inhalt springen", "Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Suche", "Anmelden",
         "Wir verwenden Cookies", "Alle akzeptieren", "Artikel teilen", "Anzeige"],
        [
            "Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau von drei neuen Radwegen in der Innenstadt beschlossen.",
            "Die Kosten von rund 4,2 Millionen Euro sollen zum großen Teil vom Land übernommen werden, sagte die Bürgermeisterin.",
            "Die Opposition kritisierte, dass die Anwohner nicht früh genug in die Planung einbezogen worden seien.",
        ],
        "Anzeige",
        ["Teilen", "Drucken", "Mehr zum Thema", "Kommentare", "Newsletter abonnieren", "Ihre E-Mail-Adresse",
         "Impressum", "Datenschutz", "Cookie-Einstellungen", "© 2024 Beispiel Verlag. Alle Rechte vorbehalten."],
    ),
    "pt": (
        ["Pular para o conteúdo", "Início", "Política", "Economia", "Esportes", "Cultura", "Buscar", "Entrar",
         "Assine", "Compartilhar", "Publicidade"],
        [
            "A prefeitura anunciou nesta terça-feira que vai construir três novas ciclovias no centro da cidade até o fim do ano.",
            "Segundo o secretário de obras, o custo total de cerca de 4 milhões de reais será pago em grande parte pelo governo do estado.",
            "Os vereadores da oposição disseram que os moradores não foram ouvidos e que vão pedir mais informações sobre o projeto.",
        ],
        "Publicidade",
        ["Compartilhe esta notícia", "Imprimir", "Leia também", "Comentários", "Receba nossa newsletter", "Seu e-mail",
         "Política de Privacidade", "Termos de Uso", "Aceitar cookies", "© 2024 Exemplo Editora. Todos os direitos reservados."],
    ),
    "ru": (
        ["Перейти к содержанию", "Главная", "Политика", "Экономика", "Спорт", "Культура", "Поиск", "Войти",
         "Поделиться", "Реклама"],
        [
            "В четверг городской совет большинством голосов одобрил план, по которому в центре города появятся три новые велосипедные дорожки.",
            "По словам мэра, большую часть расходов, которые составят около 400 миллионов рублей, возьмёт на себя область.",
            "Представители оппозиции заявили, что жителей не спросили, и потребовали провести общественные слушания по этому проекту.",
        ],
        "Реклама",
        ["Читайте также", "Комментарии", "Подписаться на рассылку", "Ваш email", "Политика конфиденциальности",
         "Пользовательское соглашение", "Мы используем файлы cookie", "© 2024 Пример Медиа. Все права защищены."],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_other_language_furniture_is_removed_and_prose_kept(lang):
    head, prose, ad, foot = PAGES[lang]
    assert detect_language(prose) == lang
    assert kept([*head, prose[0], ad, prose[1], prose[2], *foot]) == prose
    # the article alone comes out whole
    assert kept(prose) == prose


@pytest.mark.parametrize(
    "lang, line, code",
    [
        ("de", "Alle Rechte vorbehalten", "boilerplate.legal"),
        ("de", "Impressum", "boilerplate.legal"),
        ("de", "Teilen", "boilerplate.share"),
        ("de", "Anzeige", "boilerplate.ads"),
        ("fr", "Tous droits réservés", "boilerplate.legal"),
        ("fr", "Partager", "boilerplate.share"),
        ("fr", "Publicité", "boilerplate.ads"),
        ("fr", "Lire aussi", "boilerplate.navigation"),
        ("es", "Todos los derechos reservados", "boilerplate.legal"),
        ("es", "Compartir en Facebook", "boilerplate.share"),
        ("pt", "Todos os direitos reservados", "boilerplate.legal"),
        ("pt", "Compartilhar", "boilerplate.share"),
        ("pt", "Publicidade", "boilerplate.ads"),
        ("it", "Riproduzione riservata", "boilerplate.legal"),
        ("it", "Condividi", "boilerplate.share"),
        ("nl", "Alle rechten voorbehouden", "boilerplate.legal"),
        ("nl", "Schrijf je in voor de nieuwsbrief", "boilerplate.newsletter"),
        ("ru", "Все права защищены", "boilerplate.legal"),
        ("ru", "Поделиться", "boilerplate.share"),
        ("ru", "Реклама", "boilerplate.ads"),
        ("pl", "Wszelkie prawa zastrzeżone", "boilerplate.legal"),
        ("pl", "Udostępnij", "boilerplate.share"),
        ("pl", "Przejdź do treści", "boilerplate.skip_links"),
    ],
)
def test_other_language_vocabulary(lang, line, code):
    assert C.label(features(line, stopwords(lang), vocabulary(lang)))[:2] == ("bad", code)


def test_other_language_lists_are_commented_lowercase_and_add_to_english():
    from importlib import resources

    root = resources.files("articleclean").joinpath("data", "boilerplate")
    langs = sorted(p.name for p in root.iterdir() if p.is_dir() and p.name != "en")
    assert {"de", "es", "fr", "it", "nl", "pl", "pt", "ru"} <= set(langs)
    en = vocabulary("en").phrases
    for lang in langs:
        files = sorted(f.name for f in root.joinpath(lang).iterdir())
        assert files == sorted(f.name for f in root.joinpath("en").iterdir()), lang
        for name in files:
            text = root.joinpath(lang, name).read_text("utf-8")
            assert text.startswith("#"), (lang, name)
            for line in text.splitlines():
                entry = line.split("#", 1)[0].strip()
                assert entry == entry.lower(), (lang, name, line)
        v = vocabulary(lang).phrases
        assert len(v) > len(en) and all(v[p] == c for p, c in en.items())


# -- quality floor on a committed sample ---------------------------------------------------------
_TOKEN = re.compile(r"\w+")


def _prf(truth: str, pred: str) -> tuple[float, float]:
    def sh(t):
        toks = _TOKEN.findall(t)
        return Counter(tuple(toks[i : i + 4]) for i in range(max(1, len(toks) - 3)) if toks[i : i + 4])

    a, b = sh(truth), sh(pred)
    tp = sum((a & b).values())
    p = tp / sum(b.values()) if b else 0.0
    r = tp / sum(a.values()) if a else 1.0
    return p, r


def _sample() -> list[dict]:
    with gzip.open(FIXTURES / "aeb_sample.jsonl.gz", "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


# Measured 0.944 (as-is 0.766) when pinned; fails if the classifier gets worse.
F1_FLOOR = 0.93


def test_quality_floor_on_sample():
    pipe = articleclean.Pipeline.from_names(["boilerplate"])
    rows = _sample()
    assert 8 <= len(rows) <= 10
    ps, rs = zip(*(_prf(r["truth"], pipe.clean(r["text"])) for r in rows))
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    assert 2 * p * r / (p + r) >= F1_FLOOR


def test_truths_of_sample_come_out_whole():
    pipe = articleclean.Pipeline.from_names(["boilerplate"])
    for row in _sample():
        assert _prf(row["truth"], pipe.clean(row["truth"]))[1] >= 0.998, row["id"]


# -- a list under the headline next to a prose sidebar -----------------------------------
CALENDAR = [f"Round {k}: {d} – {track}" for k, (d, track) in enumerate(
    [("9 March", "Interlagos"), ("6 April", "Curitiba"), ("20 April", "Velopark"), ("4 May", "Londrina"),
     ("18 May", "Santa Cruz"), ("3 August", "Goiania"), ("7 September", "Cascavel"), ("5 October", "Taruma")], 1)]
TEASERS = [
    line
    for k in range(6)
    for line in (
        f"» Column number {k}",
        "Click on the picture above and read what our columnist thinks about the season so far, "
        "with all the news from the paddock and the rumours about the drivers for next year.",
    )
]


def calendar_page(gap: str) -> str:
    """A race calendar under its headline; a sidebar of teaser blurbs (more prose) past the tags.

    ``gap`` is the line between the tags and the sidebar: blank, or one an edit empties.
    """
    return "\n".join([
        "Race calendar 2025 | Motor Site | F1 | Indy", *MENU, "Race calendar 2025", "Monday, 6 January 2025",
        "Share this article", "Calendar of the 2025 season", *CALENDAR, "Share this article", "Tags", "calendar, season",
        gap, *TEASERS, *FOOTER,
    ])


@pytest.mark.parametrize("gap", ["", "\ufeff"])
def test_a_list_under_the_headline_is_the_articles(gap):
    """However the line between the list and a sidebar with more prose comes out (blank,
    or emptied by the encoding fixer in the default pipeline), the list stays."""
    page = calendar_page(gap)
    assert sum(len(t.split()) for t in TEASERS) > C.confident_words  # the sidebar is the scored region
    for out in (
        articleclean.default_pipeline().clean(page),
        BoilerplateCleaner().apply(Document.from_text(page)).text(),
    ):
        lines = set(out.splitlines())
        assert set(CALENDAR) <= lines
        assert not lines & set(MENU)  # the page above the headline still goes


def test_a_list_that_holds_the_headline_is_not_under_it():
    """Dated lines around the headline (a breadcrumb, a byline) are no list under it:
    the breadcrumb above the headline still goes with the menu."""
    crumb = "Home SPORT BREAKING: Club pays £71.6m release clause for 2019"
    page = [
        "BREAKING: Club pays £71.6m release clause | News", *MENU,
        crumb, "BREAKING: Club pays £71.6m release clause", "News desk August 08, 2018", *CALENDAR,
        "Share this article", "Tags", "calendar, season", *TEASERS, *FOOTER,
    ]
    lines = kept(page)
    assert crumb not in lines and not set(lines) & set(MENU)
    assert set(TEASERS[1::2]) <= set(lines)


# -- lines earlier cleaners removed ------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class _RemoveLines(BaseCleaner):
    """An earlier cleaner that removes the lines it is given (a stand-in for captions, promo, labels)."""

    name = "earlier"
    lines: tuple[str, ...] = ()

    def apply(self, doc):
        ch = doc.changes(self.name)
        ch.remove([b.index for b in doc.live() if b.text in self.lines], code="earlier.test", reason="test furniture")
        return ch.commit()


def _after(earlier, lines: list[str]) -> articleclean.CleanResult:
    return articleclean.Pipeline((earlier, BoilerplateCleaner())).run("\n".join(lines))


# An article, a photo credit right under it, then a teaser: the credit parts them.
CREDIT = "Protesters outside the town hall on Monday ( Reuters )"
TEASER = [
    "More stories from around the region",
    "A new bridge over the river is to open in the spring, the builders say.",
]


def test_a_removed_caption_still_parts_the_article_from_a_teaser():
    lines = MENU + PROSE + [CREDIT] + TEASER + FOOTER
    alone = kept(lines)
    assert alone == PROSE  # with the credit there, the classifier cuts the teaser (and the credit)
    result = articleclean.Pipeline.from_names(["captions", "boilerplate"]).run("\n".join(lines))
    # the captions cleaner takes the credit; the teaser goes as it did beside it
    assert result.text.splitlines() == [x for x in alone if x != CREDIT]
    by_line = {r.text: r for r in result.removals}
    assert by_line[CREDIT].cleaner == "captions"
    for line in TEASER:
        assert by_line[line].cleaner == "boilerplate" and by_line[line].code.startswith("boilerplate.")
        assert by_line[line].reason
    # the classifier labels only live lines: no line is removed twice
    assert len({(r.line_start, r.line_end) for r in result.removals}) == len(result.removals)
    assert sum(r.line_end - r.line_start + 1 for r in result.removals) == len(lines) - len(PROSE)
    # and explains only live lines
    doc = articleclean.Pipeline.from_names(["captions"]).run_document(Document.from_text("\n".join(lines)))
    assert {d.index for d in C.decide(doc)} == {b.index for b in doc.live()}


def test_removed_menu_items_still_mark_the_menu_as_furniture():
    # "Home" and "Search" are the menu's furniture vocabulary; once an earlier
    # cleaner has them, the rest of the menu still reads as furniture
    out = _after(_RemoveLines(lines=("Home", "Search")), MENU + PROSE + FOOTER)
    assert out.text.splitlines() == PROSE


def test_a_removed_line_inside_the_article_does_not_split_it():
    caption = (
        "The mayor, who was elected three years ago on a promise to cut spending, speaks to the council "
        "during the long debate about the budget in the town hall on Monday evening."
    )
    lines = MENU + PROSE[:1] + [caption, "Read more", "Related stories", "Most popular"] + PROSE[1:] + FOOTER
    assert kept(lines)[0] == PROSE[0]  # alone, the article runs through the box
    for removed in ([caption], [caption, "Read more", "Related stories", "Most popular"]):
        assert _after(_RemoveLines(lines=tuple(removed)), lines).text.splitlines()[0] == PROSE[0]
        assert set(PROSE) <= set(_after(_RemoveLines(lines=tuple(removed)), lines).text.splitlines())


def test_prose_only_in_removed_lines_anchors_nothing():
    promo = (
        "Subscribers get the whole archive, the morning briefing and the weekend magazine, and they can "
        "share every story with a friend or a member of the family at no extra cost to them this year."
    )
    lines = [*MENU, promo, "Sign in", "Account", "Help", *PROSE[:1], *FOOTER]
    out = _after(_RemoveLines(lines=(promo,)), lines)
    assert PROSE[0] in out.text.splitlines()


@pytest.mark.parametrize("every", [2, 3, 5])
def test_earlier_removals_do_not_change_the_decisions(every):
    """Whatever furniture an earlier cleaner removed, the classifier decides on
    the live lines as it does with nothing removed.  (A removed prose line is
    another matter: it cannot anchor the region, see
    test_removed_captions_cannot_anchor_the_region.)"""
    pages = [MENU + PROSE + [CREDIT] + TEASER + FOOTER]
    pages += [read(FIXTURES / f"{seed}.txt").splitlines() for seed in SEEDS]
    for lines in pages:
        doc = Document.from_text("\n".join(lines))
        decisions = C.decide(doc)
        alone = {d.index for d in decisions if d.removed}
        furniture = [doc.blocks[d.index] for d in decisions if d.label not in ("good", "neargood")]
        # an earlier cleaner takes every few furniture lines
        earlier = _RemoveLines(lines=tuple(b.text for b in furniture[1::every])).apply(doc)
        live = {b.index for b in earlier.live()}
        assert {d.index for d in C.decide(earlier) if d.removed} == alone & live
        after = C.apply(earlier)
        assert {b.index for b in after.blocks if b.removed and b.index in live} == alone & live
        assert all(r.cleaner == "boilerplate" and r.reason for r in after.removals[len(earlier.removals) :])


# -- comment zones in every language, rows of buttons, copyright notices ----------------------------
ARTICLE = [*PROSE, "The budget will be reviewed again next year, when the council meets to set the new rates."]
COMMENT = "I think that the council should have spent the money on the roads in the north of the town instead."


@pytest.mark.parametrize(
    "lang, head",
    [
        ("en", "Leave a comment"),
        ("de", "12 Kommentare"),
        ("de", "Kommentar schreiben"),
        ("fr", "Laisser un commentaire"),
        ("es", "3 comentarios"),
        ("pt", "Deixe um comentário"),
        ("it", "5 commenti"),
        ("nl", "Plaats een reactie"),
        ("ru", "5 комментариев"),
        ("uk", "2 коментарі"),
        ("pl", "7 komentarzy"),
        ("cs", "4 komentáře"),
        ("sv", "Skriv en kommentar"),
        ("da", "8 kommentarer"),
    ],
)
def test_comment_zone_heads_of_every_language(lang, head):
    from articleclean.cleaners.boilerplate.vocabulary import _comment_head

    assert _comment_head().search(head), (lang, head)
    # an English article here: the pattern serves every page
    assert kept([*MENU, *ARTICLE, head, COMMENT, "Reply", COMMENT, *FOOTER]) == ARTICLE


@pytest.mark.parametrize(
    "byline",
    ["thelastchargersfan says:", "v2787 wrote:", "fan_1975 schrieb:", "pierre75 a écrit :", "joao123 escreveu:",
     "maria_s disse:", "luca88 ha scritto:", "jan_de_vries schreef:", "ivan2000 написал:", "kowalski77 napisał:",
     "svensson85 skrev:", "novak_cz napsal:", "@reader42 says:", "   12. thelastchargersfan says:"],
)
def test_comment_bylines_of_every_language_end_the_article(byline):
    assert kept([*MENU, *ARTICLE, byline, "November 19, 2019 at 6:34 am", COMMENT, *FOOTER]) == ARTICLE


@pytest.mark.parametrize(
    "lead",
    ["He wrote:", "he wrote:", "Trump wrote:", "A spokesman said:", "Boris Johnson said:", "McCarthy says:",
     "In a statement, the company said:", "Er schrieb:", "Merz sagt:", "Ele escreveu:", "Она написала:",
     "The copyright holder said:", "Comments", "Sort by", "Newest first", "Alle Kommentare zur Wahl"],
)
def test_a_quotes_lead_in_inside_the_article_does_not_end_it(lead):
    """Near misses: a quote introduced by a name or a pronoun, a lone "Comments"
    (a toolbar), a list's "Sort by" are not a comments zone."""
    quote = "We have done everything we could to keep the costs down, and we will go on doing so for as long as it takes."
    article = [*ARTICLE, lead, quote, "The mayor said that the first of the new roads would open to traffic in the spring."]
    assert kept([*MENU, *article, *FOOTER]) == article


@pytest.mark.parametrize(
    "lang, row",
    [("en", "Facebook Twitter Google+ Whatsapp"), ("en", "Share on Facebook Share on Twitter Email"),
     ("en", "Facebook Twitter Email Print"), ("de", "Teilen Drucken E-Mail"),
     ("pt", "Compartilhar Facebook Twitter WhatsApp"), ("ru", "Поделиться ВКонтакте Telegram")],
)
def test_a_row_of_share_buttons_inside_the_article_goes(lang, row):
    prose = PROSE if lang == "en" else PAGES[lang][1]
    result = articleclean.Pipeline.from_names(["boilerplate"]).run("\n".join([prose[0], row, prose[1], prose[2]]))
    assert result.text.splitlines() == prose
    (r,) = result.removals
    assert r.code == "boilerplate.share" and "inside the article" in r.reason


@pytest.mark.parametrize(
    "line",
    ["He posted the video on Facebook and Twitter, and it was shared thousands of times by Monday.",
     "Facebook and Twitter", "Facebook, Twitter and YouTube", "Share your views on Facebook",
     "Apple, Google, Facebook, Microsoft", "Follow the debate on Twitter."],
)
def test_a_line_that_names_the_networks_inside_the_article_stays(line):
    article = [PROSE[0], line, PROSE[1], PROSE[2]]
    assert kept(article) == article


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "© 2024 Site Name. All rights reserved."),
        ("en", "Copyright © 2019 MediaNews Group, Inc."),
        ("en", "Copyright 2019. Washington Examiner. All Rights Reserved."),
        ("en", "© 2005-2019 SlashGear, All Rights Reserved."),
        ("pt", "© 2024 X. Todos os direitos reservados."),
        ("de", "© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten."),
        ("ru", "Copyright (с) ООО «Пример Медиа», 2019."),
    ],
)
def test_a_copyright_notice_is_legal_furniture(lang, line):
    assert C.label(features(line, stopwords(lang), vocabulary(lang)))[:2] == ("bad", "boilerplate.legal")


@pytest.mark.parametrize(
    "line",
    ["The copyright holder asked the site to take the photographs down.",
     "In 2019, the copyright holder sued the publisher for damages.",
     "Copyright law was last changed in 1988, and the minister said it was time to look at it again.",
     "© Reuters", "(Image: © NASA/ESA)"],
)
def test_a_sentence_about_copyright_and_a_photo_credit_are_not_notices(line):
    _label, code, _ = C.label(features(line, EN, vocabulary("en")))
    assert code != "boilerplate.legal"
    article = [PROSE[0], line, PROSE[1], PROSE[2]]
    assert kept(article) == article


def test_a_copyright_notice_ends_the_article_but_a_credit_inside_it_stays():
    credit = "Photo © 2019 Jane Smith"
    article = [PROSE[0], credit, PROSE[1], PROSE[2]]
    assert kept([*MENU, *article, "Related", "© 2024 Site Name. All rights reserved."]) == article


def test_a_sentence_broken_at_a_comma_before_a_copyright_footer_stays():
    """A copyright notice makes the footer furniture; the article's last
    sentence, broken across lines at commas (no sentence end on a line), is
    prose that goes on, not short lines to cut with the footer."""
    article = [
        *ARTICLE,
        "Members of the opposition said on Tuesday that they had not been told about the plan,",
        "and that the residents who live along the new roads should have been asked first,",
        "before the council spent the money.",
    ]
    footer = ["Related", "Home", "Privacy Policy", "Copyright © Example Media Ltd. All rights reserved."]
    assert kept([*MENU, *article, *footer]) == article
    f = features("and that the residents who live along the new roads should have been asked first,", EN)
    assert f.ends_clause and C.label(f)[0] == "neargood"


# -- review findings: article text the new rules must not take ------------------------------------
def test_removed_captions_cannot_anchor_the_region():
    # a gallery of long captions the captions cleaner removes is not the article
    article = ["Fire destroys homes in old town", *PROSE]
    teasers = ["Most read", *[f"Teaser headline number {k} about the news" for k in range(12)]]
    gallery = [
        f"view image in gallery Firefighters battle the blaze from ladder number {k} as smoke rises over the rooftops "
        "of the old town, where the fire started in a bakery shortly after midnight ( Reuters )"
        for k in range(8)
    ]
    text = "\n\n".join(MENU + article + teasers + gallery + FOOTER[:3])
    out = articleclean.default_pipeline().clean(text)
    assert all(p in out for p in PROSE)


@pytest.mark.parametrize("widget", ["Show comments", "Kommentare anzeigen", "Report abuse", "Add a comment"])
def test_a_comments_widget_with_paragraphs_after_it_does_not_end_the_article(widget):
    more = [
        "Opponents argued that the increase would hurt families on fixed incomes, and several of them said they would appeal.",
        "The council will publish the final figures next month, after the auditors have checked the accounts once more.",
    ]
    lines = MENU + PROSE + [widget] + more + FOOTER
    for out in (kept(lines), articleclean.default_pipeline().clean("\n\n".join(lines)).splitlines()):
        assert set(PROSE + more) <= set(out), widget


def test_a_quoted_no_comment_is_not_a_comments_head():
    lines = [
        *MENU,
        "Министр финансов рассказал нашему корреспонденту о том, как правительство собирается бороться с инфляцией в следующем году.",
        "На вопрос о том, будут ли повышены налоги, представитель министерства ответил коротко и ясно, как он всегда отвечает журналистам:",
        "Комментариев нет.",
        "Ранее министр заявлял, что налоги в следующем году повышаться не будут, а бюджет будет сбалансирован за счет роста доходов.",
    ]
    assert set(lines[len(MENU) :]) <= set(kept(lines))


@pytest.mark.parametrize(
    "sentence",
    [
        "The photo at the centre of the case, © 2019 Jane Smith, was later sold at auction for $12,000.",
        "Court papers show Smith's copyright, 2019, covers every print of the image.",
    ],
)
def test_a_sentence_about_copyright_is_not_a_notice(sentence):
    lines = MENU + PROSE + [sentence] + FOOTER
    assert sentence in kept(lines)
    assert sentence in articleclean.default_pipeline().clean("\n\n".join(lines)).splitlines()


@pytest.mark.parametrize("line", ["Facebook, Instagram, WhatsApp, Messenger", "Facebook, Instagram and WhatsApp"])
def test_a_list_of_networks_inside_the_article_stays(line):
    lines = [
        "Facebook outage: what happened",
        "Meta's apps went down for six hours on Monday, leaving billions of people around the world unable to message friends, post photos or run their businesses online.",
        "The company said a faulty configuration change on its backbone routers had caused the outage, and that there was no evidence that user data had been compromised.",
        "The services that stopped working were:",
        line,
        "Engineers had to be sent to the company's data centres in person to reset the servers, which delayed the recovery by several hours, according to people familiar with the matter.",
        "Shares in the company fell nearly five per cent on the day, wiping billions of dollars off the personal fortune of its founder and chief executive.",
    ]
    assert kept(lines) == lines


@pytest.mark.parametrize(
    "lang, lines, word",
    [
        ("ru", ["Министр финансов рассказал нашему корреспонденту о том, как правительство собирается бороться с инфляцией в следующем году и почему налоги пока не будут повышены.",
                "— Многие экономисты считают, что ставка центрального банка слишком высока и что это мешает развитию малого бизнеса в регионах. Вы с ними согласны?",
                "— Согласен.",
                "— Тогда почему правительство не предлагает никаких мер для того, чтобы поддержать предпринимателей, которые не могут взять кредит в банке?"], "— Согласен."),
        ("sv", ["Julen är den tid på året då vi bakar mest, och i år har vi samlat de bästa recepten från våra läsare som har skickat in sina egna favoriter till redaktionen.",
                "Kakor",
                "Pepparkakor är en klassiker som de flesta barn tycker om att baka, och degen kan göras flera dagar innan man kavlar ut den och tar fram formarna."], "Kakor"),
        ("it", ["Il governo ha presentato ieri una nuova proposta di legge sulla diffamazione che secondo molti giornalisti rischia di limitare la libertà di informazione nel paese.",
                "Stampa",
                "Secondo il sindacato dei giornalisti, la nuova norma renderebbe molto più facile per i politici fare causa ai giornali e chiedere risarcimenti molto alti."], "Stampa"),
    ],
)
def test_everyday_words_of_other_languages_inside_the_article_stay(lang, lines, word):
    assert word in kept(lines), lang


def test_a_title_with_a_long_run_of_spaces_is_split_in_linear_time():
    from articleclean.cleaners.boilerplate.headline import _headline_end

    title = "Budget agreed" + " " * 200_000 + "| Daily News"
    # quadratic splitting took minutes on this; linear takes milliseconds
    assert _headline_end([title, "Home", "Budget agreed", "Text."]) == 3


# -- second review: what the do-no-harm fixes must not give up -------------------------------------
@pytest.mark.parametrize(
    "row", ["Facebook | Twitter | WhatsApp | Email", "Share on Facebook | Share on Twitter | Email", "Follow us on Twitter!"]
)
def test_share_rows_and_exclaimed_furniture_inside_the_article_still_go(row):
    lines = MENU + PROSE[:2] + [row] + PROSE[2:] + FOOTER
    out = kept(lines)
    assert row not in out and set(PROSE) <= set(out)


@pytest.mark.parametrize("head", ["34 Comments", "12 комментариев", "Leave a Reply"])
def test_a_counted_comments_head_opens_the_zone_even_before_prose_comments(head):
    comments = [COMMENT, "Another reader said the council should have asked the people who live there first, before voting."]
    assert kept([*MENU, *ARTICLE, head, *comments, *FOOTER]) == ARTICLE


@pytest.mark.parametrize(
    "notice",
    [
        "Herald Media Group Ltd © 2024",
        "All rights reserved. © 2024 Herald Media Group",
        "Alle Rechte vorbehalten. © 2024 Beispiel Verlag GmbH",
        "Text and photos © 2024 Herald Media Group",
    ],
)
def test_copyright_notices_with_words_before_the_mark(notice):
    from articleclean.cleaners.boilerplate.features import _copyright_mark

    assert _copyright_mark(notice)


# -- the article starts at its headline ---------------------------------------------------
HEADLINE = "Six people fall ill after eating at a city restaurant"
GLUED_TEASERS = [  # a menu's story teasers: headline and blurb on one line, more prose than the article
    f"{h} {b}"
    for h, b in [
        ("Council Approves New Budget After Long Debate", "The council approved the budget on Monday after a long debate about what the plan would cost."),
        ("Bridge To Close For Repairs Next Month", "Drivers have been told to expect delays while the work is carried out over the next six weeks."),
        ("Local Team Wins Cup In Extra Time", "The home side scored twice in the last ten minutes to win the trophy for the first time in years."),
        ("New Library Opens Its Doors To Readers", "The library has more than 40,000 books and will be open seven days a week from next month."),
    ]
]


def test_a_region_that_reaches_above_the_headline_through_furniture_starts_at_it():
    page = [
        f"{HEADLINE} | Daily News", "Weather", "Sports", "Latest Headlines", *GLUED_TEASERS[:2], "Video",
        "All Videos", "News", "Advertise", *GLUED_TEASERS[2:], "More", HEADLINE, "November 19, 2019 at 9:45 am",
        *PROSE, *FOOTER,
    ]
    assert sum(len(t.split()) for t in GLUED_TEASERS) > sum(len(t.split()) for t in PROSE)
    lines = kept(page)
    assert set(PROSE) <= set(lines) and HEADLINE in lines
    assert not set(lines) & set(GLUED_TEASERS)


def test_prose_above_the_headline_with_no_furniture_between_stays():
    standfirst = "Health officials said the outbreak was under control and that there was no risk to the wider public at this stage."
    page = [f"{HEADLINE} | Daily News", *MENU, standfirst, HEADLINE, *PROSE, *FOOTER]
    assert {standfirst, *PROSE} <= set(kept(page))


def test_a_long_line_above_the_headline_is_the_pages_not_more_article():
    """A tag cloud (more words than a short article) right above the headline is not spared."""
    cloud = " ".join(f"topic{k} news" for k in range(40))
    page = [f"{HEADLINE} | Daily News", *MENU, cloud, HEADLINE, "November 19, 2019", *PROSE[:2], *FOOTER]
    assert len(cloud.split()) > sum(len(t.split()) for t in PROSE[:2])
    lines = kept(page)
    assert set(PROSE[:2]) <= set(lines) and cloud not in lines


# -- a comments zone after the region ------------------------------------------------------
READERS = [
    "Woyzeck",
    "2 days ago at 07:52 am",
    COMMENT,
    "Rating: 36 Votes",
    "nick_a",
    "2 days ago at 07:47 am",
    "Another reader said the council should have asked the people who live there first, before voting on it.",
    "Even if it costs more, this is the kind of plan that the town has needed for years, and I hope it works out.",
    "Rating: 25 Votes",
    "fmcshan",
    "2 days ago at 07:50 am",
    "It would be nice if the council also looked at the buses, which have been getting worse every single year.",
]


@pytest.mark.parametrize("head", ["[ 167 comments ]", "Comments (34)", "(12) Comments", "Kommentare (5)"])
def test_a_comments_zone_after_the_region_goes_however_much_prose_it_holds(head):
    lines = [*MENU, *ARTICLE, "Tags: budget, council", head, "Top Rated Comments", *READERS, *FOOTER]
    assert sum(len(t.split()) for t in READERS) > sum(len(t.split()) for t in ARTICLE)  # spared before
    assert kept(lines) == ARTICLE


@pytest.mark.parametrize("line", ["Report 2024", "Section 12", "Comments"])
def test_a_word_and_a_number_is_no_comments_head_unless_the_word_names_comments(line):
    lines = [*MENU, *PROSE, line, *ARTICLE, *FOOTER]
    assert set(ARTICLE) <= set(kept(lines))


def test_no_comments_zone_after_a_region_too_short_to_be_an_article():
    short = ["The council met on Monday to agree the plan."]
    lines = [*MENU, *short, "Comments (34)", *READERS]
    assert set(READERS[2::4]) & set(kept(lines))  # the region is not article enough to end


# -- review: what the comments and headline rules must not take --------------------------
STANDFIRST = [
    "The council approved the new budget on Monday after a debate that lasted more than six hours and ran late into the night.",
    "Opposition members said the spending plan would leave the town with higher bills for years, and called for a review of the whole process.",
    "Residents will see the first changes in April, when the new bus routes start and the bridge repairs begin.",
]
BODY = [
    "The mayor said the plan would take effect in April and that residents would see the first benefits before the summer.",
    "It includes money for new buses, two new schools and the repair of the old bridge over the river, which has been closed since March.",
    "Council officers told the meeting that the cost of the plan had risen by a fifth since it was first drawn up last year.",
]


@pytest.mark.parametrize("counter", ["Comments (34)", "34 Comments", "[ 34 comments ]", "Kommentare (12)"])
def test_a_comment_counter_by_the_byline_does_not_end_the_article(counter):
    page = ["Council approves new budget after long debate", *STANDFIRST, "By Jane Doe", "20 November 2019", counter, *BODY]
    assert sum(len(t.split()) for t in STANDFIRST) >= C.comments_after_words
    out = articleclean.default_pipeline().clean("\n".join(page)).splitlines()
    assert set(STANDFIRST + BODY) <= set(out)


def test_a_numbered_sentence_about_responses_is_no_comments_head():
    page = [*STANDFIRST, "How to respond:", "(1) Comments can be sent by email or post.", "(2) Responses must arrive by 30 November.", *BODY]
    out = articleclean.default_pipeline().clean("\n".join(page)).splitlines()
    assert set(BODY) <= set(out)


def test_a_subheading_that_repeats_a_piece_of_the_title_is_not_the_headline():
    """'What it means for you' is a piece of the title 'Interest rates rise again - what it
    means for you', not the headline: what is above it is the article's first section."""
    first = [
        "The Bank of England has raised interest rates for the fifth time in a row, taking the base rate to its highest level in more than a decade.",
        "The bank's governor said the rise was needed to bring inflation back down, even though it would put more pressure on households and firms.",
    ]
    second = [
        "Homeowners on tracker and variable mortgages will see their monthly payments go up straight away, by about £20 a month on average.",
        "Savers should see better rates, although banks have been slow to pass on rises to people with money in easy-access accounts.",
    ]
    page = ["Interest rates rise again - what it means for you", first[0], "Advertisement", first[1], "Share this article",
            "What it means for you", *second]
    assert set(first + second) <= set(kept(page))


# -- second review: variants of the fixed cases -------------------------------------------
SIX = [*STANDFIRST, *BODY]


def test_a_comment_counter_between_byline_and_date_does_not_end_the_article():
    page = ["Council approves new budget after long debate", *STANDFIRST, "By Jane Doe", "Comments (34)", "20 November 2019", *BODY]
    out = articleclean.default_pipeline().clean("\n".join(page)).splitlines()
    assert set(STANDFIRST + BODY) <= set(out)


@pytest.mark.parametrize(
    "line",
    ["3 responses to the plan", "12 comments on the draft", "2019 Report", "10 newest", "Comment 1",
     "Leave a comment below, the mayor urged", "(1) Comments on the draft plan"],
)
def test_subheadings_and_list_items_that_name_comments_are_no_comments_head(line):
    page = ["Council approves new budget after long debate", *SIX[:4], line, *SIX[4:]]
    out = articleclean.default_pipeline().clean("\n".join(page)).splitlines()
    assert set(SIX) <= set(out)


def test_a_comments_head_followed_by_names_and_dates_between_comments_still_opens_the_zone():
    """More comment text than article text: the zone opens on the comments' shape."""
    long_readers = READERS + READERS
    lines = [*MENU, *ARTICLE, "[ 167 comments ]", *long_readers, *FOOTER]
    assert sum(len(t.split()) for t in long_readers) > sum(len(t.split()) for t in ARTICLE)
    assert kept(lines) == ARTICLE


def test_extractor_text_whose_headline_repeats_as_a_caption_keeps_its_opening():
    """Line 0 is the headline itself (prose right under it), not a page title: its
    repeat further down (a caption after a share bar) is not where the article starts."""
    head = "Council approves new budget after long debate"
    page = [head, *STANDFIRST[:2], "Advertisement", "Share this article", "Facebook", "Twitter", head, *BODY]
    out = articleclean.default_pipeline().clean("\n".join(page)).splitlines()
    assert set(STANDFIRST[:2] + BODY) <= set(out)


def test_a_counter_above_a_subheaded_article_does_not_end_it():
    """Subheadings (one short line before a paragraph) are not names and dates between comments."""
    more = [*PROSE, *ARTICLE[3:]]
    page = ["Council approves new budget after long debate", *STANDFIRST, "Comments (34)", "20 November 2019",
            BODY[0], "What the plan costs", BODY[1], "What happens next", BODY[2], *more]
    assert sum(len(t.split()) for t in STANDFIRST) >= C.comments_after_words
    out = articleclean.default_pipeline().clean("\n".join(page)).splitlines()
    assert set(STANDFIRST + BODY + more) <= set(out)


def test_a_widget_head_past_the_region_does_not_end_the_page_without_comments_after_it():
    """A "View comments" link between the region and a stretch of the article with more
    words but a lower score (subheadings between its paragraphs), spared for its length:
    no names and dates after the head, so the stretch stays."""
    second = [
        "What the schools say", "Head teachers told the inquiry that class sizes had grown every year since 2015.",
        "What the report asks for", "The report wants a fifth of the new budget set aside for school repairs.",
        "What parents in the villages say", "Parents in the villages say school transport has become too expensive.",
        "What happens in January", "Councillors will debate the report at a special meeting before the budget is set.",
    ]
    page = [*MENU, *ARTICLE, "View comments", "Most read", "Privacy Policy", "Sign in", *second, *FOOTER]
    out = set(kept(page))
    assert set(ARTICLE) <= out
    assert set(second) <= out


@pytest.mark.parametrize(
    "items",
    [
        ["• a new library in the town centre", "• more buses on rural routes", "• repairs to 40 roads"],  # bullets
        ["1. Close the bridge for six weeks", "2. Divert buses through the high street", "3. Reopen in time for the fair"],
    ],
)
def test_the_sentence_after_an_articles_list_stays_before_furniture(items):
    from articleclean.cleaners.boilerplate import BoilerplateCleaner
    from articleclean.document import Document

    p1 = "The council approved the new budget on Monday after a long debate about the cost of the plan for the town."
    p2 = "It will take effect in April, and the leader said that residents would see the benefits of it soon enough."
    after = "The council will publish the full plan next week."
    furniture = ["Sign up to our free daily newsletter", "Get the latest news straight to your inbox", "Email address",
                 "Subscribe", "Privacy Policy", "Terms of Use", "Contact us"]
    text = "\n\n".join(["Council approves budget", p1, p2, "The plan includes:", *items, after, *furniture])
    out = BoilerplateCleaner().apply(Document.from_text(text)).text()
    assert after in out and items[-1] in out and "Privacy Policy" not in out


def test_a_comments_zone_after_an_uncut_edge_still_goes():
    """The verdict rule ``comments go`` (region.py): past a region whose edge below is not cut
    as page furniture (a few tags, a comments head pass 1 does not label), a counted comments
    head still takes the readers' comments after it, short ones too.  (Without that rule the
    four comment lines stay: the edge rules alone do not reach them.)"""
    comments = ["nick_a", "Great news for the town!", "fmcshan", "About time too."]
    out = kept([*MENU, *ARTICLE, "Tags", "Budget", "Council", "Kommentare (5)", *comments])
    assert out[: len(ARTICLE)] == ARTICLE
    assert not set(comments) & set(out)


def test_the_context_rules_are_named_and_ordered():
    """Pass 2 is two ordered lists of named rules (region.py); every rule is reached by a test
    of this file or of the golden fixtures (checked by dropping each in turn: see the commit)."""
    from articleclean.cleaners.boilerplate import region

    assert region.PLACING[0][0] == "anchor"
    names = [name for name, _ in (*region.PLACING, *region.VERDICTS)]
    assert len(names) == len(set(names))
    assert all(callable(rule) and rule.__doc__ for _, rule in (*region.PLACING, *region.VERDICTS))
