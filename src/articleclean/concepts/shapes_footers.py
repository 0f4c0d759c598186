"""Furniture shapes, third part: site footers and sign-offs, the outlet's pointers to its own
site, ad-blocker notices, metered-reading notes, quiz promos, links' instructions left without
their link and pictures' file names.

The table is read in order after :mod:`.shapes_credits`; see
:data:`articleclean.concepts.shapes.SHAPES`.
"""

from __future__ import annotations

from .parts import _BAR_ITEM, _MONTH_GATE, _MONTH_NAME, _MORE_OF, _RECIRCULATE, Shape

FOOTERS: tuple[Shape, ...] = (
    # site footers and sign-offs
    # the platform's credit ("Powered by Frankly", "Website by Acme Digital"): a name, nothing more; "by" in
    # small letters ("Powered By Women", every word capitalised, is a heading)
    Shape("footer.credit", "the site's platform credit", r"(?:[Pp]owered|[Ww]ebsite|[Ss]ite) by\s(?:[A-Z][\w.&'’-]*|[A-Z]{2,})(?:\s(?:[A-Z][\w.&'’-]*|&|and)){0,3}", on_key=False),
    # the outlet's standards link ("Our Standards: The Thomson Reuters Trust Principles."), alone or with its title
    Shape(
        "footer.standards",
        "link to the outlet's editorial standards",
        r"(?i:our (?:editorial )?standards|editorial (?:standards|guidelines|policy)|corrections policy|ethics policy)"
        r"(?:\s?:\s?(?:[A-Z][\w'’.-]*|of|and|the|&)(?:\s(?:[A-Z][\w'’.-]*|of|and|the|&)){0,7}\.?)?",
        on_key=False,
    ),
    # an e-mail address a page's protection script hid, alone or after its label ("Contact: [email protected]")
    Shape(
        "footer.contact",
        "contact line whose address the page hid ('[email protected]')",
        r"(?:(?i:contact(?: us)?|e-?mail(?: us)?|tips?|send (?:us )?(?:your )?(?:news|tips|stories))\s?:?\s?)?\[email\s?protected\]\*?",
        on_key=False,
        needs=("email",),
    ),
    Shape(
        "footer.legal",
        "copyright notice",
        r"(?i:copyright\s?)?(?:©|\(c\))\s?(?:\d{4}|[A-Z])[^\n]{0,300}|(?i:copyright)\s(?:©\s?)?\d{4}\b[^\n]{0,300}|"
        r"[^\n]{0,120}(?i:all rights reserved)(?:\.[^\n]{0,500})?",
        on_key=False,
        needs=('©', 'copyright', 'rights reserved'),
    ),
    Shape(
        "promo.signoff",
        "station sign-off",
        r"(?:please )?(?:stay with|keep it (?:here|locked) (?:on|to)|stay tuned to|check back with) .{1,40}?"
        r"(?:for (?:further |more |the latest )?updates|as (?:this|the) story (?:develops|unfolds)|for more)(?: on this story)?|"
        r"catch all the .{1,60} (?:news|updates) .{0,60}on [\w .]{1,30}|"
        # a station's promo of its bulletins, in the imperative: where and when to hear them ("Hear all the latest
        # news from across the region on the hour, every hour, on Hits Radio on DAB, at hitsradio.co.uk and on
        # the app.", "Get the latest local news every hour on our app and smart speaker")
        r"(?:hear|get|catch|listen to) (?:all )?the latest (?:[\w'’-]+ ){0,4}?(?:news|headlines|bulletins?|updates)\b[^.!?\n]{0,80}?"
        r"\b(?:on the hour|every hour|on dab|on fm|on (?:the |our )?[\w' ]{0,30}app|on (?:your |a )?smart speaker)\b[^\n]{0,200}",
    ),
    # the outlet pointing to its own site for the rest of its news ("For all the latest News, Mumbai,
    # Cricket and Business updates, visit Free Press Journal."): the site is named, never "the council's
    # website"; at the top, beside other furniture or inside a flattened box (a story's "For the latest
    # updates on the fire, visit Cal Fire." is its own)
    Shape(
        "promo.site",
        "the outlet's pointer to its own site for more news",
        r"(?i:for (?:all )?(?:the )?latest|for more)\b[^.!?\n]{1,140}?\b(?i:news|updates|stories|headlines)\b[^.!?\n]{0,80}?,?\s"
        r"(?i:visit|log on to|go to|head to)\s(?!the\b)[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}\.?",
        on_key=False,
        needs=("latest", "more"),
        max_words=40,
        weak=True,
    ),
    Shape(
        "promo.audio",
        "listen-to-this-article widget",
        r"(?:new\s?:\s?)?you can now listen to (?:this article|articles|our articles|this story).{0,40}|click here to listen(?: live)?|"
        r"listen to (?:this|the) (?:article|story)(?:\s?\d{1,3}\s?min(?:ute)?s?)?|listen to an audio version of (?:this|the) (?:news )?(?:article|story|report)(?: below)?|this audio is (?:generated|produced|created) (?:by|using|with) .{0,60}|"
        r"read a summary of this article.{0,60}|watch more of our videos\b.{0,120}",
    ),
    # the site asking the reader to allow its ads ("Please disable your ad blocker", "By allowing ads to
    # appear on this site, you support local businesses"): the notice alone, with nothing after it but
    # more of the notice, and only at the top or beside other furniture (a media story's subheading or a
    # help column's answer quotes the same words)
    Shape(
        "ad.appeal",
        "request to allow the site's ads",
        r"(?:(?:it looks like |we(?:'ve)? (?:noticed|see|notice) (?:that )?)you(?:'re| are) using an? ad ?-?blocker|"
        r"please (?:disable|turn off|whitelist|pause|switch off) (?:your )?ad ?-?blocker)"
        r"(?:[.!]?\s?(?:please |to (?:continue|keep reading)|(?:and |to )?support us|consider (?:whitelisting|supporting|disabling))[^.:;!?\n]{0,80})?[.!]?|"
        r"by allowing ads (?:to appear )?on (?:this|our) (?:web)?site,? you(?:'re| are)? support(?:ing)? [^.:;!?\n]{1,120}[.!]?",
        needs=("blocker", "allowing ads"),
        weak=True,
    ),
    # an appeal's or a paywall's opening, the outlet noting how much the reader has read ("It seems like
    # you've found a few articles worth reading.", "We noticed you've read a few of our stories this month."):
    # beside the appeal or at the top beside other furniture (a story's "You have read several articles
    # about the scheme" stays alone)
    Shape(
        "donation.appeal",
        "the outlet noting how much the reader has read (an appeal's opening)",
        r"(?:it (?:seems|looks) like |looks like |we(?:'ve)? (?:see|notice|noticed|can see) (?:that )?)?you(?:'ve| have) "
        r"(?:found|read|been reading|enjoyed|viewed) (?:a few|some|several|a number of|a lot of|many|\d{1,3})"
        r"(?: of our| of)?(?: [\w-]+){0,2} (?:articles|stories|pieces)"
        r"(?: (?:worth reading|this (?:month|week|year)|so far|recently|lately|on (?:our|this) (?:site|website))){0,2}",
        needs=("you",),
        max_words=30,
        weak=True,
    ),
    # a quiz's promo ("How well do you know this week's news? Test your knowledge."), alone, beside other
    # furniture or at the top: a quiz page's own standfirst has its questions under it
    # ... and its heading ("Quiz of the week", "News quiz"), likewise: a quiz page's own heading has its
    # questions under it
    Shape(
        "promo.quiz",
        "heading of a promo for the site's quiz",
        r"(?:(?:the|our|this week's|today's) )?(?:(?:weekly|daily) )?(?:news )?quiz(?: of the (?:week|day|month))?|take (?:our|the) (?:news )?quiz",
        needs=("quiz",),
        weak=True,
    ),
    Shape(
        "promo.quiz",
        "promo for the site's quiz",
        r"how (?:well|much) do you know [^?\n]{1,60}\?\s?test your knowledge[.!]?",
        needs=("test your knowledge",),
        weak=True,
    ),
    # a link's instruction left without its link, to more to read, watch or hear ("To read what happened on
    # the campaign trail after May 8, click here.", "Click here to watch the video", "(To view our epaper
    # please click here.)"): the whole line, nothing said or reported around it ("Click here to claim your
    # refund, the text read" goes on past a comma and stays), and never a product's own call to act ("Click
    # here to get more information or download this game" on its page is the page's)
    Shape(
        "related.link",
        "link instruction left without its link ('click here')",
        rf"(?:(?:to (?:{_RECIRCULATE})|for (?:{_MORE_OF})) [^.!?,;\"“”\n]{{0,100}},? )?"
        r"(?:please )?(?:click|tap) (?:here|on this link|this link)"
        rf"(?: (?:to (?:{_RECIRCULATE})|for (?:{_MORE_OF}))(?: [^.!?,;\"“”\n]{{0,100}})?)?",
        needs=("click", "tap"),
        max_words=30,
    ),
    # the publisher's other editions and shows, as an imperative: "Read our digital edition", "Read today's
    # e-paper here", "Listen to our daily news podcast" (a story's "The paper will close its print edition"
    # tells, and a reported "Listen to our podcast, she urged" is the article's)
    Shape(
        "promo.edition",
        "promo for the publisher's digital edition or podcast",
        r"(?:read|view|browse|download|check out|flip through) (?:our|the|today's|this week's|the latest) "
        r"(?:(?:digital|print|replica|online|interactive) (?:edition|replica|newspaper|paper|magazine)|e-?paper|e-?edition|"
        r"edition of (?:our|the) (?:newspaper|paper|magazine))(?: (?:here|now|online|today|for free|free))*|"
        # (the outlet's show: "our ... podcast" or "the podcast"; "the <Title> podcast" names another's show, an
        # item of a listicle of podcasts: "Listen to the Rest Is History podcast", "Download the Serial podcast")
        r"(?:listen to|subscribe to|download) (?:our (?:[\w'’-]+ ){0,3}|the )podcasts?(?: (?:here|now|on [\w ]{1,30}|wherever you get your podcasts))?",
        needs=("edition", "paper", "podcast", "replica"),
        max_words=20,
    ),
    # a link to more of the site's stories, as a sentence: "Read more stories from the Valley News.",
    # "See more stories from our Business section" (a story's "More stories emerged on Tuesday" tells)
    Shape(
        "related.link",
        "link to more of the site's stories",
        r"(?:read|see|view|find|discover|browse|get) (?:more|all|the latest|other|all the latest)"
        # (a section's word or two may name the stories: "Read more trending news", "See all local news")
        r"(?: (?!(?:from|on|in|about|at|by)\b)[\w'’-]+){0,2} "
        r"(?:stories|news|articles|headlines|coverage|reports)(?: (?:from|on|in|about|at|by) [^.!?\n]{1,60})?",
        max_words=16,
    ),
    # a "see also" link whose separator the scrape lost: the label, then the linked headline in capitals
    # ("See also Fire destroys barn in Cumberland County, N.S.", "Also read Minister says cuts will stay"); one
    # headline, no sentence after it, nobody reported ("Also read the small print, the watchdog warned") and
    # never a clause in lower case ("See also the council's report") nor a citation; "Read more" and "Related" before a
    # capital open the article's own lines too often ("Read more Tolkien", "Related Party Transactions")
    Shape(
        "related.link",
        "'see also' link whose separator was lost (the label, then the headline)",
        # (a citation is the article's: a case "R v Smith [2001]", a part of a report "Chapter 4", "Table 2")
        r"(?i:see also|also read|read also)\s(?![^\n]*\s(?:v|vs)\.?\s)(?![^\n]*\[\d{4}\])(?![^\n]*,\s(?i:which|who|whom|where|as)\s)"
        r"(?!(?i:chapters?|pages?|pp?\.|figures?|fig\.|tables?|sections?|paragraphs?|para\.|appendix|annex|notes?)\s)"
        r"[A-Z0-9\"“‘'](?:[^.!?\n]|[.!?](?!\s))*[.!?]?",
        on_key=False,
        needs=("see also", "also read", "read also"),
        max_words=25,
    ),
    # the site's marketplace box, in the imperative: search its listings of homes, jobs, cars or notices
    # ("Search for local real estate online now", "Find your next job with Courier Jobs", "Browse local
    # homes for sale"): only beside other furniture (a careers guide's tip "Search for local jobs online" stays)
    Shape(
        "promo.marketplace",
        "the site's marketplace box: search its listings",
        r"(?:search|find|browse)(?: for)? (?:(?:your|the|a) )?(?:next |dream |new )?(?:local )?"
        r"(?:real estate|propert(?:y|ies)|homes?(?: for sale)?|houses? for sale|jobs?|cars?|used cars|tradespeople|trades|businesses|"
        r"classifieds|public notices|death notices|obituaries)"
        r"(?: (?:online|near you|in your area|with [\w'’ ]{1,30}))?(?: (?:now|today|here))?",
        max_words=12,
        weak=True,
    ),
    Shape("promo.product", "the publisher's products", r"(?:free|featured|upcoming|latest) (?:e-?books?|webinars?|white ?papers?|podcasts?|masterclass(?:es)?)"),
    Shape(
        "paywall.prompt",
        "paywall prompt",
        r"enjoy unlimited (?:reading|digital access|access to (?:our|all) (?:articles|journalism|stories|content)).{0,80}|\*?full story in (?:this week's|today's|this month's|the) .{1,40}",
    ),
    # a bar of headlines at the page's top, maybe after its label ("9/11 ANNIVERSARY: Entertainment's response
    # to 9/11 | Covering 9/11 before smartphones | Academy players recall 9/11"): three headlines of three
    # words or more between pipes, above the article (a menu's "News | Sport | Weather" has single words, a
    # byline row its date; lower down, a table's row is the article's)
    Shape(
        "related.bar",
        "bar of headlines at the page's top",
        rf"(?:[^|\n:]{{2,40}}:\s)?(?:{_BAR_ITEM}\s\|\s){{2,}}{_BAR_ITEM}",
        on_key=False,
        needs=("|",),
        top_only=True,
    ),
    # counters of reads and views
    Shape("byline.counter", "read counter", r"read \d[\d,]* times|\d[\d,]* (?:views|reads)|views:? \d[\d,]*"),
    # markup and code left in the text: stray symbols, a colour, a style-sheet class, a bare image or tweet link
    Shape(
        "junk.markup",
        "markup left in the text",
        r"[\^×|~=+<>\[\]{}\\/_•·—–-]{1,10}|#[0-9a-fA-F]{6}|[•·*-]?\s?[a-z]+(?:-[a-z]+){2,}|pic\.twitter\.com/\w+|"
        r"https?://\S+\.(?:jpe?g|png|gif|webp)\S*|https?://img\.\S+|\]\]>|"
        # a file's or an embed's hash alone ("866872908062e7b1982cef16455f77e6": an MD5, a SHA-1 or SHA-256),
        # maybe after its timestamp ("20231221121236-25070e8c...")
        r"(?:\d{8,14}[-_])?(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})|"
        # a script's braces left between paragraphs ("} else {", "});", "})();"), and a tracking pixel's name
        r"\}\s?(?:else\s?\{|\)*\s?\(?\)?\s?;?)|fbpx|"
        # a publishing system's shortcodes left in the text ("[the_ad_placement id="obituaries"]",
        # "[automerge]1574096160[/automerge]"): a tag with an attribute or an underscore in its name, or a tag
        # closed round a short value ("[1]" or "[sic]" alone has neither)
        r"(?:\[(?:[a-z]+_[a-z_]+|[a-z]+(?=[^\]]*=))(?:\s+[a-z_-]+=(?:\"[^\"\]]{0,80}\"|'[^'\]]{0,80}'|[^\s\]]{1,40}))*\s?/?\]\s?)+"
        r"|\[([a-z]{2,20})\][^\[\]\n]{0,40}\[/\1\]",
        on_key=False,
    ),
    Shape(
        "caption.placeholder",
        "image placeholder or stock-image note",
        r"(?:representational|representative|file|stock|placeholder|archive) (?:image|photo|picture|pic)(?: used)?|"
        r"(?:image|photo|picture|pic)s? (?:used )?(?:is |are )?(?:for|only for) (?:representation|representational purposes|illustration|illustrative purposes)(?: only)?|"
        r"no caption|image unavailable|image not available|"
        # a screenshot's file name left as its alt text ("Screen Shot 2015-05-26 at 9.46.17 PM")
        r"screen ?shot \d{4}-\d\d-\d\d at \d{1,2}[.:]\d\d[.:]\d\d(?: ?[ap]\.?m\.?)?(?: \(\d{1,3}\))?",
    ),
    # a teaser card flattened onto one line: its section, date and headline glued together
    # ("Latest NewsFebruary 3, 2026Amid the raids, ...": no space where the card's fields met);
    # the section is a name (capitalised words: "Column - State of Inequality"), never a clause
    # ("The ruling came onMarch 3, 2021The council appealed" is a sentence with a typo)
    Shape(
        "related.card",
        "teaser card flattened onto one line (section, date and headline glued)",
        rf"(?P<label>[A-Z][^\n]{{0,79}}?[a-z)])(?:{_MONTH_NAME})\.? \d{{1,2}}, \d{{4}}[A-Z0-9\"“‘'][^\n]{{3,300}}",
        on_key=False,
        needs=_MONTH_GATE,
    ),
    # a section or an outlet's name glued to a date stamp ("MediaAugust 21, 2016", "The Advertiser2 days ago")
    Shape(
        "byline.stamp",
        "section or outlet name glued to its date stamp",
        rf"(?P<label>[A-Z][\w&'’ -]{{0,40}}?[a-z])(?:(?:{_MONTH_NAME})\.? \d{{1,2}}, \d{{4}}|\d{{1,2}} (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago)",
        on_key=False,
        needs=(*_MONTH_GATE, "ago"),
    ),
    # an embed's notice that it did not load ("This video is not available in your region."); a
    # site, a service or a page being unavailable is news as often as it is a notice, so only an
    # embed's nouns, or a site blocked "in your location", and only notice sentences after it
    Shape(
        "notice.unavailable",
        "notice that an embedded part of the page is unavailable",
        r"(?:(?:oops|sorry|we're sorry|we are sorry)\W+)?(?:(?:this|the) (?:video|content|embed|widget|player|live blog|feature)(?: you requested)? "
        r"is (?:currently |temporarily )?(?:unavailable|not available|no longer available)(?: in your (?:location|region|country|area))?"
        r"|(?:this|our) (?:website|site|content) is (?:currently |temporarily )?"
        r"(?:unavailable|not available) in your (?:location|region|country|area))"
        r"(?:[.!]\s?(?:we(?:'re| are) (?:working (?:hard )?to (?:restore it|get it back online|fix (?:it|this))|sorry for the inconvenience)"
        r"|please (?:try again(?: later)?|refresh the page|check back later)|we apologi[sz]e for the inconvenience)[.!]?){0,3}",
    ),
    # the site's notice that the story is old (a Malaysian site's "This article is 3 years old", an Australian
    # one's "This was published 3 years ago", a Welsh one's "This article is old - Published: <date>"): a notice
    # of the page's; a sentence that goes on ("This article is three years old but the advice stands") is the
    # article's, and the line must end where the notice does; "The report was published two years ago" is the
    # article's (only "this" page, in the site's words)
    Shape(
        "notice.age",
        "the site's notice that the story is old",
        r"this (?:article|story|post|page|content|was|item)(?: is| was)? (?:published )?(?:more than |over |almost |nearly )?"
        r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a) (?:years?|months?) (?:old|ago)"
        r"|this (?:article|story|post|content) is (?:old|archived|from our archives?)(?: [-–—|:] (?:published|posted)\b.{4,60})?",
        max_words=16,
        # only beside other furniture: a story about the label quotes it on a line of its own (review 12b)
        weak=True,
    ),
    # a placeholder left where a widget did not load ("Loading articles...", "Loading comments...", "Verifying
    # user"): with its dots, or the bot check's words
    Shape(
        "notice.loading",
        "a widget's loading placeholder",
        r"(?i:loading|please wait)(?: [\w ]{1,30}?)?\s?(?:\.{2,}|…)|(?i:verifying (?:user|you are (?:a )?human|your browser))[.…]*",
        on_key=False,
        needs=("loading", "wait", "verifying"),
        max_words=6,
    ),
    # the site's notice that the reader's browser is out of date, with what to do about it ("Your web browser is
    # no longer supported. To improve your experience update it here"): the advice makes it the site's to its
    # reader ("Your browser is out of date, Microsoft warns" is a headline)
    Shape(
        "notice.browser",
        "the site's notice that the reader's browser is out of date",
        r"(?i:your (?:web |internet )?browser (?:is|may be) (?:no longer supported|not supported|unsupported|out of date|outdated))"
        r"[.!]?\s?(?i:please |to [^.!?\n]{1,60}?,?\s)?(?i:update|upgrade|switch|download|use)\b[^.!?\n]{0,100}[.!]?",
        on_key=False,
        needs=("browser",),
    ),
    # the label of a tag's or an archive's listing page ("Posts tagged with "Schools"", "Tag Archives: Police"): a
    # listing's, never an article's ("Category: Best Actress" in an awards list is one, so not that)
    Shape(
        "navigation.archive",
        "the label of a tag's or an archive's listing page",
        # (the tag quoted or after a colon: "Stories filed under the new rules must be reviewed" is a sentence)
        r"(?i:tags?\s)?(?i:posts?|articles?|stories|entries) (?i:tagged|filed) (?i:with|under|as)"
        r"(?:\s?:\s?[^\s:]+(?:\s[^\s:]+){0,3}|\s?[\"“‘'][^\n\"“”‘’']{1,40}[\"”’'])"
        r"|(?i:tag|category) (?i:archives?)\s?:\s?[^\s:]+(?:\s[^\s:]+){0,3}",
        on_key=False,
        needs=("tagged", "filed", "archive"),
    ),
    # a caption that says who stands where in the picture: "Devon Conway (L) celebrates ...", "Jane Doe
    # (second left) and ...", "the bar found in the park (left)"; "(pictured)" is a tabloid's body text too,
    # and "(R)" / "(D)" a US party's
    Shape(
        "caption.position",
        "caption saying who or what is where in the picture",
        r"[^\n]{0,300}?\((?:(?:far|second|third) )?(?:left|right|centre|center)(?: to (?:left|right))?\)[^\n]{0,300}"
        r"|[^\n]{0,300}?\((?:from|on the) (?:left|right)\)[^\n]{0,300}|[^\n]{0,300}?\((?:L-R|l-r|L to R|left to right)\)[^\n]{0,300}"
        r"|[^\n]{0,300}?\(second (?:from (?:left|right)|left|right)\)[^\n]{0,300}|[^\n]{0,300}?\(L\)[^\n]{0,300}",
        on_key=False,
        needs=("(",),
        untensed=True,  # "Smith (left) was jailed for six years": a tabloid's body text pointing at its picture
    ),
    # a pager ("Page 2 of 2", "(Page 1 / 3)") and the page's own title with its site's address ("Missing
    # teen false alarm - KMOV.com", "Council backs plan | Example.co.uk"), as a browser tab shows it
    Shape("navigation.pager", "page number of a story split over pages", r"\(?(?i:page)\s?\d{1,3}\s?(?:of|/)\s?\d{1,3}\)?", on_key=False),
    Shape(
        "navigation.title",
        "the page's title with its site's address",
        r"[A-Z0-9\"“‘'][^\n]{2,150}?[^.!?:,;]\s(?:[-–—|])\s(?:[A-Za-z0-9-]+\.)+(?:com|co\.uk|org|net|ie|ca|com\.au|co\.nz|co\.za|in|news|tv)",
        on_key=False,
        needs=(".com", ".co", ".org", ".net", ".ie", ".ca", ".in", ".news", ".tv"),
    ),
    # an image's file name left as a line
    Shape(
        "caption.file",
        "image file name",
        r"(?:img|dsc|dscn|dscf|pxl|screenshot|screen shot)[ _-]?\d[\w .-]{2,40}(?:\.(?:jpe?g|png|gif|webp))?"
        r"|\d{4}-\d\d-\d\d-[a-z0-9-]{3,60}|[\w-]{1,60}\.(?:jpe?g|png|gif|webp)",
    ),
)
