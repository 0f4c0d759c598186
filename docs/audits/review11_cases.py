# (rule, headline, [paragraphs], [lines that must stay])
P1 = "The council said the figures would be published in full next month, after a review by auditors."
P2 = "Residents have until the end of January to respond to the consultation, which is available at libraries across the district."
P3 = "A spokesperson for the company declined to comment further when contacted on Tuesday."
C = []
def a(rule, head, paras, stay=None):
    C.append((rule, head, paras, stay if stay is not None else [p for p in paras if p not in (P1, P2, P3)]))

# ---------- titled comments head + Leave a Reply ----------
a("titled", "Book club picks its winter reads", [
  "The village book club met on Thursday to choose the novels it will read over the winter months.",
  "5 thoughts on “Dune”",
  "Members were split on Frank Herbert's classic, with several saying the first hundred pages were hard going.",
  "Others praised its world-building and said the new film adaptations had sent them back to the book.",
  "The club will meet again in February. Anyone wishing to join should leave a comment on the library noticeboard or email the organiser.",
  "Leave a reply on the form at the library if you cannot attend, the organiser added."])
a("titled", "Poet's new collection explores grief", [
  "Local poet Amira Khan has published her third collection, a series of meditations on loss.",
  "One thought on “Home”",
  "The title poem, written after her mother's death, has already been set to music by a Manchester composer.",
  "Khan said she wanted readers to find their own meanings in the lines rather than hers.",
  "She will read from the collection at the Central Library on Saturday, where audience members can write a comment in the guest book.",
  "Leave a comment card at the desk, organisers said, and the best will be read aloud."])
a("titled", "Teacher's blog on the new curriculum goes viral", [
  "A primary school teacher's blog post about the new reading curriculum has been shared thousands of times.",
  "In it, she sets out what she calls '3 thoughts on “phonics first”', arguing that the approach works for most children but not all.",
  "12 responses to “Phonics first”",
  "Parents and teachers have written to the school in their hundreds since the post was published, she said.",
  "The Department for Education said it welcomed the debate.",
  "Post a comment on the department's consultation page before 1 March, a spokesperson urged."])
a("titled", "Review: the theatre's bold new Hamlet", [
  "The Royal Theatre's new Hamlet opens with the prince already dead, a framing device that divides its audience.",
  "Two thoughts on “To be or not to be”",
  "First, the famous soliloquy is delivered as a voicemail, played to an empty stage. It is a bold choice.",
  "Second, the gravediggers are cut entirely, which removes the play's only real comedy.",
  "Still, Marcus Obi's prince is electric, and the production deserves its sellout run.",
  "Hamlet runs until 4 March. Add a comment to our readers' review page to share your view."])
a("titled", "Historian answers readers' questions on the siege", [
  "Dr Helen Park, whose book on the 1645 siege was published last month, answered readers' questions this week.",
  "4 responses to “Why did the town surrender?”",
  "The garrison was starving, she said, and the commander had no word of relief.",
  "The town's records show that bread ran out in the third week, and disease followed.",
  "Her book is available from the town museum.",
  "Write a reply to the museum if you have family papers from the period, she said."])

# ---------- offer call over bulleted list ----------
a("offercall", "Gym chain changes its membership terms", [
  "The gym chain has changed its terms for new customers from January. Members who join now get:\n• A free induction with a personal trainer\n• Access to classes at all 40 sites\n• No joining fee until the end of the month",
  "Consumer groups said the offer was fair but warned customers to read the small print on cancellation.",
  "Existing members are not affected.", P3])
a("offercall", "Library launches digital membership", [
  "Harbourside Library has launched a digital membership scheme. Residents who sign up will receive:\n- Free e-books and audiobooks\n- Online access to newspapers\n- Language courses",
  "The library said 2,000 people had registered in the first week.",
  "Membership is free for anyone who lives, works or studies in the borough.", P1])
a("offercall", "Union urges workers to join before ballot", [
  "Union officials have been visiting depots to recruit drivers before the strike ballot. Their message to workers is simple: join.\n• Legal advice if you are disciplined\n• Strike pay from the first day\n• A vote on the final deal",
  "The company said it respected the right of staff to join a union.",
  "The ballot closes on 12 February.", P3])
a("offercall", "Readers' guide: is a National Trust membership worth it?", [
  "A family membership costs about £200 a year. Here is what you get for a membership:\n• Free entry to more than 500 places\n• Free parking at most sites\n• A quarterly magazine",
  "If you visit more than four times a year, our analysis found, it pays for itself.",
  "Prices rise in March, so now may be the time to decide.", P2])
a("offercall", "Football club offers season tickets at 2019 prices", [
  "The club has frozen season ticket prices for a fifth year. Fans who renew their subscription before May will get:\n• A seat in the same place\n• Priority for cup tickets\n• 10% off in the club shop",
  "The supporters' trust welcomed the freeze but said away tickets remained too expensive.", P1])

# ---------- sponsor-tagged heading ----------
a("sponsor", "Beer festival returns with record number of stalls", [
  "The town's beer festival returns this weekend with more than 60 breweries taking part.",
  "Among the headline stalls are:",
  "Acme Brewing (Sponsored)",
  "The Leeds brewery is showing off its new winter stout, brewed with local honey and oats.",
  "Hilltop Ales",
  "A family firm from the Dales making traditional bitters.",
  "Tickets cost £10 on the door.", P3])
a("sponsor", "Tech firms accused of hiding adverts in search results", [
  "Regulators say search results on some shopping sites are so crowded with adverts that consumers cannot tell them apart.",
  "In one example shown to MPs, the first result read:",
  "Sunshine Holidays (Sponsored)",
  "Book a two-week break in Spain from only £299 per person, flights included, this summer.",
  "Below it, the genuine results started only after four more paid listings.",
  "The committee will publish its report in spring.", P1])
a("sponsor", "How influencers label paid posts", [
  "The Advertising Standards Authority has ruled that three influencers failed to label paid posts clearly enough.",
  "Under the rules, a post should be marked at the top. One approved example showed the brand's name in the header:",
  "GlowSkin [Paid post]",
  "My honest review of the new serum after using it every morning for a month",
  "The authority said the tags must be visible without clicking.",
  "The influencers have agreed to change their posts.", P2])
a("sponsor", "Marathon organisers thank partners", [
  "Organisers of the city marathon say this year's race raised more than £2 million for charity.",
  "Northern Rail (Sponsored)",
  "The train operator laid on extra services from six in the morning so that runners could reach the start line on time.",
  "City Water",
  "Provided 40,000 bottles of water along the route.",
  "Next year's race will be held on 19 April.", P3])
a("sponsor", "Newspaper's ethics code on advertorials", [
  "The Gazette has published a new code setting out how it will label commercial content.",
  "Content paid for by an advertiser will carry the advertiser's name and a tag, such as",
  "Harbour Homes (Advertorial)",
  "Readers should be able to tell at a glance that the article was paid for by the company.",
  "The editor said the code had been drawn up after complaints from readers.", P1])

# ---------- bare label "Also read:" ----------
a("barelabel", "Council papers reveal plan for bus lane", [
  "Documents released under freedom of information show the council considered a bus lane on the high street as early as 2019.",
  "The briefing note to councillors ends with a list of background papers, headed:",
  "Also read:",
  "Transport Strategy 2018 to 2030 Appendix B",
  "Officers said the appendix had never been published because it was a draft.",
  "The council will debate the plan on Tuesday.", P2])
a("barelabel", "Students asked to read ahead for the new module", [
  "First-year students starting the politics module have been sent a reading list.",
  "Essential reading is the course textbook. The lecturer's note then says:",
  "See also:",
  "The Politics of Coalition Government in Britain",
  "Students said the list was manageable, though the textbook costs £45.", P3])
a("barelabel", "Inquiry report lists its sources", [
  "The inquiry's 400-page report lists the evidence it relied on in an annex.",
  "Related story:",
  "How the Fire Spread Through the Tower Block",
  "That section, written by the fire engineers, runs to 80 pages and sets out minute by minute how the blaze moved through the cladding.",
  "Families said they would read the report in full before commenting.", P1])
a("barelabel", "Stage adaptation of classic novel announced", [
  "A stage adaptation of the novel will open in the autumn, the theatre said.",
  "The director said her version would stick closely to the book, and described the final chapter as the key to the whole story.",
  "Read next:",
  "The Sequel That Never Was",
  "is a short film screening alongside the play, made by students from the drama school using the author's unpublished notes.",
  "Tickets go on sale on Friday.", P3])

# ---------- relative time cards ----------
a("reltime", "Live: storm latest as high winds hit the coast", [
  "High winds have brought down trees across the county overnight and thousands of homes are without power.",
  "Ferry services cancelled",
  "3 hours ago",
  "Roads closed near the harbour",
  "2 hours ago",
  "Power restored to 2,000 homes",
  "1 hour ago",
  "Engineers are working to reconnect the rest, the network operator said."])
a("reltime", "Live updates: election count", [
  "Counting is under way in all six wards, with the first results expected after midnight.",
  "45 mins ago",
  "Turnout in Eastside ward put at 38%",
  "30 mins ago",
  "Recount requested in Northgate",
  "15 mins ago",
  "First result declared in Westfield",
  "We will bring you every result as it comes in."])
a("reltime", "Timeline: how the rescue unfolded", [
  "Coastguard crews rescued four people from a yacht that ran aground off the headland on Sunday.",
  "Mayday call received",
  "5 hours ago",
  "Lifeboat launched from harbour",
  "4 hours ago",
  "All four crew brought ashore",
  "3 hours ago"])

# ---------- see also, separator lost ----------
a("seealso", "Council to review library hours", [
  "The council will review library opening hours after complaints from residents.",
  "See also Appendix C of the cabinet report for the full list of branches affected, officers said.",
  "Also read The Small Print Before You Sign, the consumer group told tenants in its leaflet",
  "See also Smith's 2019 study on rural libraries, which the report quotes at length",
  "Read also The Times report from 1987 for the original plan, the historian suggested", P2])
a("seealso", "Dictionary adds new words", [
  "The dictionary has added 500 new words, including several from gaming and social media.",
  "Each entry has cross-references. The entry for 'doomscroll' reads: See also Doomsurf",
  "See also Zoomer, which was added last year",
  "Lexicographers said the list reflected how the pandemic had changed everyday speech.", P3])

# ---------- promo.marketplace ----------
a("market", "House prices rise for third month", [
  "House prices in the region rose for the third month running in November, according to the latest figures.",
  "Search for local homes for sale online now, agents advise, as stock is running low.",
  "Find your next job with the council's new recruitment portal",
  "Browse local homes for sale",
  "The average home now costs £245,000, up 3% on a year ago.", P2])
a("market", "Careers advice: how to find work after university", [
  "Graduates face a tougher jobs market than a year ago, a survey has found.",
  "Careers advisers' tips for graduates:",
  "Search for local jobs online",
  "Find a mentor in your chosen field",
  "Browse public notices for council vacancies",
  "Most graduates find work within six months, the survey said."])
a("market", "How to trace your family history", [
  "Genealogy has boomed since the pandemic, with archives reporting record numbers of visitors.",
  "Start with what you know, then widen the search. Experts suggest three steps:",
  "Search death notices",
  "Find obituaries in local papers at the library",
  "Search for property records in the land registry",
  "The county archive is open Tuesday to Saturday."])

# ---------- station bulletin promo ----------
a("bulletin", "Radio station celebrates 50 years", [
  "Radio Northshire celebrates its 50th birthday this week with a day of special programmes.",
  "Its famous jingle, \"Hear all the latest news on the hour, every hour, on Radio Northshire\", was written in 1974 by a local band.",
  "Hear all the latest news on the hour, the station's founders promised listeners in their first broadcast.",
  "Get the latest local news every hour on DAB, the new slogan says, which some older listeners dislike.",
  "The station will broadcast a birthday concert on Saturday.", P3])
a("bulletin", "Smart speakers change how we hear the news", [
  "More than a third of households now own a smart speaker, and many use it for news, a survey has found.",
  "Listeners can get the latest headlines on a smart speaker by asking for their favourite station.",
  "Get the latest news headlines every hour on your smart speaker, one station's advert tells listeners.",
  "The survey found older listeners still prefer FM radio.", P1])

# ---------- related.link widened ----------
a("readmore", "The algorithms deciding what we read", [
  "News apps increasingly decide what readers see, researchers say.",
  "Read more trending news, the app's button urges, and readers press it millions of times a day.",
  "See all local news",
  "Find the latest headlines",
  "Researchers found that readers who pressed the button spent twice as long in the app.", P3])
a("readmore", "Editors on how readers use headlines", [
  "Editors say headlines are now written for search engines as much as readers.",
  "Continue reading",
  "Full story",
  "See more",
  "Read the full story",
  "Those are the phrases on which readers click most, according to the study, which tracked 10,000 readers."])
a("readmore", "Council's new website criticised", [
  "The council's new website has been criticised by residents who say they cannot find anything.",
  "One resident said the homepage just says:",
  "View more",
  "Another said the button marked",
  "Continue reading",
  "led nowhere. The council said it was fixing the problems."])

# ---------- donation appeals ----------
a("appeal", "Local newspaper launches membership scheme", [
  "The Valley Courier, which has covered the town since 1887, has launched a membership scheme to fund its reporting.",
  "\"Readers like you make our work possible,\" the editor, Jane Morris, said at the launch.",
  "Readers like you make our journalism possible, she wrote in a front-page letter, adding that advertising had halved.",
  "The paper hopes to sign up 2,000 members by the summer.", P3])
a("appeal", "Charity's Christmas appeal beats its target", [
  "The food bank's Christmas appeal has raised £40,000, double its target.",
  "\"Supporters like you make this work possible,\" the manager said.",
  "Donors like you make our work possible, the charity's thank-you cards say.",
  "The money will be spent on food parcels for 600 families.", P1])
a("appeal", "Journalism professor warns of news deserts", [
  "A third of towns in the UK no longer have a local newspaper, a study has found.",
  "Professor Alan Reed, who led the study, said: \"Local journalism needs your support, and it needs it now.\"",
  "Independent journalism needs your support, the campaign's posters read.",
  "\"Help keep local news alive,\" campaigners said in a letter to the culture secretary.",
  "Help keep local news alive was the slogan of the campaign, which won backing from 200 MPs.",
  "The government said it was considering a fund for local news."])
a("appeal", "Paper's owners say readers now fund most of the newsroom", [
  "For the first time, readers now pay for more than half the newsroom's costs, the publisher said.",
  "If you read the Herald every day, please consider becoming a subscriber, the chief executive told a conference of editors, describing the message the paper shows its readers.",
  "This story was made possible by readers like you, the paper's footer now says.",
  "This reporting was funded by readers like you, the outlet said in its annual report, which showed a £1m surplus.",
  "The publisher said it would hire six more reporters.", P3])
a("appeal", "Park friends group appeals for volunteers", [
  "The Friends of Victoria Park are appealing for volunteers.",
  "If you read the noticeboard by the gate, please become a member of the friends group, the chair said.",
  "If you enjoy reading in the park, please consider becoming a volunteer with the reading club.",
  "The group meets monthly.", P2])
a("appeal", "Community radio station faces closure", [
  "The station has until March to raise £30,000 or it will close.",
  "\"Local reporting relies on your support,\" the station manager told listeners on air.",
  "Public-interest journalism depends on readers' support in a way it never did before, the report concluded.",
  "The station has so far raised £12,000.", P1])

# ---------- outlet blurb ----------
a("blurb", "Newspaper wins award for investigation", [
  "The Northern Echo has won the regional newspaper of the year award for its investigation into care homes.",
  "The judges praised its \"independent journalism that holds power to account\".",
  "Local journalism that reflects its community is the paper's motto, printed on the masthead since 1870.",
  "Investigative reporting that changes the law is rare, the chair of the judges said.",
  "Fact-first reporting for the whole community was what the paper promised, the editor said.",
  "The Guardian is a newspaper founded in Manchester in 1821, the judges noted.",
  "The award will be presented in London next month."])
a("blurb", "Sign-up box: tech firm's newsletter failure", [
  "A software firm has apologised after its newsletter sign-up form emailed every subscriber's address to the whole list.",
  "The form told readers to sign up for updates. Those who did got this message:",
  "Quality analysis for busy readers, delivered to your inbox every Friday.",
  "Instead they received 4,000 other people's email addresses.", P3])

# ---------- vocabulary lines ----------
a("vocab", "What those advert buttons actually do", [
  "Online adverts now come with a set of controls, but few people use them, a survey found.",
  "Most users have never clicked any of them:",
  "Why this ad?",
  "Report this ad",
  "Ad closed by Google",
  "Paid partnership",
  "The survey found only 4% of users had ever pressed the first button."])
a("vocab", "Reddit's new voting rules explained", [
  "Reddit is changing how votes work on its site for the first time in a decade.",
  "Users will still see two buttons:",
  "Upvote",
  "Downvote",
  "But the scores will be hidden for the first hour after a post is made.",
  "Moderators welcomed the change."])
a("vocab", "Why sign-up forms fail", [
  "A study of 500 websites found that one in five newsletter sign-up forms rejected valid addresses.",
  "Users who typed an address with a plus sign saw a red error:",
  "Invalid email address",
  "Others got a confirmation that read:",
  "You're subscribed",
  "even though nothing had been saved, the researchers said.",
  "Please enter a valid email address",
  "was the most common message, appearing on 300 of the sites."])
a("vocab", "The words that keep you subscribed", [
  "Marketers have a set of phrases they know will make people sign up, a new book argues.",
  "The most powerful, the author says, are these:",
  "No spam, unsubscribe anytime",
  "Limited time offer",
  "Offer ends soon",
  "Chip in",
  "Give now",
  "She said readers should treat all of them with suspicion."])
a("vocab", "Phone makers change notification settings", [
  "Phone makers are changing how apps ask for permission to send notifications.",
  "Apps will no longer be able to show a pop-up saying",
  "Turn on notifications",
  "or",
  "Allow notifications",
  "as soon as they are opened, under the new rules.",
  "Enable push notifications",
  "will instead be a setting buried in the phone's menu."])
a("vocab", "Charity fundraisers' script leaked", [
  "A leaked script for street fundraisers shows how they are trained to ask for money.",
  "The script tells them to end each conversation with one of two lines:",
  "Can you chip in today?",
  "Become a monthly donor",
  "The charity said the script was old and no longer in use."])
a("vocab", "Newspaper paywalls: what readers see", [
  "Readers who hit a newspaper's paywall are shown a range of messages, a study found.",
  "The most common were:",
  "Unlock this article",
  "For subscribers only",
  "This is premium content",
  "Your free trial has ended",
  "Continue reading for free",
  "Researchers found that the last one was the most likely to persuade readers to register."])
a("vocab", "Comment sections: a history", [
  "News sites first added comment sections in the early 2000s.",
  "Be the first to comment on this article",
  "was the line that sat under most stories, often for ever, the author notes.",
  "Latest comments",
  "Top comments",
  "Most popular comments",
  "were the three tabs on the Guardian's first system, he writes.",
  "Many sites have since closed their comment sections."])
a("vocab", "YouTube's recommendation tab under scrutiny", [
  "Regulators are examining how the video site recommends content to children.",
  "The tab labelled",
  "You may also want to watch",
  "showed one child 40 videos about dieting in an hour, the report found.",
  "Stories you may have missed",
  "is a similar section on news apps.",
  "Read this next"])
