"""Furniture shapes, first part: ad markers, comment-section furniture, share and follow
prompts, related-story links and headings, sign-up, paywall and registration prompts and offers.

The table is read in order with :mod:`.shapes_credits` and :mod:`.shapes_footers`; see
:data:`articleclean.concepts.shapes.SHAPES`.
"""

from __future__ import annotations

from .parts import _ACCOUNT_ACT, _CUR, _NETWORKS, _PERIOD, _READ_ON, _SORT_OPTION, AD_SPACE_OFFER, Shape

PROMPTS: tuple[Shape, ...] = (
    # ads: a marker, maybe numbered or with its "hide" button and "continues below" note
    Shape(
        "ad.marker",
        "advertisement marker",
        r"(?:advertis[e]?ments?|advertisment|advert|ad|sponsored|paid (?:content|post)|promoted)(?:\s+\d{1,2})?"
        r"(?:\s*(?:[-–|:]\s*)?(?:hide ad|skip ad|scroll to continue(?: with content)?|continue reading below|"
        r"(?:story|article|content) continues below))*",
    ),
    Shape("ad.marker", "advertisement marker", r"(?:hide ad|skip ad)(?:\s*(?:hide ad|skip ad|advertisement))*"),
    Shape(
        "ad.marker",
        "'continues below' note of an ad slot",
        r"(?:this advertisement has not loaded yet,? but )?(?:your |the )?(?:story|article|content|text) continues "
        r"(?:below|after (?:this |the )?(?:advertisement|advert|ad))(?: (?:this |the )?(?:advertisement|advert|ad))?",
    ),
    Shape("ad.marker", "ad slot label", r"article content|scroll (?:down )?to continue(?: reading| with content)?"),
    # the site's own offer of its ad space, in the slot: "Advertise with us", "– Advertise on example.co.nz –",
    # "Advertise here", "Advertise in the Courier" (capitalised: the paper's name)
    Shape(
        "ad.marker",
        AD_SPACE_OFFER,
        r"[-–—|•\s]*(?:ADVERTISE|Advertise)\s(?:with us|here|(?:on|in|with)\s(?:[\w-]+(?:\.[\w-]+)+|(?:the\s)?[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,3}))"
        r"(?:\s(?:today|now))?[-–—|•\s]*",
        on_key=False,
        needs=("advertis",),
        max_words=8,
    ),
    # comments: counters and the comment box's own lines
    Shape("comments.furniture", "comment counter", r"(?:comments?|replies|responses)\s*\(?\d{1,5}\)?|\(?\d{1,5}\)?\s*(?:comments?|replies|responses)|reader comments\s?\(?\d{1,5}\)?"),
    Shape(
        "comments.furniture",
        "comment box prompt",
        r"please (?:enter|type|write) your (?:comment|name|email(?: address)?|reply)(?: here)?|"
        r"your email address will not be published.{0,80}|this site uses akismet to reduce spam.{0,80}|"
        r"(?:comments?|commenting) (?:policy|rules|guidelines)\s?:.{0,400}|comments?\s?:\s?our (?:rules|house rules)|"
        r"you must be (?:logged in|signed in|registered) to (?:post a )?comment.{0,20}|"
        r"thank you for your comment.{0,120}|scroll down to comment below|what did you think\W.{0,80}comment below",
    ),
    Shape(
        "comments.furniture",
        "comment rules",
        r"(?:keep it clean|don't threaten|be truthful|be nice|be proactive|share with us)\.\s.{0,200}|please turn off your caps lock",
    ),
    Shape("comments.furniture", "comment counter", r"\d{1,5} comments? (?:for|on)\s?:\s.{1,200}"),
    # the outlet's note on its comments, to the reader ("We invite you to use our commenting platform
    # ...", "we welcome and encourage you to share your views"): see _comment_policy
    Shape("comments.policy", "the outlet's note to readers on its comments", r"[^\n]{10,500}", on_key=False, needs=("comment", "your views"), weak=True),
    # ... and any note of the comment section's rules, to the reader or in the present ("Comments may take up
    # to an hour for moderation before appearing on the site.", "By commenting, you agree to abide by our
    # community guidelines.", "You must be a subscriber to comment."): see _comment_rules; only at the top
    # or beside other furniture (the comment section's own lines)
    Shape(
        "comments.rules",
        "the comment section's rules or moderation, to the reader",
        r"[^\n]{10,400}",
        on_key=False,
        needs=("comment", "forum", "moderat", "guidelines"),
        max_words=60,
        weak=True,
    ),
    # share / follow / contact prompts: an imperative addressed to the reader, naming networks (as written)
    Shape(
        "share.prompt",
        "follow prompt naming social networks",
        rf"(?:[^.!?\n]{{0,60}}[.!?]\s+)?(?:(?:Please|Tap here to|Click here to|Also,?)\s)?(?i:follow|join|like|subscribe to|find) "
        rf"(?:(?:us|our [\w -]{{1,30}}?|[A-Z0-9][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){{0,4}}) (?:on|via|for) (?:the )?{_NETWORKS}"
        # ... or its handle with "us" ("Follow us @CityDesk")
        rf"|us\s@\w{{2,30}}(?:\s(?:on|via) (?:the )?{_NETWORKS})?)"
        rf"(?:\s(?i:channel|group|page|account|handle)s?)?(?:[\s,.;:!–-][^\n]{{0,160}})?",
        on_key=False,
        needs=('follow', 'join', 'like', 'subscribe', 'find'),
    ),
    # (a handle alone, "Follow @CityDesk on Twitter for updates", is not the outlet's by its shape: the
    # article points the reader to another body's account as often, "Follow @MetOffice on X for the latest
    # warnings.", an election guide's list of whom to follow, with a live blog's "Share" beside it)
    # ... after a clause (", or follow us on X": "Keep up to date on our website, or follow us on Facebook")
    # or "You can", or naming the network in the page's name ("our County Durham Facebook page", "our
    # WhatsApp or Telegram channels"): the account is the outlet's ("us", "our"), never another's ("..., and
    # follow Joe Wicks on YouTube"), and no one writes as "I" (a letter's "join our Save the Library group")
    Shape(
        "share.prompt",
        "follow prompt naming social networks",
        rf"(?!.*\bI\b)(?!(?:Q|A)\.?\s?:)(?:[^.!?\n]{{0,100}},\s(?:or|and)\s|(?:You can(?: also)?|Please|Also,?)\s)?(?i:follow|join) "
        rf"(?:us (?:on|via) (?:the )?{_NETWORKS}|our (?:[\w'’-]+ ){{0,5}}?{_NETWORKS}\s(?i:channel|group|page|account)s?\b)"
        rf"(?:[\s,.;:!–-][^\n]{{0,120}})?",
        on_key=False,
        needs=('follow', 'join'),
        max_words=30,
        weak=True,  # a club's, a library's or a police appeal's own "follow us" between its paragraphs
    ),
    Shape(
        "share.prompt",
        "share prompt",
        r"share (?:this|the|our) (?:article|story|post|page|video|link)?\s?(?:now|with (?:a friend|friends|your friends))?"
        r"(?:\s?(?:on|via|with) .{1,60})?|share via|share this (?:story |article |post )?on (?:facebook|twitter|x|social media)\b.{0,200}|"
        r"(?:click here to |tap here to )?join our (?:whatsapp|telegram|google news)(?: channel| group)?.{0,80}",
    ),
    Shape(
        "share.prompt",
        "contact prompt for news tips",
        r"(?:have you got|got|have|do you have) (?:a|any) (?:story|news tip|tip|news story|tip-off)(?: for us)?\?"
        # (after the question, nothing or a way to get in touch: "Have you got a story? Everyone has one" is a column's)
        r"(?:\s?(?=.{0,120}\b(?:e-?mail|call|ring|send|contact|get in touch|message|whatsapp|text)\b)"
        r"(?=.{0,160}(?:\b(?:us|our|newsdesk|newsroom)\b|@|\d{4}))[^:\n]{0,200})?|"
        r"send (?:us )?your (?:news|stories|pictures|photos|tips) (?:to|and|via|at)\b.{0,200}|"
        r"eyewitness\?\s?(?:submit|send|share) your .{0,120}",
    ),
    # the newsroom's call for tips, by its own words ("Have a News Tip?", "Got a news tip? Get in touch here",
    # "Submit a News Tip"): a "news tip" is always the outlet's ask (a bare "tip" or "story" is not)
    Shape(
        "share.prompt",
        "contact prompt for news tips",
        r"(?:have you got|got|have|do you have) (?:a|any) news tips?(?: for us)?\??(?: (?:get in touch|contact us|let us know|tell us)(?: here| below| now| today)?)?"
        r"|(?:submit|send us|send) (?:a|your|us (?:a|your)) news tips?(?: here| below| now| today)?",
    ),
    # a blog platform's likes widget ("%d bloggers like this:", "Like Loading..."), left as text ("Like this:"
    # alone may be a how-to's line over its example: not a shape)
    Shape(
        "share.buttons",
        "a blog platform's likes widget",
        r"(?:%?d|\d{1,5}|one) bloggers? likes? this:?|like loading(?:\.{2,}|…)?",
        weak=False,
    ),
    # related: "read more" links and related-list headings
    Shape(
        "related.link",
        "'read more' link",
        r"(?:read more|read next|read also|also read|see also|more here|click here for more|click here to read more|click to read more|"
        r"continue reading|read (?:the )?full (?:article|story)|full story|continue to (?:the )?(?:article|story)|see more|view more|"
        r"read (?:more|the (?:full )?story|the full article|his article|her article|their article|that letter|"
        r"the letter|the report|our story|more about it)(?: and (?:see|watch) the video)?(?: here| at| on .{1,40})?)",
    ),
    Shape(
        "related.link",
        "link to another story",
        r"(?:read more|read also|also read|read next|more|see also|related|similar news)\s?[:;>›»]\s?[^.]{3,200}[?!]?|"
        r"read\s?[>›»]\s?[^.]{3,200}[?!]?|"
        r"(?:learn|find out|read) more(?: at| here| about (?:us|this))?\s?[›»>]?|recommended (?:next|for you)\b.{0,40}",
    ),
    Shape("related.link", "link to the previous or next story", r"(?:Previous|Next|PREVIOUS|NEXT) (?:article|post|story|ARTICLE|POST|STORY)(?=[A-Z]|\s*[:»›]|$)[^\n]{0,200}", on_key=False),
    Shape("related.link", "teaser that ends in 'read more'", r".{10,400}(?:…|\.\.\.)\s*read more(?: »|›)?", needs=('read more',)),
    Shape(
        "related.heading",
        "heading of a related-stories list",
        r"(?:more|latest|related|recent|similar|top|trending|popular|recommended|other|most (?:read|popular|recent|viewed|shared|commented))"
        r"(?:\s+(?:national|local|world|international|business|sport|sports|politics|entertainment|opinion|uk|us|from|this|the|week's|today's)){0,2}"
        r"\s+(?:news|stories|articles|posts|headlines|videos|reads|links)",
    ),
    # sign-up and paywall prompts
    Shape(
        "signup.prompt",
        "newsletter sign-up prompt",
        r"(?:for (?:the latest|more|all the latest) .{1,60}? )?(?:sign up|subscribe|register) (?:to|for) (?:(?:our|the|my) "
        r"(?:free )?(?:[\w'-]+ ){0,4}(?:newsletters?|emails?|bulletins?|briefings?|digests?|news alerts)|"
        r"(?:free )?(?:[\w'-]+ ){0,3}news (?:alerts|emails|updates|digests?|bulletins?))(?: here| now| today)?",
    ),
    # a newsletter's pitch: what it brings to the reader's inbox ("... delivered straight to your inbox",
    # "A free daily email with the biggest stories of the day", "Fight disinformation: Sign up for the free
    # X newsletter and follow the news that matters.")
    # (a pitch is a noun phrase or an imperative: a line with a tensed verb, "Under the new scheme, results
    # will be delivered straight to your inbox", is a sentence of the article, see _passes)
    Shape(
        "signup.prompt",
        "newsletter pitch",
        r"[^.!?\n]{0,120}\bdelivered (?:straight |directly |right )?to your inbox\b[^.!?\n]{0,120}|"
        r"[^.!?\n]{0,60}\b(?:our|the) (?:[\w'-]+ ){0,3}(?:newsletters?|briefings?|emails?|digests?|bulletins?|stories|headlines|news)"
        r" (?:in|into|to|straight to|direct to) your inbox\b[^.!?\n]{0,80}|"
        r"(?:an? |our )?free (?:daily|weekly|morning|evening|twice-weekly|monthly) (?:email|e-mail|newsletter|briefing|digest) "
        r"(?:with|of|from|on|about|that|for)\b(?:[^.!?\n]|\.(?=\S)){0,160}",
        needs=("inbox", "free"),
        untensed=True,
    ),
    Shape(
        "signup.prompt",
        "newsletter sign-up prompt",
        r"[\w' -]{1,40}: (?:sign up|subscribe|register) (?:for|to) (?:the|our) free (?:[\w'-]+ ){0,5}"
        r"(?:newsletters?|emails?|bulletins?|briefings?)(?: here| now| today)?"
        r"(?: and (?:follow|never miss|stay|keep up|get|receive)\b[^.!?\n]{1,80})?|"
        r"sign up (?:here |now |today )?to (?:receive|get) (?:our|the) (?:[\w'-]+ ){0,4}"
        r"(?:newsletters?|emails?|updates|alerts|stories|investigations|briefings?|bulletins?)\b[^.!?\n]{0,80}",
        needs=("inbox", "free", "sign up", "subscribe", "register"),
    ),
    # the sign-up form's small print: the captcha's notice, and what the reader agrees to by signing up ("This
    # site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "By signing
    # up, you agree to our Privacy Policy and Terms of Use."): the consent only beside other furniture (a
    # tech explainer's "By signing up, you agree to let the app track you" is the article's)
    Shape(
        "signup.prompt",
        "the sign-up form's captcha notice",
        r"this (?:site|form|page) is protected by recaptcha\b[^\n]{0,160}",
        needs=("recaptcha",),
    ),
    Shape(
        "signup.prompt",
        "the sign-up form's consent line",
        r"by (?:signing up|subscribing|registering|submitting (?:this form|your email)|entering your email|clicking [^,\n]{1,30}),? "
        r"you (?:agree|consent|acknowledge|accept)\b[^\n]{0,80}\b(?:privacy|terms|policy|policies|notice|cookie|marketing|emails?)\b[^\n]{0,120}",
        needs=("by signing up", "by subscribing", "by registering", "by submitting", "by entering", "by clicking"),
        max_words=50,
        weak=True,
    ),
    Shape(
        "paywall.prompt",
        "log-in or subscribe prompt",
        r"(?:already (?:have an account|a (?:subscriber|member)|registered)|not (?:yet )?a (?:subscriber|member)|"
        r"(?:already )?(?:have|got) an? (?:subscription|account)\?|do you have an? (?:subscription|account)\?|"
        r"don't have an account|have you registered with us yet)\W*(?:(?:please )?(?:log ?in|sign ?in|subscribe|register|"
        r"join|click)\b.{0,80})?|"
        r"(?:print |digital )?(?:subscribers?|members?)\W*(?:log ?in|sign ?in)(?: here| now)?",
    ),
    Shape(
        "paywall.prompt",
        "paywall prompt",
        r"(?:to (?:continue|keep) reading|to read (?:this|the full|all of this) (?:article|story|investigation)?)\W"
        r"(?=.{0,200}\b(?:subscri|log ?in|sign ?in|register|account|member))(?:.{0,200})|"
        r"(?:this|the) (?:content|article|story|page) is (?:only )?(?:available |reserved |exclusive |limited )?(?:only |exclusively )?(?:to|for) "
        r"(?:paid |paying |premium |registered |digital )?(?:subscribers|members).{0,200}|"
        r"please (?:log|sign) ?in (?:to|for) (?:continue|read|view|access|premium).{0,200}|"
        r"you(?:'ve| have) (?:reached|read|used) (?:your|the|all|\d+ of) .{0,40}free (?:articles?|stories)\b.{0,120}|"
        r"(?:click here to )?subscribe (?:to|today|now)(?: [\w.'’-]+){0,4}|(?:click|tap) here to subscribe|read this article for free|"
        r"start (?:your )?free trial",
    ),
    Shape(
        "paywall.offer",
        "subscription offer",
        r"(?:add|get|enjoy|upgrade to) [^.!?\n]{1,80}\b(?:access|subscription|membership)\b[^.!?\n]{0,60}\bfor (?:only|just) [^.!?\n]{0,40}|"
        r"this is where we(?:'d| would) (?:usually |normally |ordinarily )?(?:stop you|ask you to (?:pay|subscribe))\b[^\n]{0,300}",
        needs=("for only", "for just", "this is where"),
    ),
    Shape(
        "paywall.offer",
        "subscription price",
        rf"\*?(?:only |just )?(?:{_CUR})\s?\d{{1,4}}(?:\.\d\d)?\s?(?:/|per |a |every )(?:\d+ )?{_PERIOD}s?\*|"
        rf"(?:only|just) (?:{_CUR})\s?\d{{1,4}}(?:\.\d\d)?\s?(?:/|per |a |every )(?:\d+ )?{_PERIOD}s?|"
        rf"\*?(?:{_CUR})\d{{1,4}}(?:\.\d\d)? for (?:the first |your first )\d{{1,2}} {_PERIOD}s?\*?|"
        r"\*(?i:billed as|no charge for|your next subscription) [^\n]{1,250}",
        on_key=False,
        needs=('$', '£', '€', '₹', 'rs', 'billed', 'no charge', 'subscription'),
    ),
    # an offer's price for a first period, alone ("Get 3 months for $1", "Just $1 for 3 months", "Only $1 a week
    # for the first 12 weeks"): only beside other furniture (a deals story's list has its products' names)
    Shape(
        "paywall.offer",
        "subscription offer: its price for a first period",
        rf"(?:(?i:get|try|enjoy|start with) )?(?:(?i:your first) )?(?:\d{{1,2}}|(?i:one|two|three|six|twelve)) (?i:weeks?|months?|years?) "
        rf"(?i:for|at) (?:(?i:only|just) )?(?:{_CUR})\s?\d{{1,4}}(?:\.\d\d)?\*?|"
        # (a first period always: "£4.99 per month" alone is a price list's line)
        rf"(?:(?i:only|just) )?(?:{_CUR})\s?\d{{1,4}}(?:\.\d\d)? (?:(?i:a|per|/) (?i:{_PERIOD}) )?(?i:for) (?:(?i:the first|your first) )?"
        rf"(?:\d{{1,2}}|(?i:one|two|three|six|twelve)) (?i:{_PERIOD})s?\*?",
        on_key=False,
        needs=("$", "£", "€", "₹", "rs"),
        max_words=16,
        weak=True,
    ),
    # ... and the call to subscribe with its price or its saving ("Subscribe for just $1", "Save 50% on a digital
    # subscription")
    Shape(
        "paywall.offer",
        "call to subscribe with its price or saving",
        rf"(?i:subscribe|join now|sign up)(?: (?i:now|today))? (?i:for|from) (?:(?i:only|just) )?(?:{_CUR})\s?\d{{1,4}}(?:\.\d\d)?"
        r"(?: (?i:a|per|/|for) [^,.!?\n]{1,40})?[.!]?|"
        r"(?i:save) \d{1,2}% (?i:on) (?:(?i:a|your) )?(?:(?i:digital|print|premium|annual|online) )?(?i:subscription|membership)[^,.!?\n]{0,40}[.!]?",
        on_key=False,
        needs=("subscribe", "join now", "sign up", "save"),
        max_words=20,
    ),
    # the condition for reading on, to the reader, in either order: the act, then what it unlocks ("Subscribe or
    # log in to see the rest of the content", "Log in to read the full story"), or what the reader wants, then
    # the act ("To access content, please login or purchase a subscription", "To read this story, you'll need to
    # become a subscriber"); an article's "Visitors must register to view the exhibits" names neither
    Shape(
        "paywall.prompt",
        "condition for reading on: subscribe, log in or register",
        rf"(?:please )?{_ACCOUNT_ACT}(?:\s?(?:,|or|and|/)\s?{_ACCOUNT_ACT}){{0,3}}(?: now| today| here| for free| free| instantly)? "
        rf"(?:to|and) {_READ_ON}|"
        rf"(?:in order )?to {_READ_ON}[,;:]?\s?"
        r"(?:please |simply |you(?:'ll| will)? (?:must|need to|have to|be asked to) |you must |you need to )?"
        rf"{_ACCOUNT_ACT}\b[^.!?\n]{{0,100}}|"
        # ... asked as a question ("Want to keep reading? Subscribe now.")
        rf"(?:do you )?(?:want|wish|like|ready) to {_READ_ON}\??\s?(?:please )?{_ACCOUNT_ACT}\b[^.!?\n]{{0,60}}|"
        # ... or the acts alone, two or more ("Please log in or subscribe.", "Sign in or register to continue")
        rf"(?:please )?{_ACCOUNT_ACT}(?:\s?(?:,|or|and|/)\s?{_ACCOUNT_ACT}){{1,3}}(?: now| today| here| to continue)?|"
        # ... or what the subscription gives ("Subscribe to The Courier for unlimited access")
        rf"(?:please )?{_ACCOUNT_ACT}(?: (?:to|with) [^.!?\n]{{1,40}}?)? for (?:full|unlimited|complete|instant) (?:digital |online )?access\b[^.!?\n]{{0,40}}|"
        # ... or who may read on ("You need to be logged in to read this article.", "Only subscribers can read
        # this story.")
        rf"(?:you (?:need|have|must|will need)(?: to)? be (?:logged in|signed in|registered|a (?:paying |registered |digital )?(?:subscriber|member))"
        rf"|only (?:paying |registered |digital )?(?:subscribers|members) (?:can|may)) (?:to )?{_READ_ON}|"
        # ... or reading on with one ("Read the full story with a subscription")
        r"(?:read|continue reading|keep reading)(?: [^.!?\n]{1,40}?)? with (?:a |an |your )?(?:digital |premium |online |free )?(?:subscription|membership|account)\b[^.!?\n]{0,40}",
        max_words=40,
    ),
    # a call to subscribe with nothing more ("Become a subscriber today", "Start your subscription"), and a
    # label of content for subscribers ("Exclusive content for subscribers", "Subscriber-only story"): only
    # beside other furniture (a club's "Become a member today" closes the article's appeal)
    Shape(
        "paywall.prompt",
        "call to subscribe, or a label of content for subscribers",
        r"(?:please )?(?:become (?:a |an )?(?:paying |premium |digital )?(?:subscriber|member)|start (?:your|a) (?:free |digital )?(?:subscription|trial|membership))"
        r"(?: (?:today|now|here))?|"
        r"(?:(?:premium|exclusive|subscribers?[- ]only|members?[- ]only)\s){1,2}(?:content|article|story|stories)(?: for (?:subscribers|members))?|"
        r"(?:exclusive|premium) (?:content )?for (?:subscribers|members)",
        weak=True,
    ),
    # a registration wall: the story is free once the reader registers or signs in, and the note for those
    # who have ("This article is free to read if you register or sign in.", "If you have already registered
    # or subscribed, please sign in to continue.", "If you're already a member, log in here")
    Shape(
        "paywall.prompt",
        "registration wall: free to read once the reader registers or signs in",
        r"(?:this|the) (?:article|story|content|page|piece) is (?:free|available) to (?:read|view|access)(?: for free)? "
        r"(?:if|when|once|after) you (?:register|sign ?in|log ?in|sign up|subscribe|create (?:a |an )?(?:free )?account)\b[^.!?\n]{0,80}|"
        r"if you(?:'re| are|'ve| have)? already (?:registered|subscribed|signed up|a (?:subscriber|member)|have an account)"
        r"(?:\s?(?:or|and|/)\s?(?:registered|subscribed|a (?:subscriber|member)))?,? (?:please |simply |you can )?(?:sign ?in|log ?in)\b[^.!?\n]{0,60}",
        max_words=40,
    ),
    # a registration or log-in prompt with the site's reassurance, or its two options ("Sign up (it's quick
    # and free) or sign in now.", "Register (it's free) or log in to comment")
    Shape(
        "paywall.prompt",
        "registration or log-in prompt",
        r"(?:sign up|register|create (?:a |an )?(?:free )?account|join)(?: (?:now|today|here|for free))?\s?"
        r"\((?:it(?:'s| is)|it takes|takes) [^)\n]{1,40}\)(?:\s?(?:or|and)\s?(?:sign ?in|log ?in)(?: (?:now|here|today))?)?(?: to [^.!?\n]{1,40})?|"
        r"(?:sign up|register|create (?:a |an )?(?:free )?account) or (?:sign ?in|log ?in)(?: (?:now|here|today))?"
        r"(?: to (?:comment|continue|read|reply|post|join the (?:conversation|discussion)))?",
        max_words=20,
    ),
    # the wall checking the reader's access before it shows the rest ("Hold tight - we're checking permissions
    # before loading more content", "Please wait while we verify your subscription...", "Checking your access…")
    Shape(
        "paywall.prompt",
        "the wall checking the reader's access before it shows the rest",
        r"(?:(?:hold tight|hang tight|please wait|one moment|just a moment)\W{1,3})?"
        r"(?:(?:while )?we(?:'re| are)? (?:checking|verifying|confirming|check|verify)|checking|verifying|confirming) "
        r"(?:your |the |our )?(?:permissions?|access|subscription(?: status)?|entitlements?)"
        r"(?: before (?:we )?(?:loading|load|showing|show|displaying) (?:more |the |this )?(?:content|article|story|page))?\W{0,3}",
        max_words=20,
    ),
    # how many free stories the reader has had or has left: a metered wall's count ("You have 2 free
    # articles left this month", "This is your last free article"; "It seems like you've found a few
    # articles worth reading." opens an appeal box, see promo.site and donation.appeal)
    Shape(
        "paywall.prompt",
        "count of the reader's free articles",
        r"you(?:'ve| have) (?:read|viewed|opened|used|enjoyed) (?:\d{1,3}|one|two|three|four|five|all|all of|your)(?: of (?:your |the |\d{1,3} ))?"
        r"(?:\d{1,3} )?free (?:articles?|stories|pieces)\b[^.!?\n]{0,60}|"
        r"(?:you have |only )?(?:\d{1,3}|one|two|three|four|five|no) (?:more )?free (?:articles?|stor(?:y|ies)|pieces?|reads?) (?:left|remaining)\b[^.!?\n]{0,40}|"
        r"free (?:articles?|stories|reads) (?:left|remaining)\s?:\s?\d{1,3}|"
        r"you(?:'ve| have) (?:hit|reached|used up) (?:your|the) (?:monthly |weekly )?(?:free )?(?:article|story|reading) limit\b[^.!?\n]{0,60}|"
        # ... and the registration wall's allowance ("Register now to read 5 free articles a month.")
        r"(?:register|sign up|create (?:a |an )?(?:free )?account)(?: now| today| for free| free)? (?:to|and) (?:read|get|enjoy|unlock) "
        r"(?:\d{1,2}|more|two|three|five|ten) (?:free )?(?:articles|stories) (?:a|each|every|per) (?:month|week)|"
        r"(?:this is )?your (?:last|final) free (?:article|story)\b[^.!?\n]{0,60}|"
        r"your (?:monthly |weekly )?(?:free )?(?:article|story|reading) limit (?:has been |is )?(?:reached|used up|exhausted)\b[^.!?\n]{0,60}",
        max_words=30,
    ),
    # the comment box's invitation and its pointer to the rules ("Would you like to comment on this
    # article?", "Please read our Comment Policy before commenting.", "See our community guidelines")
    Shape(
        "comments.furniture",
        "invitation to comment, or the pointer to the comment rules",
        r"(?:would you like|do you want|want|care|why not|feel free) to (?:comment|leave a comment|add a comment|post a comment|"
        r"join the (?:conversation|discussion|debate)|share your (?:views|thoughts))(?: (?:on|about) (?:this|the) (?:article|story|post|piece))?|"
        r"(?:please )?(?:read|see|view|review|check) (?:our|the) (?:comments?|commenting|community|discussion) "
        r"(?:policy|guidelines|rules|standards|terms)(?: before (?:commenting|posting|you comment|you post)\b[^.!?\n]{0,40})?",
    ),
    # commenting kept for subscribers ("Why are you making commenting only available to subscribers?",
    # "Comments are open to members only")
    Shape(
        "comments.furniture",
        "note that commenting is for subscribers or members",
        r"[^\n]{0,80}\bcomment(?:s|ing)?\b[^\n]{0,60}\b(?:only )?(?:available|open|reserved|restricted) (?:only )?(?:to|for) "
        r"(?:our )?(?:paying |paid |registered |premium |digital )?(?:subscribers|members|account holders)\b[^\n]{0,80}",
        needs=("comment",),
        max_words=40,
    ),
    # the comment widget's own controls with a count ("Show new comments (0)", "View all comments (12)")
    Shape(
        "comments.furniture",
        "comment counter",
        r"(?:show|view|load|read|see|hide|open)(?: (?:all|new|more|the|latest|older|newer|top))? (?:comments?|replies|responses)(?:\s?\(?\d{1,5}\)?)?|"
        r"(?:show|view|load|read|see|open)(?: all| the)? \d{1,5} (?:more |new |older )?(?:comments?|replies|responses)",
    ),
    # the comment section's state ("Comments for this article are closed.", "Commenting has been disabled
    # for this story.")
    Shape(
        "comments.furniture",
        "the comment section's state",
        r"(?:comments?|commenting|the comment section|discussion)(?: (?:for|on|under) (?:this|the) (?:article|story|post|piece))? "
        r"(?:are|is|has|have|has been|have been) (?:now |currently |temporarily )?(?:closed|disabled|turned off|switched off|unavailable|not available|suspended)"
        r"(?: (?:for|on) (?:this|the) (?:article|story|post|piece))?|"
        # ... said by the outlet ("We have switched off comments on this article", "We've closed comments on this story")
        r"we(?:'ve| have)? (?:now |temporarily )?(?:closed|disabled|turned off|switched off|suspended) (?:the )?(?:comments?|commenting)"
        r"(?: (?:on|for|under) (?:this|the) (?:article|story|post|piece))",
    ),
    # the comment box's call to the reader ("What do you think? Leave a comment below.", "Tell us what you
    # think in the comments below.", "Have your say in the comments section below.")
    Shape(
        "comments.furniture",
        "call to comment below the article",
        r"(?:what do you think\??\s?)?(?:please )?(?:leave|add|post|share|drop|write|tell us|let us know|have your say|join the (?:conversation|discussion|debate))\b"
        r"[^.!?\n]{0,40}?\b(?:in the comments?(?: section| box)?(?: below)?|(?:a |your )?comments? below|in the comment (?:box|section)(?: below)?|below in the comments)",
        max_words=25,
    ),
    # the comments' sort control ("Sort by: Newest", "Newest | Oldest | Most liked", "Oldest first")
    Shape(
        "comments.furniture",
        "sort control of the comments",
        rf"sort(?:ed)? by\s?:?\s?{_SORT_OPTION}(?:\s?[|/•·,]?\s?{_SORT_OPTION})*|"
        rf"{_SORT_OPTION}(?:\s?[|/•·,]\s?{_SORT_OPTION})+|(?:newest|oldest|latest) first|most (?:liked|voted|upvoted|replied)",
    ),
    # the moderation note ("Comments are moderated and will appear once approved.", "We reserve the right to
    # remove comments that are abusive.", "Please keep comments respectful and on topic.")
    Shape(
        "comments.furniture",
        "the comment section's moderation note",
        r"(?:all |reader )?comments?(?: (?:on|for|under) (?:this|the) (?:article|story|post|piece))? (?:are|is|will be) (?:pre-?|post-?)?moderated\b[^,.!?\n]{0,80}|"
        r"(?:our|the) comments? (?:section|area|board|thread|community) is (?:pre-?|post-?)?moderated\b[^,.!?\n]{0,60}|"
        r"we reserve the right to (?:remove|delete|edit|moderate|close|reject|block)\b[^,.!?\n]{0,40}\bcomments?\b[^,.!?\n]{0,80}|"
        r"please keep (?:(?:your|all) )?comments? (?:civil|clean|respectful|polite|relevant|on[- ]topic|brief|constructive)\b[^,.!?\n]{0,60}|"
        r"please keep it (?:civil|clean|respectful|polite|on[- ]topic)\b[^,.!?\n]{0,40}",
        max_words=40,
    ),
    # the log-in the comment box asks for ("Sign in to join the conversation", "Log in or register to comment")
    Shape(
        "comments.furniture",
        "log-in or registration to comment",
        rf"(?:please )?{_ACCOUNT_ACT}(?:\s?(?:,|or|and|/)\s?{_ACCOUNT_ACT}){{0,3}}(?: now| here)? to "
        r"(?:comment|reply|react|post (?:a )?comments?|leave a comment|add (?:a |your )?comment|join the (?:conversation|discussion|debate))(?: below| here| now)?",
    ),
    # an offer's price, a plan's starting price ("Prices from £495 /pa*", "Plans from $4.99 a month"):
    # only beside other furniture (a review's "From £495 a year" under its verdict is the article's)
    Shape(
        "paywall.offer",
        "subscription price",
        rf"(?:(?i:prices?|plans?|subscriptions?|memberships?|packages?)\s)?(?i:from|starting (?:at|from))\s(?:{_CUR})\s?\d{{1,5}}(?:[.,]\d\d)?"
        rf"\s?(?:/\s?|per |a |an |every )?(?i:pa|p\.a\.?|annum|{_PERIOD}s?)(?!\w)\.?\*?|"
        rf"(?i:(?:digital |online )?(?:prices?|plans?|subscriptions?|memberships?) (?:start|starts|begin|begins) (?:at|from))\s(?:{_CUR})\s?\d{{1,5}}(?:[.,]\d\d)?"
        rf"\s?(?:/\s?|per |a |an |every )?(?i:pa|p\.a\.?|annum|{_PERIOD}s?)(?!\w)\.?\*?",
        on_key=False,
        needs=("from", "starting", "start at", "starts at", "begin"),
        weak=True,
    ),
    # a line that sells reading for a price ("Support our award-winning journalism for R129 per month
    # (digital access only).", "Get unlimited access for $1 a week"): a noun phrase or an imperative, with
    # the offer's words; only beside other furniture
    Shape(
        "paywall.offer",
        "subscription offer with its price",
        r"(?=[^\n]{0,240}\b(?i:access|subscri\w*|journalism|digital|premium|ad-free|e-?edition|articles|stories|reading)\b)"
        r"(?i:\*?(?:support|get|enjoy|subscribe|join|become|read|access|try|start|unlock|unlimited|full|digital|premium|upgrade|go)\b)"
        rf"[^.!?\n]{{1,120}}?\bfor (?:only |just )?(?:{_CUR})\s?\d{{1,5}}(?:[.,]\d\d)?\s?(?:/\s?|per |a |an |every )(?:\d+ )?{_PERIOD}s?\b[^.!?\n]{{0,60}}[.!]?",
        on_key=False,
        needs=("per ", "/", " a ", " an ", "every "),
        untensed=True,
        max_words=30,
        weak=True,
    ),
    # a trial's or a story's one-off price ("Try 1 month for $1", "Unlock this story for $1", "Keep reading
    # for just £1"): only beside other furniture
    Shape(
        "paywall.offer",
        "trial or one-off price",
        rf"(?i:try|unlock|keep reading|continue reading|read on|start(?: your)?(?: free)? trial) [^.!?\n]{{0,40}}?for (?:only |just )?(?:{_CUR})\s?\d{{1,4}}(?:[.,]\d\d)?\b[^.!?\n]{{0,40}}",
        on_key=False,
        needs=("try", "unlock", "reading", "read on", "start"),
        untensed=True,
        max_words=15,
        weak=True,
    ),
    # what a subscription gives, in an offer's list ("Full access to example.com for 12 months",
    # "Unlimited digital access"): only beside other furniture
    Shape(
        "paywall.offer",
        "what a subscription gives",
        r"(?:(?:enjoy|get|gain|with|unlock) )?(?:full|unlimited|complete|instant|unrestricted|ad-free) (?:digital |online |web )?access(?: to [^!?\n]{1,60}?)?"
        r"(?: for (?:\d{1,2}|one|two|three|six|twelve) (?:days?|weeks?|months?|years?))?",
        untensed=True,
        max_words=14,
        weak=True,
    ),
    # the subscription desk's help line ("Questions or problems? Email ... or call ...", "*For bespoke
    # corporate packages please email ..."): only beside other furniture
    Shape(
        "paywall.prompt",
        "help line for the reader's account or subscription",
        r"\*?(?:questions or problems|questions or queries|problems (?:logging|signing) in|trouble (?:logging|signing) in|"
        r"need help(?: (?:logging|signing) in| with your (?:account|subscription))?)\??\s?(?:please )?(?:e-?mail|call|contact|ring|visit)\b[^\n]{0,160}|"
        r"\*?for (?:(?:bespoke|corporate|group|business|institutional|multi-user|team) )+(?:packages|subscriptions|access|licen[cs]es)\b[^\n]{0,40}"
        r"\b(?:e-?mail|call|contact)\b[^\n]{0,120}",
        max_words=40,
        weak=True,
    ),
)
