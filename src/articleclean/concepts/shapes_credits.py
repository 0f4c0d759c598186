"""Furniture shapes, second part: bylines, date stamps and reading time, wire and republication
credits, and captions that carry their picture's credit.

The table is read in order after :mod:`.shapes_prompts`; see
:data:`articleclean.concepts.shapes.SHAPES`.
"""

from __future__ import annotations

from .parts import (
    _BRACKET_DESK,
    _CAPTION_END,
    _CREDIT_OUTLET,
    _CREDIT_TAIL,
    _MONTH_NAME,
    _NAME,
    _NAMELESS_SLASH,
    _NAMES,
    _SLASH_CREDIT,
    _WIRE_ALTERNATION,
    NAME_AND_OUTLET,
    WIRE_CAPTION_DATED,
    WIRE_CAPTION_KIND,
    WIRE_NOTE,
    Shape,
)

CREDITS: tuple[Shape, ...] = (
    # bylines, stamps, reading time (as written: names are capitalised)
    Shape("byline.stamp", "reading time", r"\d{1,3}\s?(?:min|mins|minute|minutes)\s(?:read|listen)|(?:reading|listening) time\W+\d{1,3}\s?(?:min|mins|minutes)(?: read)?"),
    Shape(
        "byline.name",
        "byline",
        rf"(?i:by|story by|written by|words by|reporting by|reported by|report by|posted by|edited by)\s*:?\s*{_NAMES}"
        rf"(?:\s*[|,–-]\s*{_NAME})?",
        on_key=False,
        top_only=True,
    ),
    # a person's name and an outlet at the top, joined by a slash or "for" ("Jane Doe/National Post",
    # "Jane Doe for The Texas Tribune"): a picture's credit or a byline, either way the page's (the outlet
    # ends in a desk's or an outlet's word; "Jane Doe for Mayor" is a slogan, see _passes)
    Shape(
        "byline.name",
        NAME_AND_OUTLET,
        r"(?P<person>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3})(?:\s?/\s?|\sfor\s)(?P<outlet>(?:The\s)?[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3})",
        on_key=False,
        top_only=True,
        max_words=10,
    ),
    # the writer's role in small letters between "By" and the name ("By political editor Jane Smith", "By local
    # democracy reporter X", "By NF1 convenor X"): above the article only, the role ending in a desk's word or an
    # agent noun, no function word in it ("By the River Thames", "By lunchtime Downing Street" are headings)
    Shape(
        "byline.name",
        "byline with the writer's role",
        rf"(?:By|BY|by)\s+(?:[A-Z0-9][\w-]*\d[\w-]*\s+)?(?P<role>(?:[a-z][a-z-]+\s+){{1,4}}){_NAMES}",
        on_key=False,
        top_only=True,
    ),
    # "By: Linda Cook" anywhere: the colon makes it a label, never a sentence's "By then, ..."
    Shape("byline.name", "labelled byline", rf"(?i:by|story by|written by|words by|posted by)\s*:\s*{_NAMES}", on_key=False),
    # "Author: X", "Reporter: X": at the top or beside other furniture (a quiz's answer, a song's credit, an
    # awards shortlist's entry lower down are the article's)
    Shape("byline.name", "labelled byline", rf"(?i:author|reporter|writer)\s*:\s*{_NAMES}", on_key=False, weak=True),
    # a wire story's byline lower on the page: "By" and a news wire ("By AAP", "By The Associated Press";
    # not any agency of the list: "By Bloomberg", "By Zuma", "By Nine" head a breakdown's or a list's parts)
    Shape("byline.name", "byline of a wire story", r"(?:By|BY)\s+(?P<agency>[A-Z][\w.&'’ -]{1,50})", on_key=False),
    # ... or a name in capitals (AP's style: "By SOPHIE BATES"), at the top or beside other furniture (an
    # agency's line, a stamp): a bestseller list's "By KRISTIN HANNAH" or a hymn list's stays
    Shape("byline.name", "byline of a wire story", r"(?:By|BY)\s+(?P<wire>[A-Z][\w.&'’ -]{1,50})", on_key=False, weak=True),
    Shape(
        "byline.name",
        "byline with its date stamp",
        rf"(?i:by|story by|written by|words by|reporting by|posted by)\s*:?\s*{_NAMES}\s*[|,–-]?\s*(?P<stamp>[^\n]{{4,80}})",
        on_key=False,
    ),
    Shape(
        "byline.empty",
        "empty byline or stamp label",
        r"(?:by|posted|published|updated|last updated|posted on|published on|written by)(?:\W+(?:by|posted|published|updated|last updated|on))*",
        top_only=True,
    ),
    Shape(
        "byline.wire",
        "wire credit line",
        r"(?i:(?:additional )?reporting by|writing by|editing by|compiled by)\s[^\n]{2,100}?(?:;|,|\band\b)\s*"
        r"(?i:(?:additional )?reporting|writing|editing|compiled)\s(?i:by)\s[^\n]{2,100}|"
        r"[(—–-]?\s?(?i:with inputs from|with agency inputs|inputs from)\s?[^\n]{0,40}\)?",
        on_key=False,
        needs=('by', 'input'),
    ),
    # names with their date stamp and no "By" ("Jane Doe | John Roe Published December 6, 2022 Updated ...")
    Shape(
        "byline.name",
        "names with their date stamp",
        rf"(?P<names>{_NAMES}(?:\s*\|\s*{_NAMES})*)\s*[|,–-]?\s*(?P<stamp>(?:Published|Updated|Posted|Last updated|PUBLISHED|UPDATED|POSTED)\b[^\n]{{4,100}})",
        on_key=False,
        top_only=True,  # "Final Report Published 4 September 2024" in a timeline is the article's
        needs=("|",),  # a byline row's separator: "Highway Code Updated 29 January 2022" has none
    ),
    # a press release's source and issuer, its end mark; a wire desk's initials ("PTI NIT VN")
    Shape(
        "byline.source",
        "source or issuer of a press release",
        rf"(?:Source|SOURCE)\s?:\s?{_NAMES}\s?\((?:[\w ]{{0,30}}(?:News|Release|Statement|Media|Press)[\w ]{{0,20}})\)|"
        r"Issued by\s?:?\s?(?:the )?(?:[A-Z][\w'’.-]*\s){0,4}(?:Media|Press|Communications|PR)(?:\s(?:Centre|Center|Office|Desk|Team|Unit))?",
        on_key=False,
        needs=("source", "issued"),
    ),
    # the feed's footer a blog platform adds to a syndicated post ("The post Two Vehicle Accident, Hagley
    # appeared first on Tasmania Police."): an aggregator's copy of another site's story
    Shape(
        "byline.source",
        "the feed's note of where the post first appeared",
        r"The post [^\n]{2,200} appeared first on [^\n]{2,80}?\.?",
        on_key=False,
        needs=("appeared first",),
    ),
    # a wire story's closing credit ("Associated Press writer Jane Doe in London contributed to this report."):
    # at the top or beside furniture (experts "contributed to this report" in a story about a report)
    Shape(
        "byline.wire",
        "contributors' credit line",
        r"(?=[^\n]{0,120}\b(?i:writers?|reporters?|correspondents?|staff|journalists?)\b)"  # the newsroom's people, not a report's
        r"[A-Z][^\n]{2,200}?\bcontributed (?:reporting|to this (?:report|story|article))(?!['’])(?: from [A-Z][\w.,' -]{1,60})?\.?",
        on_key=False,
        needs=("contributed",),
        max_words=40,
        weak=True,
    ),
    # a republication credit above the article: the story says where it first appeared ("This article originally appeared in the
    # ABC", "This story was first published by ProPublica", "This article is republished from The Conversation
    # under a Creative Commons license"), maybe after its writer's line ("Article written by X, its political
    # correspondent."), or a republisher's footer that names the story's title and the outlet ("“Title” was first
    # published by The Texas Tribune, a nonprofit ... media organization ..."), the outlet named with a capital;
    # the credit ends at the outlet's name (capitalised words: "The Prairie Tribune", "Harbour Investigates"),
    # and a licence or "Read the original article": "This story was first published by the Herald in 1912, and
    # the paper has now apologised" is a lead paragraph
    # "This report was published on Monday by the ONS", "This story first appeared in the paper in 1901" and
    # "“Animal Farm” was first published by Secker and Warburg in 1945" are the article's
    Shape(
        "byline.source",
        "republication credit: where the story first appeared",
        r"(?:(?i:article |story |words )?(?i:written|reported) by [A-Z][^.!?\n]{2,160}\.\s+)?"
        r"(?:This|THIS) (?:article|story|piece|post|column|essay|op-ed|ARTICLE|STORY)(?: was| is| has been)?"
        r" (?:(?:first|originally) (?:published|appeared|ran|posted)|republished) (?:in|on|by|at|from|with|under) (?:the )?"
        rf"{_CREDIT_OUTLET}(?: (?:under|with) [^\n.]{{0,60}}?licen[cs]e)?\.?(?:\s(?:Read|View) the original(?: article| story| post)?\.?)?"
        rf"|[^\n]{{10,200}}[”\"] was (?:first|originally) published (?:by|in|on) (?:the )?{_CREDIT_OUTLET}"
        r"(?:,? (?:an?|the) (?:[\w-]+,? ){0,3}?(?:nonprofit|non-profit|newsroom|media organi[sz]ation|news organi[sz]ation)\b[^\n]{0,300}"
        r"| (?:under|with) [^\n.]{0,60}?Creative Commons[^\n]{0,200})",
        on_key=False,
        needs=("first", "originally", "republished"),
        max_words=80,
        top_only=True,  # above the article's paragraphs: at its end such a line is the article's own last word
    ),
    # a wire's publication note, anywhere (a national wire closes every story with it): the report and the
    # date it first ran, and nothing else ("This report by The Canadian Press was first published Dec. 21,
    # 2023.", "This story was originally published on March 3, 2024."); the date ends the line, so a
    # sentence about a report ("This report was first published in 1998 by the council and ...") stays
    Shape(
        "byline.source",
        WIRE_NOTE,
        r"(?:This|THIS) (?:report|story|article|item)(?: by (?:the )?"
        rf"{_CREDIT_OUTLET})? (?:was )?(?:first|originally) (?:published|posted|filed)(?: on)? "
        rf"(?:(?:{_MONTH_NAME})\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d|\d{{1,2}} (?:{_MONTH_NAME}),? (?:19|20)\d\d)\.?",
        on_key=False,
        needs=("first", "originally"),
        max_words=25,
    ),
    # (in capitals or between dashes only: a poem's line "ends" is the article's)
    Shape("footer.signoff", "end mark of a press release", r"[-–—]*\s?(?:ENDS|END|-30-)\s?[-–—]*|[-–—]+\s?[Ee]nds\s?[-–—]+|#\s?#\s?#", on_key=False),
    # a republisher's source line above the article, naming the outlet it took the story from ("Source: Radio
    # New Zealand", "SOURCE: The Valley Times"): capitalised words only, above the article's first paragraph
    # (a chart's "Source: Office for National Statistics" lower down is the article's)
    Shape(
        "byline.source",
        "source line naming the outlet a republished story came from",
        rf"(?:Source|SOURCE)\s?:\s?(?:the\s)?{_CREDIT_OUTLET}",
        on_key=False,
        needs=("source",),
        top_only=True,
        max_words=8,
    ),
    # a wire's name alone after a dash, closing its copy ("— Bernama", "– AFP"; a list's "- AFP" is a bullet's)
    Shape("byline.wire", "a wire's sign-off after a dash, closing its copy", rf"[—–]\s?(?:{_WIRE_ALTERNATION})", on_key=False),
    Shape("byline.source", "source line of a wire story", r"(?:(?i:h/t)\s?:?|(?i:via)\s?:)\s?(?:[A-Z][\w.&-]*|[A-Z]{2,})(?:\s(?:[A-Z][\w.&-]*|[A-Z]{2,})){0,4}", on_key=False),
    # credits and captions carrying a credit
    Shape("credit.photo", "photo credit", rf"{_CREDIT_TAIL}|(?i:video|photo)\s/\s(?P<credit2>[^\n]{{1,40}})", on_key=False, needs=('photo', 'pic', 'image', 'credit', 'video')),
    Shape("credit.photo", "photo credit in brackets", _BRACKET_DESK, on_key=False, needs=('(',)),
    Shape("credit.bracket", "credit in brackets", r"\([A-Z]{2,6}\)", on_key=False, needs=('(',)),
    # "(Courtesy of Jane Doe)", "Photo courtesy: Acme Homes": a name after it (see _nameish), never
    # "courtesy of the council's generosity"
    Shape(
        "credit.photo",
        "credit 'courtesy of' a name",
        # in brackets, or after a photo's word, or "Courtesy of" / "Courtesy:" (a heading's "Courtesy Car", a title's
        # "Courtesy Of The Red, White And Blue", a score's "Courtesy: 92%" are not); the name starts with a capital
        r"\((?i:(?:photos?|images?|pictures?|videos?)\s)?(?i:courtesy)(?:\s(?i:of)|\s?:)?\s?(?P<credit>[A-Z@][^()\n]{0,59}?)\)|"
        r"(?i:(?:photos?|images?|pictures?|videos?)\s)(?i:courtesy)(?:\s(?i:of)|\s?:)?\s?(?P<credit3>[A-Z@][^()\n]{0,59})",
        on_key=False,
        needs=("courtesy",),
    ),
    # ... bare ("Courtesy of Jane Doe") only at the top or beside other furniture: "Courtesy of Santa",
    # "Courtesy of VAR" head a story's parts
    Shape(
        "credit.photo",
        "credit 'courtesy of' a name",
        r"(?:Courtesy|COURTESY)(?:\s(?:of|OF)|\s?:)\s?(?P<credit4>[A-Z@][^()\n]{0,59})",
        on_key=False,
        needs=("courtesy",),
        weak=True,
    ),
    Shape("caption.credit", "image caption ending in its credit", rf"[^\n]{{8,400}}?{_CAPTION_END}{_CREDIT_TAIL}", on_key=False, needs=('photo', 'pic', 'image', 'credit', 'video')),
    Shape("caption.credit", "image caption ending in its credit", rf"[^\n]{{8,400}}?(?:[.!?\"”)]\s+|\s\|\s*){_SLASH_CREDIT}", on_key=False, needs=('/',)),
    Shape("caption.credit", "image caption ending in its credit", rf"[^\n]{{8,400}}?[.!?]\s?{_BRACKET_DESK}", on_key=False, needs=('(',)),
    # ... or in a photographer and a desk either side of a slash, maybe after "Source:" (see _slash_credit)
    Shape(
        "caption.credit",
        "image caption ending in its credit",
        r"[^\n]{8,400}?[.!?]\s+(?:(?i:source|photo|picture|image)\s?:\s?)?(?P<photographer>[A-Z][\w'’ -]{1,40}?)\s?/\s?(?P<desk>[A-Z][\w.&'’ /-]{1,60})",
        on_key=False,
        needs=("/",),
    ),
    # ... or in its desk's name and the picture's word after a dash ("... while the minister looks on. — Bernama
    # photo", "... on Friday. – AFP pic"): the desk a wire's name or capitalised words
    Shape(
        "caption.credit",
        "image caption ending in its credit",
        rf"[^\n]{{8,400}}?[.!?]\s[—–-]\s?(?:{_WIRE_ALTERNATION}|[A-Z][\w.&'’]*(?:\s[A-Z][\w.&'’]*){{0,3}})\s(?i:file\s)?(?i:photo(?:graph)?|pic(?:ture)?|image)s?",
        on_key=False,
        needs=("photo", "pic", "image"),
    ),
    # ... or in a nameless credit's word and the desk across a slash ("... Tim Roe. Supplied / City News", "File/AFP"),
    # as the credit alone is one
    Shape(
        "caption.credit",
        "image caption ending in its credit",
        rf"[^\n]{{8,400}}?[.!?]\s+(?P<nameless>{_NAMELESS_SLASH})",
        on_key=False,
        needs=("supplied", "file", "handout"),
    ),
    Shape("credit.photo", "photo credit", _NAMELESS_SLASH, on_key=False, needs=("supplied", "file", "handout")),
    Shape("caption.credit", "image caption ending in a picture number", r"[^\n]{8,400}?[.!?]\s*\([1-9]\d{5,9}\)", on_key=False, needs=('(',)),
    # ... or in a video's credit after a slash ("... in the latest headlines. Video / NZ Herald"), as the
    # credit alone is one (see credit.photo), or in a picture's label that lost its name ("... to increase
    # rates. Photo /", "... on Monday. Picture:", its colon trimmed here): each after the caption's last sentence
    Shape(
        "caption.credit",
        "image caption ending in its credit",
        r"[^\n]{8,400}?[.!?]\s+(?:(?i:video)\s?/\s?(?P<credit2>[^\n/]{1,40})|(?:Photo|Picture|Image|Photograph|PHOTO|PICTURE|IMAGE)(?:\s?/)?)",
        on_key=False,
        needs=("/", ":"),
    ),
    # a credit with no name, as US local papers print it ("Submitted photo", "Contributed photo", "Photo
    # submitted"), alone or ending a caption ("Jane A. Doe Submitted photo", "The new library. Contributed
    # photo"); where it ends a caption, as a credit is written ("... a submitted photo" is a sentence's, "Best
    # Submitted Photo" a contest's heading)
    Shape(
        "credit.photo",
        "photo credit with no name ('Submitted photo')",
        r"(?i:submitted|contributed|courtesy|supplied|provided) (?i:photo(?:graph)?|image|picture|pic)s?|(?i:photo|image|picture)s? (?i:submitted|contributed|supplied|provided)",
        on_key=False,
        needs=("photo", "pic", "image"),
    ),
    Shape(
        "caption.credit",
        "image caption ending in its credit",
        r"[^\n]{3,300}?[\s.!?)]\s?(?P<nameless>(?:Submitted|Contributed|Courtesy|Supplied|Provided) (?:photo(?:graph)?|image|picture)s?"
        r"|(?:SUBMITTED|CONTRIBUTED|COURTESY|SUPPLIED) (?:PHOTO|IMAGE|PICTURE)S?"
        r"|(?:Photo|Image|Picture|PHOTO|IMAGE|PICTURE)s? (?:submitted|contributed|supplied|provided|SUBMITTED|CONTRIBUTED|SUPPLIED|PROVIDED))",
        on_key=False,
        needs=("photo", "pic", "image"),
        max_words=60,
    ),
    # a wire's caption, opening on the picture itself with its date or its kind ("This March 28, 2017, file
    # photo, provided by X, shows Jane Doe.", "In this undated handout photo, ...", "This satellite image
    # shows fires near Delhi on Nov. 3, 2019."): one sentence; a writer's "This photo, taken in 1962, shows
    # my grandfather" or "This 1962 photograph, from the archive, shows ..." (no full date or kind before the
    # picture's word: a year alone is not one) and a reported sentence stay (see _passes)
    Shape(
        "caption.wire",
        WIRE_CAPTION_DATED,
        rf"(?:In )?[Tt]his (?:(?:19|20)\d\d,? )?(?:(?:undated |file |handout |satellite |aerial |drone |combination )*(?:{_MONTH_NAME})\.? \d{{1,2}},? (?:19|20)\d\d,? )"
        r"(?:undated |file |handout |satellite |aerial |drone |combination )*"
        r"(?:photo(?:graph)?|image|picture|pic|video (?:still|grab)|screen ?grab|still)s?"
        r"(?:,|\s(?:shows?|provided|released|taken|obtained|issued|supplied|made|from)\b)[^\n]{3,400}[.]",
        on_key=False,
        needs=("this",),
        max_words=60,
    ),
    # ... or with its kind only ("This satellite image from 1985 shows the glacier ...", "This handout image
    # from the prosecution shows the defendant ..."): an explainer's, a court report's or an appeal's
    # paragraph has that opening too, so it goes only in a caption's layout, beside the picture's credit
    # (see furniture)
    Shape(
        "caption.wire",
        WIRE_CAPTION_KIND,
        r"(?:In )?[Tt]his (?:(?:19|20)\d\d,? )?(?:undated |file |handout |satellite |aerial |drone |combination )+"
        r"(?:photo(?:graph)?|image|picture|pic|video (?:still|grab)|screen ?grab|still)s?"
        r"(?:,|\s(?:shows?|provided|released|taken|obtained|issued|supplied|made|from)\b)[^\n]{3,400}[.]",
        on_key=False,
        needs=("this",),
        max_words=60,
    ),
    # an image's alt text naming what the picture shows ("Image of Prime Minister Jane Doe"), beside its
    # credit only (see furniture): "Picture of health: ...", "Image of the week" head a story or a feature
    Shape(
        "caption.alt",
        "image alt text ('Image of ...') beside the picture's credit",
        r"(?:Image|Photo|Picture|Photograph)s? of (?!the (?:day|week|month|year)\b)(?P<caption>[^\n.!?:;\"“”]{3,120})",
        on_key=False,
        needs=("photo", "pic", "image"),
        max_words=15,
        untensed=True,
        weak=True,
    ),
)
