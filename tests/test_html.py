"""HTML input (issue 16): clean_html on small pages written for these tests (tests/fixtures/html/).

Two sites' shapes for each rule: a news site's page (news_article.html: semantic
elements, class names with hyphens, JSON-LD) and a blog's (blog_post.html: ids and
classes only, WordPress-style widgets, <meta> tags), plus small inline pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import articleclean
from articleclean.htmldoc import decode_html, html_document, read_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def result(name: str) -> articleclean.CleanResult:
    return articleclean.clean_html_and_explain(page(name))


NEWS_BODY = [
    "The harbour bridge will close to traffic for six weeks from Monday",
    "Buses will be diverted through the town centre",
    '"We know this will be disruptive, but the joints are at the end of their life,"',
    "Local businesses have asked for extra parking near the market",
]
BLOG_BODY = [
    "The soil finally warmed up this week",
    "I am trying a new trick this year",
    "Last year the slugs ate most of the lettuce",
]


def removed_with(res: articleclean.CleanResult, snippet: str) -> tuple[str, str]:
    """(code, reason) of the removal holding ``snippet``; fails when it was kept."""
    assert snippet not in res.text, f"{snippet!r} was kept"
    found = [r for r in res.removals if snippet in r.text]
    assert found, f"{snippet!r} is neither kept nor removed"
    return found[0].code, found[0].reason


@pytest.mark.parametrize(("name", "body"), [("news_article.html", NEWS_BODY), ("blog_post.html", BLOG_BODY)])
def test_the_article_paragraphs_are_kept_in_order(name, body):
    text = result(name).text
    positions = [text.find(s) for s in body]
    assert -1 not in positions, text
    assert positions == sorted(positions)


def test_navigation_goes_and_is_not_the_headline():
    news, blog = result("news_article.html"), result("blog_post.html")
    for res, nav in ((news, "Opinion"), (blog, "Archive")):
        code, reason = removed_with(res, nav)
        assert code.startswith("boilerplate.")
        assert reason
        assert nav not in (res.metadata.headline or "")


def test_related_lists_inside_the_article_go():
    news, blog = result("news_article.html"), result("blog_post.html")
    code, reason = removed_with(news, "Council approves new budget for roads")
    assert code == "boilerplate.related" and "related-stories" in reason
    code, _ = removed_with(blog, "How I make compost")
    assert code in ("boilerplate.related", "related.list", "boilerplate.links")


def test_figure_captions_go():
    code, reason = removed_with(result("news_article.html"), "The bridge was opened in 1968")
    assert code == "boilerplate.captions" and "figure" in reason
    code, reason = removed_with(result("blog_post.html"), "Freshly sown rows")
    assert code == "boilerplate.captions" and "caption" in reason


def test_newsletter_box_and_form_go():
    res = result("news_article.html")
    assert removed_with(res, "Get the Morning Briefing")[0] == "boilerplate.newsletter"
    assert removed_with(res, "We will never share your email. Unsubscribe at any time.")[0] == "boilerplate.newsletter"
    assert removed_with(res, "Email address")[0] == "boilerplate.form"
    blog = result("blog_post.html")
    removed_with(blog, "Enter your email address to follow this blog")


def test_cookie_banner_goes():
    removed_with(result("news_article.html"), "We use cookies to improve your experience")
    inline = (
        "<!doctype html><html><body><div role='dialog' class='consent'><p>This site uses cookies to give you the best "
        "experience, as described in our policy, and you can change this at any time.</p></div><article>"
        "<p>The library reopened on Saturday after a year of repairs to its roof, the trust said.</p>"
        "<p>Opening hours are unchanged, and the children's section has moved to the ground floor.</p></article></body></html>"
    )
    res = articleclean.clean_html_and_explain(inline)
    removed_with(res, "This site uses cookies")
    assert "The library reopened on Saturday" in res.text


def test_reader_comments_go():
    news = result("news_article.html")
    removed_with(news, "About time they fixed it")
    removed_with(news, "3 Comments")
    removed_with(result("blog_post.html"), "Leave a Reply")


def test_paywall_box_goes():
    code, reason = removed_with(result("news_article.html"), "Subscribe for unlimited access")
    assert code == "boilerplate.paywall" and "paywall" in reason
    inline = (
        "<!doctype html><html><body><article><p>The museum's new wing opens to the public in May, with three galleries "
        "of maritime paintings.</p><section id='regwall'><p>Register for free to keep reading this story.</p></section>"
        "<p>Entry will be free for residents during the first month, the director said.</p></article></body></html>"
    )
    res = articleclean.clean_html_and_explain(inline)
    assert removed_with(res, "Register for free")[0] == "boilerplate.paywall"


def test_hidden_elements_scripts_and_styles_are_dropped():
    res = result("news_article.html")
    source = read_html(page("news_article.html"))[0]
    for hidden in ("This paragraph is hidden", "Nor this one", "Screen furniture", "tracker", "color: red"):
        assert hidden not in source and hidden not in res.text


def test_metadata_comes_from_json_ld_then_meta_tags():
    news = result("news_article.html").metadata
    assert news.headline == "Harbour bridge to close for six weeks of repairs"  # JSON-LD before og:title
    assert news.byline == "Maria Okafor, Tom Reyes"
    assert news.date == "2024-03-05T08:00:00Z"
    assert news.section == "Transport"
    blog = result("blog_post.html").metadata
    assert blog.headline == "Notes from the allotment: spring sowing"  # <title>
    assert blog.byline == "Priya Anand" and blog.date == "2023-04-02"  # <meta name=author>, article:published_time


def test_a_profile_address_is_no_byline():
    page = (
        "<!doctype html><html><head><meta property='article:author' content='https://www.facebook.com/someone'>"
        "</head><body><article><p>By Sam Lee</p><p>The school's new science block opened on Monday, two years after "
        "the plans were approved.</p></article></body></html>"
    )
    assert articleclean.clean_html_and_explain(page).metadata.byline == "Sam Lee"


def test_metadata_falls_back_to_the_text():
    inline = (
        "<!doctype html><html><body><article><p>By Sam Lee</p><p>The school's new science block opened on Monday, two years "
        "after the plans were approved by the county.</p><p>Pupils will use the laboratories from next term, the head said.</p>"
        "</article></body></html>"
    )
    res = articleclean.clean_html_and_explain(inline)
    assert res.metadata.byline == "Sam Lee"
    # a byline in the article's header, above the container, that the page does not declare
    header = (
        "<!doctype html><html><body><article><header><h1>New science block opens</h1><p class='byline'>By Ana Lima"
        "</p><p>Updated 3 March 2026</p></header><div class='body'><p>The school's new science block opened on Monday, "
        "two years after the plans were approved by the county.</p><p>Pupils will use the laboratories from next term, "
        "the head said.</p></div></article></body></html>"
    )
    res = articleclean.clean_html_and_explain(header)
    assert (res.metadata.headline, res.metadata.byline, res.metadata.date) == ("New science block opens", "Ana Lima", "2026-03-03")
    assert "Ana Lima" not in res.text and "The school's new science block" in res.text
    # the <h1> is the article's headline: kept in the text, as the text path keeps it (issue 12), and noted
    assert res.text.startswith("New science block opens\n\n")


def test_a_page_in_a_declared_non_utf8_charset():
    data = page("cp1251.html")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    res = articleclean.clean_html_and_explain(data)
    assert "Городской совет утвердил бюджет" in res.text
    assert "Главная" not in res.text
    assert res.metadata.headline == "Новости"


def test_an_undeclared_legacy_charset_is_detected():
    res = articleclean.clean_html_and_explain(page("latin1_undeclared.html"))
    assert "Le conseil municipal a adopté le budget" in res.text
    assert "\ufffd" not in res.text


def test_a_list_page_is_not_emptied_into_nonsense():
    res = result("list_page.html")
    for headline in ("United win the derby", "Rowing club names new captain", "Cricket season starts with a washout"):
        assert headline in res.text
    assert "© 2024" not in res.text and "Home News Sport" not in res.text


def test_str_bytes_and_beautifulsoup_give_the_same_result():
    data = page("news_article.html")
    text = data.decode("utf-8")
    expected = articleclean.clean_html(data)
    assert articleclean.clean_html(text) == expected
    assert articleclean.clean_html(BeautifulSoup(text, "html.parser")) == expected
    with pytest.raises(TypeError, match="BeautifulSoup"):
        articleclean.clean_html(42)


def test_clean_routes_a_whole_document_but_not_a_stray_tag():
    text = page("news_article.html").decode("utf-8")
    assert articleclean.clean(text) == articleclean.clean_html(text)
    prose = "Use the <p> tag for paragraphs &amp; the <b> tag for bold.\n\nThe council met on Monday.\n"
    assert articleclean.clean(prose) == articleclean.default_pipeline().run(prose).text
    assert "<p>" in articleclean.clean(prose)


def test_every_removal_has_a_code_a_reason_and_its_text_in_the_page_text():
    for name in ("news_article.html", "blog_post.html", "list_page.html"):
        source = read_html(page(name))[0]
        res = articleclean.clean_html_and_explain(page(name))
        assert res.removals
        for r in res.removals:
            assert r.code and r.reason and r.cleaner
            assert source[r.start : r.end] == r.text


def test_evidence_is_aligned_with_the_blocks():
    doc = html_document(page("news_article.html"))
    assert doc.page is not None and len(doc.page.evidence) == len(doc.blocks)
    by_text = {b.text: doc.page.evidence[b.index] for b in doc.blocks}
    assert by_text["Harbour bridge to close for repairs"].level == 1
    assert "figcaption" in by_text["The bridge was opened in 1968. Photo: Jane Smith"].context
    assert "nav" in by_text["Home"].context and by_text["Home"].link_chars == by_text["Home"].chars
    assert any(c == "newsletter" for _, c, _ in by_text["Get the Morning Briefing"].hits)


def test_decoding_honours_a_byte_order_mark_and_an_xml_declaration():
    assert decode_html(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>") == "<p>café</p>"
    assert decode_html(b'<?xml version="1.0" encoding="iso-8859-15"?><p>\xa4</p>').endswith("<p>€</p>")


def test_empty_and_broken_pages():
    assert articleclean.clean_html("") == ""
    assert articleclean.clean_html(b"   ") == ""
    assert articleclean.clean_html("<html><body><div><p>Unclosed <b>tags everywhere") == "Unclosed tags everywhere\n"


def test_text_input_is_unchanged_by_the_html_path():
    text = "Sign up to our free daily newsletter\n\nThe council met on Monday.\n"
    assert articleclean.clean(text) == "The council met on Monday.\n"
    assert html_document("<p>x</p>").page is not None
    assert articleclean.Document.from_text(text).page is None


def _lists_page(kind: str) -> str:
    prose = (
        "<p>The pears were picked at the end of the season, when they are soft enough to cook down quickly "
        "and sweet enough that the jam needs less sugar than most recipes ask for.</p>"
        "<p>This batch made eight jars, which keep for a year in a cool cupboard once they are sealed.</p>"
    )
    if kind == "list":
        items = "<h3>Ingredients</h3><ul><li>8 ripe pears</li><li>1 lemon</li><li>2 tsp cinnamon</li><li>4 cups sugar</li></ul>"
    else:
        items = (
            "<h3>Snap counts</h3><table><tr><th>Pos</th><th>Player</th><th>Plays</th></tr>"
            "<tr><td>DL</td><td>A. Smith</td><td>63</td></tr><tr><td>LB</td><td>J. Doe</td><td>58</td></tr>"
            "<tr><td>CB</td><td>K. Lee</td><td>70</td></tr></table>"
        )
    return (
        "<!doctype html><html><body><div class='site'><ul class='menu'><li><a href='/'>Home</a></li>"
        "<li><a href='/a'>Recipes</a></li></ul><div class='post-content'>" + prose + "<p>Advertisement</p>" + items +
        "<p>Share on Facebook</p><p>Pin it</p><p>Print recipe</p></div></div></body></html>"
    )


@pytest.mark.parametrize("kind", ["list", "table"])
def test_lists_and_tables_of_the_article_stay(kind):
    """The text rules cut short lines at the edge of the region they find; in a page the
    container's list items and table rows are the article's (a recipe's ingredients, a stats table)."""
    res = articleclean.clean_html_and_explain(_lists_page(kind))
    expected = ["8 ripe pears", "4 cups sugar"] if kind == "list" else ["DL A. Smith 63", "CB K. Lee 70"]
    for line in expected:
        assert line in res.text
    assert "Advertisement" not in res.text  # furniture vocabulary still goes
    plain = articleclean.default_pipeline().configure("boilerplate", markup_content=False).run_html(_lists_page(kind))
    assert expected[-1] not in plain.text  # what the markup's evidence changes


def test_a_table_or_quote_in_a_figure_stays_but_its_caption_goes():
    page = (
        "<!doctype html><html><body><article><p>The council published its spending plans for the next three years "
        "on Tuesday, with the largest rise going to social care.</p><figure class='wp-block-table'><table>"
        "<tr><td>Social care</td><td>£12m</td></tr><tr><td>Roads</td><td>£4m</td></tr></table>"
        "<figcaption>Spending by service, 2024</figcaption></figure><figure class='pullquote'><blockquote>"
        "<p>We have protected the services people rely on most.</p></blockquote></figure><p>The plans go to a vote "
        "of the full council next month, and opposition members have said they will propose changes.</p>"
        "</article></body></html>"
    )
    res = articleclean.clean_html_and_explain(page)
    assert "Social care £12m" in res.text and "We have protected the services" in res.text
    assert removed_with(res, "Spending by service, 2024")[0] == "boilerplate.captions"


def test_aria_roles_mark_furniture_inside_the_article():
    page = (
        "<!doctype html><html><body><div class='story'><p>The council met on Monday to discuss the budget, which rises "
        "by four per cent this year after two years of cuts.</p><div role='navigation'><p>Previous story</p>"
        "<p>Next story</p></div><div role='complementary'><p>Key facts about the budget and the council's history, "
        "as the paper keeps them for every story on the subject.</p></div><p>The vote is next week, the leader said, "
        "and the opposition will table amendments.</p></div></body></html>"
    )
    res = articleclean.clean_html_and_explain(page)
    assert removed_with(res, "Next story")[0] == "boilerplate.navigation"
    assert removed_with(res, "Key facts about the budget")[0] == "boilerplate.sidebar"
    assert "The vote is next week" in res.text


def test_a_lone_surrogate_does_not_cut_the_page():
    page = "<html><body><article><p>The council met on Monday \udcff to discuss the budget for the coming year.</p></article></body></html>"
    assert "to discuss the budget for the coming year." in articleclean.clean_html(page)
