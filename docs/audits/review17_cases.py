# (rule, headline, [paragraphs], [lines that must stay])  -- C
# Written for review 17: an independent harm review of main's default pipeline fed the OUTPUT OF OTHER
# EXTRACTORS (not raw page text). The case's "rule" names the shape:
#   tmd     trafilatura's markdown output ("# Headline", "## Sub", "- item", "**bold**", links, images, tables)
#   ttxt    trafilatura's text output: one line per paragraph, single newlines, "| a | b | " table rows
#   h2md    Markdown from an HTML-to-Markdown converter (markdownify / html2text style: "* item", setext
#           headings, "  " hard breaks, escaped characters, "* * *" rules, reference-style links)
#   rdb     readability's text (paragraphs separated by blank lines, headings as plain lines)
#   np3k    newspaper3k's article.text (blank-line paragraphs, lists flattened into lines, no headings)
#   jt      jusText paragraphs (one per line, single newlines, headings as short lines)
#   rss     RSS/Atom descriptions (a few short paragraphs, "The post ... appeared first on ..." tails)
# Every article is our own, in the shapes of UK, US, Irish, Australian, Indian, South African, Nigerian, Kenyan
# and Canadian outlets. The scorer joins [head, *paragraphs] with blank lines; a single-newline text is one
# paragraph built with N(...) (its lines joined with "\n"), and its must-stay lines are its lines one by one.
# Must-stay = every article line that is not furniture (F), the article's byline/dateline line (M) or a
# debatable line (D: image lines, captions and credits, an extractor's repeat of the headline).
C = []
FURNITURE: set[str] = set()
META: set[str] = set()
DEBATABLE: set[str] = set()


class Furniture(str):
    """A line that is not must-stay, marked by its type (so the same words as an article line stay must-stay)."""


class Block(str):
    """Several lines joined by single newlines (an extractor's output with no blank lines)."""

    parts: list


def F(*lines):
    """Page furniture: not must-stay. Returns the lines (one line: the string)."""
    FURNITURE.update(lines)
    marked = [Furniture(x) for x in lines]
    return marked[0] if len(marked) == 1 else marked


def M(line):
    """The article's own byline, dateline or stamp line: metadata, dropped by design."""
    META.add(line)
    return Furniture(line)


def D(*lines):
    """A debatable line (an image line, a caption, a credit, the extractor's second headline)."""
    DEBATABLE.update(lines)
    marked = [Furniture(x) for x in lines]
    return marked[0] if len(marked) == 1 else marked


def N(*parts):
    """Lines joined with single newlines; a part may be a list of lines (as F(...) returns)."""
    flat = []
    for p in parts:
        flat.extend(p if isinstance(p, list) else [p])
    b = Block("\n".join(flat))
    b.parts = flat
    return b


def _stay(items):
    out = []
    for x in items:
        if isinstance(x, Block):
            out.extend(_stay(x.parts))
        elif not isinstance(x, Furniture):
            out.append(x)
    return out


def a(rule, head, paras, stay=None):
    if stay is None:
        stay = _stay([head, *paras])
    C.append((rule, head, paras, stay))


# ---------- tmd: trafilatura markdown ----------
a(
    "tmd",
    "# Cockermouth flood wall approved after ten-year wait",
    [
        M("By Helen Marsh, Local Democracy Reporter"),
        "Cumberland Council has approved a £4.2m flood wall for Cockermouth, ten years after Storm Desmond put parts of the town under two metres of water.",
        "## What the scheme includes",
        "- A 600m wall along the River Derwent at Waterloo Street",
        "- Raised embankments at Gote Road",
        "- Two pumping stations",
        '> "We have waited a decade for this and we will believe it when we see the diggers," said resident Ann Hall.',
        "The council's [planning report](https://www.cumberland.gov.uk/planning/flood-scheme-report.pdf) says work will start in May and take two years.",
        D("![Main Street under water in December 2015](https://images.example.co.uk/cockermouth-2015.jpg)"),
        D("Main Street under water in December 2015. Photograph: PA"),
        "Councillor Denise Rollo said the Environment Agency would pay most of the cost.",
        F("Share this article"),
        F("Advertisement"),
    ],
)
a(
    "tmd",
    "# Lagos to ban single-use plastics from July",
    [
        "The Lagos State Government has announced a ban on single-use plastics and styrofoam food packs from July 1, the state's commissioner for environment said on Sunday.",
        "**Key points:**",
        "- Styrofoam packs banned from July 1",
        "- Plastic bottles under 1 litre to follow in 2026",
        "- Fines of up to N200,000 for vendors",
        "Tokunbo Wahab said enforcement teams would visit markets in Oshodi, Mile 12 and Idumota first.",
        "## Vendors react",
        "Food sellers in Yaba said they had not been told what to use instead.",
        '"Paper packs cost three times as much," said Mama Bisi, who runs a canteen near the University of Lagos.',
    ],
)
a(
    "tmd",
    "# Ward results: how Tshwane voted in the by-elections",
    [
        "The DA held two wards and the ANC one in Wednesday's Tshwane by-elections, the IEC announced on Thursday.",
        "| Ward | Winner | Share |",
        "|---|---|---|",
        "| Ward 7 (Soshanguve) | ANC | 58.1% |",
        "| Ward 42 (Moreleta Park) | DA | 81.4% |",
        "| Ward 56 (Centurion) | DA | 74.9% |",
        "Turnout was 31% across the three wards, down from 44% in 2021.",
        F("Related: [ANC loses ground in Gauteng by-elections](https://www.news24.com/news24/politics/anc-gauteng)"),
        F("Sign up for our newsletter"),
        F("© 2025 News24"),
    ],
)
a(
    "tmd",
    "# Bengaluru water crisis: what residents need to know",
    [
        "Bengaluru's water utility has announced rationing in 110 villages added to the city in 2007, as borewells dry up before the monsoon.",
        "## Which areas are affected?",
        "Whitefield, Mahadevapura, Bellandur and parts of Yelahanka.",
        "## How much water will I get?",
        "Households will get 20% less piped water, delivered on alternate days.",
        "## Can I use water for my car?",
        "No.",
        "The BWSSB has banned washing cars, filling swimming pools and watering gardens with drinking water, with a fine of Rs 5,000.",
        "## What next?",
        "The board will review the order on May 15.",
        F("Also Read | [Karnataka declares 223 taluks drought-hit](https://www.thehindu.com/news/karnataka-drought)"),
        F("Advertisement"),
        F("Advertisement"),
    ],
)
a(
    "tmd",
    "# Toronto council votes to keep Bloor bike lanes",
    [
        "Toronto city council has voted 19-6 to keep the bike lanes on Bloor Street, defying the province, which passed a law in November to remove them.",
        "Mayor Olivia Chow said the lanes had cut collisions by a third.",
        "### The vote",
        "* For: 19",
        "* Against: 6",
        "* Absent: 1",
        "The Ministry of Transportation said in a statement that it would \"review the decision\".",
        "Cyclists gathered at Bloor and Spadina on Wednesday evening to celebrate.",
        D("![Cyclists on Bloor Street](https://www.cbc.ca/images/bloor-bike-lanes.jpg)"),
        D("Cyclists on Bloor Street West on Wednesday. (Evan Mitsui/CBC)"),
    ],
)
a(
    "tmd",
    "# Perth heatwave: hottest March night on record",
    [
        "Perth has recorded its hottest March night since records began, with the temperature staying above 29C until dawn on Monday, the Bureau of Meteorology says.",
        "The previous record, 28.1C, was set in 2016.",
        "**Forecast for the week:**",
        "1. Monday: 41C",
        "2. Tuesday: 39C",
        "3. Wednesday: 33C, a cool change",
        "The bureau's senior forecaster, Angus Hines, said residents should check on elderly neighbours.",
        F("Share"),
        F("Facebook"),
        F("X"),
        F("Email"),
    ],
)
a(
    "tmd",
    "# Kenya Power raises tariffs by 6 per cent",
    [
        "Kenya Power customers will pay about 6 per cent more for electricity from April after the Energy and Petroleum Regulatory Authority approved a new tariff.",
        "A household using 100 units a month will pay Sh2,540, up from Sh2,390.",
        "## New rates per unit",
        "| Band | Old | New |",
        "|---|---|---|",
        "| Lifeline (0-30 kWh) | Sh12.22 | Sh12.22 |",
        "| Domestic (31-100 kWh) | Sh16.30 | Sh17.20 |",
        "| Domestic (above 100 kWh) | Sh20.97 | Sh22.10 |",
        F("ALSO READ: [Kenya Power blames vandals for Coast outages](https://nation.africa/kenya/news/kenya-power-coast)"),
        F("Advertisement"),
        F("© Nation Media Group"),
    ],
)
a(
    "tmd",
    "# The week in Westminster: five things we learned",
    [
        "It was a week of U-turns, a leaked memo and an unexpected by-election.",
        "## 1. The winter fuel payment is back, partly",
        "The Chancellor confirmed that pensioners with incomes under £35,000 will get the payment this winter.",
        "## 2. The leaked memo",
        "A Home Office memo seen by the *Guardian* suggested asylum hotels would stay open until 2027.",
        "## 3. A by-election in Runcorn",
        "The Labour MP Mike Amesbury resigned after his conviction for assault.",
        "## 4. Reform's poll lead",
        "Three polls put Reform UK ahead for the first time.",
        "## 5. And finally",
        "The Speaker banned mobile phones from the chamber's gallery.",
        F("Sign up for our newsletter"),
        F("Get the week's politics in your inbox every Friday."),
    ],
)
a(
    "tmd",
    "# Hurling: Kilkenny edge Galway in Nowlan Park thriller",
    [
        "Kilkenny 1-22 Galway 2-18",
        "TJ Reid's late free sent Kilkenny into the league semi-final on Sunday after a game that swung four times in the last ten minutes.",
        "**Scorers for Kilkenny:** TJ Reid 0-9 (0-7f), Eoin Cody 1-3, Billy Drennan 0-4.",
        "**Scorers for Galway:** Conor Whelan 1-5, Cathal Mannion 1-2, Evan Niland 0-6 (0-5f).",
        "**Kilkenny:** E Murphy; M Butler, H Lawlor, T Walsh; D Blanchfield, R Reid, P Deegan; C Browne, A Mullen; W Walsh, J Donnelly, B Drennan; E Cody, TJ Reid, M Keoghan.",
        "**Referee:** J Keenan (Wicklow).",
        F("Share this article"),
        F("Related: [Cody returns to Kilkenny bench](https://www.rte.ie/sport/hurling/cody)"),
    ],
)
a(
    "tmd",
    "# Explainer: what the new Criminal Code means for you",
    [
        "Three new criminal laws replaced the Indian Penal Code, the CrPC and the Evidence Act on July 1.",
        "## At a glance",
        "- Indian Penal Code → Bharatiya Nyaya Sanhita",
        "- CrPC → Bharatiya Nagarik Suraksha Sanhita",
        "- Evidence Act → Bharatiya Sakshya Adhiniyam",
        "## What changes at the police station?",
        "You can file an FIR online, and the police must give you a copy free of charge.",
        "## Read the laws",
        "- [Bharatiya Nyaya Sanhita, 2023 (PDF)](https://www.mha.gov.in/sites/default/files/bns-2023.pdf)",
        "- [Bharatiya Nagarik Suraksha Sanhita, 2023 (PDF)](https://www.mha.gov.in/sites/default/files/bnss-2023.pdf)",
    ],
)
# ---------- ttxt: trafilatura text (single newlines) ----------
a(
    "ttxt",
    "Nairobi Expressway tolls to rise from April",
    [
        N(
            D("Nairobi Expressway tolls to rise from April"),
            "Motorists using the Nairobi Expressway will pay up to Sh60 more per trip from April 1, the operator Moja Expressway said on Monday.",
            "The company said the increase followed a review of the toll schedule agreed with the Kenya National Highways Authority.",
            "New tolls, Mlolongo to Westlands:",
            "| Class | Old | New | ",
            "|---|---|---|",
            "| Class 1 (cars) | Sh360 | Sh400 | ",
            "| Class 2 (minibuses) | Sh540 | Sh600 | ",
            "Matatu operators said the rise would be passed on to passengers.",
            F("Share this article"),
            F("Advertisement"),
        )
    ],
)
a(
    "ttxt",
    "Ballymun residents to get new health centre",
    [
        N(
            "The HSE has confirmed that a new primary care centre will open in Ballymun in September, replacing the clinic on Balcurris Road.",
            "The €14m building will house GPs, a pharmacy, physiotherapy and mental health services.",
            "What the centre will offer",
            "- GP services for 9,000 patients",
            "- A daily walk-in clinic",
            "- Child and adolescent mental health services",
            "Local TD Paul McAuliffe said the centre had been promised since 2008.",
            "Residents will be able to register from June.",
        )
    ],
)
a(
    "ttxt",
    "Abuja-Kaduna train resumes night services",
    [
        N(
            "The Nigerian Railway Corporation has resumed night services on the Abuja-Kaduna line, two years after they were suspended following an attack on a train.",
            "The NRC's managing director, Kayode Opeifa, said armed escorts would travel on every train.",
            "New timetable",
            "Idu to Rigasa: 6:45pm",
            "Rigasa to Idu: 7:00pm",
            "Tickets cost N6,000 in standard class and N9,000 in business class.",
            F("ALSO READ: NRC to begin Kano-Maradi test runs"),
            F("Advertisement"),
            F("© 2025 Premium Times. All rights reserved."),
        )
    ],
)
a(
    "ttxt",
    "Canberra school zones: new speed cameras switched on",
    [
        N(
            "Mobile speed cameras will operate in school zones across Canberra from Monday, the ACT Government says.",
            "Drivers caught doing more than 40km/h in an active school zone face a fine of $330 and two demerit points.",
            "Where the cameras will be",
            "Gungahlin",
            "Belconnen",
            "Tuggeranong",
            "Woden",
            "The Road Safety Minister, Chris Steel, said 11 children had been hit near schools last year.",
        )
    ],
)
a(
    "ttxt",
    "Cape Town taxi strike: what we know",
    [
        N(
            "Minibus taxi operators in Cape Town have begun a strike over vehicle impoundments, leaving thousands of commuters stranded on Thursday.",
            "What we know",
            "Santaco Western Cape called the strike on Wednesday night.",
            "Golden Arrow buses are running but are full.",
            "Schools in Khayelitsha and Nyanga have closed.",
            "What we don't know",
            "How long the strike will last.",
            "Whether the city will release impounded vehicles.",
            F("Share"),
            F("Tweet"),
            F("WhatsApp"),
        )
    ],
)
a(
    "ttxt",
    "Mumbai local trains: Western Railway adds 12 AC services",
    [
        N(
            "Western Railway will run 12 more air-conditioned local trains between Churchgate and Virar from Monday, taking the daily total to 109.",
            "The new services will replace ordinary trains at the same times.",
            "A WR spokesperson said ridership on AC locals had risen 40% since January.",
            "Passengers' groups said the change would hurt daily commuters who could not afford AC season tickets.",
            "New AC services from Churchgate",
            "7:49am to Virar",
            "9:17am to Borivali",
            "6:22pm to Virar",
            F("Also Read"),
            F("Mumbai Metro Line 3 opens to Worli"),
            F("Advertisement"),
        )
    ],
)
a(
    "ttxt",
    "Saskatoon budget passes with 6.2% tax increase",
    [
        N(
            "Saskatoon city council passed its 2025 budget on Wednesday night with a 6.2 per cent property tax increase, after two days of debate.",
            "The average homeowner will pay about $120 more a year.",
            "Where the money goes",
            "Police: $4.1 million",
            "Transit: $2.3 million",
            "Roads: $1.9 million",
            "Coun. Hilary Gough said the increase was \"the least bad option\".",
        )
    ],
)
a(
    "ttxt",
    "Hartlepool man jailed for stealing from elderly neighbours",
    [
        N(
            "A Hartlepool man who stole more than £12,000 from his elderly neighbours has been jailed for three years.",
            "Teesside Crown Court heard that Darren Pike, 41, of Catcote Road, used their bank cards over eight months.",
            "Judge Paul Watson KC told him: \"You preyed on people who trusted you.\"",
            "Anyone who thinks they have been a victim of similar fraud should call Cleveland Police on 101.",
            "Sentencing",
            "Darren Pike, 41: three years",
            "Kelly Pike, 38: 18 months, suspended",
            F("Share this article"),
            F("Sign up for our newsletter"),
        )
    ],
)
# ---------- h2md: HTML-to-Markdown converters ----------
a(
    "h2md",
    "Melbourne's Metro Tunnel to open in December",
    [
        "================================================",
        M("By **Tom Alvarez**  \nUpdated 10 March 2025"),
        "Victoria's $13 billion Metro Tunnel will open to passengers in December, a year ahead of schedule, the Premier has announced.",
        "The five new stations are:",
        "* Arden",
        "* Parkville",
        "* State Library",
        "* Town Hall",
        "* Anzac",
        "Premier Jacinta Allan said the tunnel would free up space for 121,000 more passengers in peak hours.",
        "* * *",
        F("**Read more:** [Suburban Rail Loop costs blow out](https://www.theage.com.au/national/victoria/srl)"),
        F("Share on Facebook"),
        F("Share on X"),
    ],
)
a(
    "h2md",
    "Dáil passes rent pressure zone extension",
    [
        "-------------------------------------------",
        "The Dáil has voted to extend rent pressure zones to the whole country until 2028, capping rent increases at 2% a year.",
        "Minister for Housing James Browne said the change would protect 300,000 tenancies.",
        "Under the new rules:  \nRents can rise by 2% or inflation, whichever is lower.  \nNew-build properties are exempt for the first year.",
        "Sinn Féin's housing spokesperson, Eoin Ó Broin, said the cap had \"failed tenants for eight years\".",
        "_Additional reporting by Press Association_",
    ],
)
a(
    "h2md",
    "Soweto residents march over electricity cuts",
    [
        "Hundreds of Soweto residents marched to Eskom's offices in Braamfontein on Tuesday to protest against electricity cuts that have left some areas in the dark for weeks.",
        "Marchers handed over a memorandum with three demands:",
        "1\\. Reconnect all households cut off since January",
        "2\\. Scrap arrears older than three years",
        "3\\. Install prepaid meters free of charge",
        "Eskom's Gauteng spokesperson, Amanda Qiti, said the utility would respond within seven days.",
        "[![Marchers in Braamfontein](https://cdn.example.co.za/soweto-march.jpg)](https://cdn.example.co.za/soweto-march-large.jpg)",
        F("**Follow us on** [Twitter](https://twitter.com/example) | [Facebook](https://facebook.com/example)"),
        F("Advertisement"),
    ],
)
a(
    "h2md",
    "US Senate passes stopgap funding bill hours before shutdown",
    [
        "The Senate passed a stopgap spending bill late on Friday, averting a government shutdown hours before the deadline.",
        "The vote was 54-46, with ten Democrats joining Republicans.",
        "**Who voted yes** | **Who voted no**",
        "--- | ---",
        "52 Republicans | 1 Republican",
        "10 Democrats | 45 Democrats",
        "Senate Minority Leader Chuck Schumer said he voted for the bill because \"a shutdown would be far worse\".",
        "The bill funds the government through September 30.",
        F("Advertisement"),
        F("Most Popular"),
        F("Trump signs order on federal workforce"),
        F("Supreme Court hears birthright citizenship case"),
    ],
)
a(
    "h2md",
    "Gautrain fares up 7% from Monday",
    [
        "Gautrain fares will rise by an average of 7% from Monday, the Gautrain Management Agency said.",
        "A single trip from Sandton to OR Tambo will cost R209, up from R195.",
        "Other fares:  ",
        "Park Station to Pretoria: R98  ",
        "Rosebank to Hatfield: R92  ",
        "Midrand to Centurion: R48",
        "The agency said the increase was needed to cover rising electricity costs.",
    ],
)
a(
    "h2md",
    "Ottawa's LRT shut down after power fault",
    [
        "Ottawa's O-Train Line 1 was shut down for most of Tuesday after a power fault near Tunney's Pasture, OC Transpo says.",
        "R1 replacement buses ran between Blair and Tunney's Pasture.",
        "OC Transpo's general manager, Renée Amilcar, apologised to riders.",
        "> We know this is not good enough. We are working with RTG to understand what went wrong.",
        ">",
        "> — Renée Amilcar, OC Transpo",
        "Service resumed at 6 p.m.",
        F("Report a typo or error"),
        F("©2025 Corus Entertainment Inc."),
    ],
)
a(
    "h2md",
    "Kano state signs Hisbah bill into law",
    [
        "Kano State Governor Abba Yusuf has signed a bill that expands the powers of the Hisbah board, the state's religious police.",
        "The law allows the board to:",
        "  * arrest people for public indecency",
        "  * seize goods sold during prayer times",
        "  * fine shops that sell alcohol",
        "Human rights groups said the law breached the constitution's guarantee of freedom of religion.",
        "The Hisbah commander, Sheikh Aminu Daurawa, said the board would \"work with the police at all times\".",
    ],
)
a(
    "h2md",
    "Brisbane Olympic venues plan released",
    [
        "Queensland has released its venues plan for the Brisbane 2032 Olympics, with a new stadium at Victoria Park and an upgrade of the Gabba dropped.",
        "Venue | Sport | Capacity",
        ":--- | :--- | ---:",
        "Victoria Park Stadium | Athletics | 63,000",
        "Brisbane Arena | Swimming | 17,000",
        "Chandler | Cycling | 4,000",
        "Premier David Crisafulli said the plan would cost $7.1 billion.",
        F("More from News"),
        F("Gold Coast light rail extension delayed"),
        F("Share this article"),
    ],
)
