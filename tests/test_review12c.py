"""Harm review 12c (docs/audits/review12c.md): the article's own lines with the subscription and sign-up
lexicon that branch gpay's reader prompt by composition (articleclean.prompts, its hooks in
concepts.furniture_hit) removes and the code before it kept. Each case is a whole article of our own (UK, US,
Australian, Indian, Nigerian, Kenyan and Irish shapes); the line must stay. They failed on gpay, whose rule
was therefore not merged (twelfth session); on main they pass, and stay as must-stay cases for any later
prompt rule.
"""

from __future__ import annotations

import pytest

import articleclean


def _removed(*paras: str) -> set[str]:
    return {r.text.strip() for r in articleclean.clean_and_explain("\n\n".join(paras)).removals}


CASES = [
    pytest.param(
        [
            "Black Friday: beware the annual subscription trap",
            "Many Black Friday deals are for annual subscriptions that renew at full price.",
            "Pay £1 for the first month and you may be billed £120 the next year.",
            "Read the small print before you subscribe.",
            "Turn off auto-renew in your account as soon as you buy.",
        ],
        "Read the small print before you subscribe.",
        id="consumer-25",
    ),
    pytest.param(
        [
            "Sign in with Apple: is it safer?",
            "More apps now offer Sign in with Apple, which can hide your email address from the app.",
            "Sign in with Apple creates a random address that forwards to your inbox.",
            "Continue with your Google account and the app sees your real address.",
            "Security experts say either is safer than reusing a password.",
        ],
        "Sign in with Apple creates a random address that forwards to your inbox.",
        id="security-37",
    ),
    pytest.param(
        [
            "Newsletter founder on building a readership",
            "Sarah Okafor started her newsletter on Nigerian tech in a lockdown.",
            "Now 20,000 people read it every week.",
            "Her advice to others is simple.",
            "Write every week. Ask people to subscribe. Never buy a mailing list.",
            "She charges for a premium edition.",
        ],
        "Write every week. Ask people to subscribe. Never buy a mailing list.",
        id="speech-60",
    ),
    pytest.param(
        [
            "Energy bills: read your meter before prices change",
            "Energy prices change on 1 April, and suppliers will estimate your reading if you do not send one.",
            "Take a photo of your meter on the day.",
            "Keep reading your meter every month after that, so your bills stay accurate.",
            "Submit the reading through your supplier's app or website.",
        ],
        "Keep reading your meter every month after that, so your bills stay accurate.",
        id="consumer-62",
    ),
    pytest.param(
        [
            "Subscriptions: the winners and losers of the paywall era",
            "Five years after most British regional dailies began charging online, the picture is mixed.",
            "Unlimited access: worth the money?",
            "For readers who visit daily, a £5 pass is cheaper than the printed paper.",
            "E-edition",
            "Many older readers prefer the e-edition, a page-by-page copy of the print paper.",
            "Digital edition sales rose at 12 of the 20 titles we looked at.",
        ],
        "Unlimited access: worth the money?",
        id="press-66",
    ),
    pytest.param(
        [
            "Food bank's volunteers: 'Join us'",
            "Volunteers at a Nairobi food bank say they need more hands as demand doubles.",
            "Already a member? Renew online.",
            "That is the message on the door of the charity's office in Kibera, where members pay Sh500 a year.",
            "Not a member? Join today.",
            "The food bank fed 2,000 families last month.",
        ],
        "Already a member? Renew online.",
        id="charity-68",
    ),
    pytest.param(
        [
            "Readers puzzled by pop-up on council website",
            "Visitors to a council's website were shown a paywall-style pop-up on Wednesday.",
            "The pop-up read:",
            "Already have an account? Sign in.",
            "Continue with Facebook",
            "The council said a contractor had tested a new login page on the live site by mistake.",
        ],
        "Continue with Facebook",
        id="message-69",
    ),
    pytest.param(
        [
            "Free trials: five rules to avoid being charged",
            "Free trials turn into paid subscriptions for millions of shoppers every year, Citizens Advice says.",
            "Never sign up for a free trial with a debit card.",
            "Don't subscribe until you have read the terms.",
            "Save your receipts and your subscription emails.",
            "Go to your account and choose cancel subscription as soon as you sign up, if the service allows it.",
        ],
        "Never sign up for a free trial with a debit card.",
        id="consumer-75",
    ),
    pytest.param(
        [
            "Free trials: five rules to avoid being charged",
            "Free trials turn into paid subscriptions for millions of shoppers every year, Citizens Advice says.",
            "Never sign up for a free trial with a debit card.",
            "Don't subscribe until you have read the terms.",
            "Save your receipts and your subscription emails.",
            "Go to your account and choose cancel subscription as soon as you sign up, if the service allows it.",
        ],
        "Don't subscribe until you have read the terms.",
        id="consumer-75",
    ),
    pytest.param(
        [
            "Free trials: five rules to avoid being charged",
            "Free trials turn into paid subscriptions for millions of shoppers every year, Citizens Advice says.",
            "Never sign up for a free trial with a debit card.",
            "Don't subscribe until you have read the terms.",
            "Save your receipts and your subscription emails.",
            "Go to your account and choose cancel subscription as soon as you sign up, if the service allows it.",
        ],
        "Save your receipts and your subscription emails.",
        id="consumer-75",
    ),
    pytest.param(
        [
            "Free trials: five rules to avoid being charged",
            "Free trials turn into paid subscriptions for millions of shoppers every year, Citizens Advice says.",
            "Never sign up for a free trial with a debit card.",
            "Don't subscribe until you have read the terms.",
            "Save your receipts and your subscription emails.",
            "Go to your account and choose cancel subscription as soon as you sign up, if the service allows it.",
        ],
        "Go to your account and choose cancel subscription as soon as you sign up, if the service allows it.",
        id="consumer-75",
    ),
    pytest.param(
        [
            "Is your streaming bundle worth it?",
            "Bundles of streaming services can save money, but only if you watch them.",
            "Keep your subscription if you use it weekly.",
            "Drop it if you watch one show a month.",
            "For the best deal, subscribe annually.",
            "An annual plan is usually two months cheaper than paying monthly.",
        ],
        "Keep your subscription if you use it weekly.",
        id="consumer-76",
    ),
    pytest.param(
        [
            "Is your streaming bundle worth it?",
            "Bundles of streaming services can save money, but only if you watch them.",
            "Keep your subscription if you use it weekly.",
            "Drop it if you watch one show a month.",
            "For the best deal, subscribe annually.",
            "An annual plan is usually two months cheaper than paying monthly.",
        ],
        "For the best deal, subscribe annually.",
        id="consumer-76",
    ),
    pytest.param(
        [
            "Hospice launches newsletter for families",
            "A Galway hospice has launched a monthly newsletter for families of patients.",
            "It carries news from the wards, fundraising events and bereavement support.",
            "Join our newsletter, the charity asks in a leaflet sent to 4,000 homes.",
            "Get the newsletter by email each Friday, or collect a printed copy at reception.",
        ],
        "Get the newsletter by email each Friday, or collect a printed copy at reception.",
        id="charity-79",
    ),
    pytest.param(
        [
            "Science Museum launches family membership",
            "The Science Museum has launched a family membership costing £120 a year.",
            "What members get:",
            "- Free entry to paid exhibitions",
            "- Exclusive access to late openings",
            "- A monthly newsletter",
            "- 10% off in the shops",
            "The museum hopes to sign up 10,000 families in the first year.",
        ],
        "- A monthly newsletter",
        id="museum-81",
    ),
    pytest.param(
        [
            "Which streaming services to keep this year",
            "The average household pays for four streaming services, Deloitte estimates.",
            "Continue your subscription only if you use it.",
            "Enjoy your subscription, but check the price each year.",
            "Rotate services: watch one for a month, then switch.",
        ],
        "Continue your subscription only if you use it.",
        id="consumer-84",
    ),
    pytest.param(
        [
            "Which streaming services to keep this year",
            "The average household pays for four streaming services, Deloitte estimates.",
            "Continue your subscription only if you use it.",
            "Enjoy your subscription, but check the price each year.",
            "Rotate services: watch one for a month, then switch.",
        ],
        "Enjoy your subscription, but check the price each year.",
        id="consumer-84",
    ),
    pytest.param(
        [
            "Animal shelter asks supporters to stay in touch",
            "An animal shelter in Kiambu has run out of space after a surge in abandoned dogs.",
            "Its volunteers post daily updates online.",
            "Sign up to our mailing list, the email urges, and supporters get a weekly list of animals needing homes.",
            "Join our mailing list, the poster says, beside a photograph of a one-eyed terrier.",
        ],
        "Sign up to our mailing list, the email urges, and supporters get a weekly list of animals needing homes.",
        id="charity-86",
    ),
    pytest.param(
        [
            "Influencers face new disclosure rules in India",
            "Indian influencers must now disclose paid promotions under new consumer rules.",
            "Most videos end with a familiar request.",
            "Subscribe, like and share.",
            "The rules say nothing about that, but they do cover the products shown before it.",
        ],
        "Subscribe, like and share.",
        id="speech-100",
    ),
]


@pytest.mark.parametrize(("paras", "line"), CASES)
def test_article_line_stays(paras: list[str], line: str) -> None:
    assert line not in _removed(*paras)
