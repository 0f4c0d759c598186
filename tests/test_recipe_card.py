"""A recipe's card after the article is the article's (issue 12, do no harm): the classifier took a food
blog's card (short lines after the prose, among a share row) for page furniture.  Cards written here in
two sites' layouts: a food blog's ("Print" label, "Ingredients" / "Instructions") and a newspaper
magazine's ("Ingredients:" with bullets / "Method")."""

from __future__ import annotations

import pytest

import articleclean

PROSE = (
    "Autumn is the time for preserving, and this chutney uses the windfall apples that every garden seems to have in October.",
    "I like to make a big batch at the weekend, because it keeps for months in a cool cupboard and makes a lovely present.",
    "You can swap the raisins for dates or dried apricots, and add a little chilli if your family likes some heat.",
    "Serve it with cheese, cold meats or a ploughman's lunch, and keep the jars out of direct sunlight until they are opened.",
)
FURNITURE = ("Share this:", "Facebook", "Twitter", "Pinterest", "Related posts")

BLOG = (
    "Spiced Apple Chutney",
    "Print",
    "Ingredients",
    "1 kg cooking apples, peeled and chopped",
    "2 onions, finely chopped",
    "250 g raisins",
    "1/2 tsp ground cloves",
    "Instructions",
    "Put everything in a large pan and bring it slowly to the boil.",
    "Simmer for an hour, stirring now and then, until thick.",
    "Spoon into warm sterilised jars and seal.",
)
PAPER = (
    "Plum and ginger jam",
    "Ingredients:",
    "• 1.5 kg plums, halved and stoned",
    "• a thumb of fresh ginger, grated",
    "• 1 kg jam sugar",
    "Method",
    "Cook the plums with a splash of water until soft.",
    "Stir in the sugar until dissolved, then boil hard for ten minutes.",
    "Pour into jars and leave to set.",
)


@pytest.mark.parametrize("card", [BLOG, PAPER], ids=["blog", "paper"])
def test_a_recipe_card_after_the_article_stays(card):
    text = "\n\n".join((*PROSE, *card, *FURNITURE))
    out = articleclean.clean(text)
    for line in card:
        if line != "Print":  # a lone widget label: the labels cleaner's
            assert line in out.split("\n"), line
    assert "Related posts" not in out  # the furniture after the card still goes


def test_a_heading_alone_without_quantities_is_no_card():
    # an "Ingredients" heading over lines with no quantity (a product page's tabs): the classifier decides
    tabs = ("Ingredients", "Nutrition", "Reviews", "Delivery")
    text = "\n\n".join((*PROSE, *tabs, *FURNITURE))
    out = articleclean.clean(text)
    assert "Nutrition" not in out.split("\n")


def test_an_ingredients_box_with_no_method_is_no_card():
    # a shop's or a sponsor's box after a food story: ingredients and a link, no method (a review)
    box = ("Ingredients", "1 x 500 g bag pasta", "2 x 400 g tins tomatoes", "Find more ideas at example.co.uk")
    text = "\n\n".join((*PROSE, *box, *FURNITURE))
    assert "Find more ideas at example.co.uk" not in articleclean.clean(text).split("\n")


def test_the_card_ends_where_its_method_does():
    # a related recipes' titles and a nutrition box after the method (a review): the classifier's
    tail = ("Slow Cooker Chilli", "Saturates", "24 g fat")
    text = "\n\n".join((*PROSE, *BLOG, *tail, *FURNITURE))
    out = articleclean.clean(text).split("\n")
    assert BLOG[-1] in out and not any(t in out for t in tail)
