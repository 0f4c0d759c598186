"""Harm review 12b: articles whose own lines look like bylines and date stamps (branch gbyl).

Each case is (rule, headline, [paragraphs], [lines that must stay]).  Written for this review, in the shapes
of UK, US, Australian, Indian, Nigerian, Kenyan and Irish outlets; no page of any corpus was read.
"""

C: list[tuple[str, str, list[str], list[str]]] = []


def a(rule: str, head: str, paras: list[str], stay: list[str] | None = None) -> None:
    C.append((rule, head, paras, stay if stay is not None else list(paras)))


# ---------- full byline rows: a name, a role or 'By', a date or a count ----------
a("full", "Council approves new cycle lanes after heated meeting", [
    "Councillors in Leeds voted 34 to 21 on Tuesday night to approve a network of protected cycle lanes across the city centre.",
    "The minutes record the following amendments and their movers:",
    "Cllr Jane Roe, Labour, 12 March 2024",
    "Cllr Peter Moss, Conservative, 12 March 2024",
    "Both amendments were defeated after a two-hour debate, and the original motion was carried.",
    "Work is expected to begin in the summer and last eighteen months.",
])
a("full", "Journalist honoured for two decades of court reporting", [
    "Mary Okafor, Court Reporter, 2004 to 2024",
    "The plaque unveiled at Lagos High Court on Friday reads simply that, in recognition of twenty years spent in the press bench.",
    "Okafor covered more than 3,000 trials for the Daily Trust, colleagues said.",
    "She said she had never missed a verdict she was sent to hear.",
])
a("full", "Shortlist announced for regional press awards", [
    "The judges have named the finalists for this year's Kenya Press Awards, which will be presented in Nairobi next month.",
    "Reporter of the Year:",
    "Wanjiru Kamau, Senior Reporter, Daily Nation, 14 June 2024",
    "Otieno Odhiambo, Political Correspondent, The Standard, 2 May 2024",
    "Amina Hassan, Health Reporter, The Star, 19 January 2024",
    "The dates are those of the stories the judges singled out.",
    "The winners will be announced on 12 September.",
])
a("full", "Obituary: Sean Byrne, newspaperman", [
    "Sean Byrne, who has died aged 81, spent forty years at the Irish Press and later the Irish Independent.",
    "He began as a copy boy in 1961 and rose to become the paper's first Northern Editor.",
    "His last piece appeared under the line he loved best:",
    "By Sean Byrne, Northern Editor, 30 November 1999",
    "He is survived by his wife Máire and three children.",
])
a("full", "Timeline: how the bridge collapse unfolded", [
    "Investigators have pieced together the hours before the bridge came down.",
    "6:15am, Tuesday: first reports of cracks reach the county engineer.",
    "Jane Roe, County Engineer | 7:40am | Tuesday",
    "That entry in the engineer's log shows she closed the eastbound lane within ninety minutes.",
    "The bridge collapsed at 11:02am. Nobody was on it.",
])
a("full", "Letters: readers on the new bypass", [
    "Sir, the proposed bypass will cut through the last ancient woodland in the parish. Surely there is another route?",
    "Margaret Hale, Retired Teacher, Ashford, 3 May 2024",
    "Sir, as a haulier I welcome any road that keeps lorries out of the high street.",
    "Tom Davies, Haulage Contractor, Wye, 3 May 2024",
    "Sir, nobody has asked the people who actually live on the proposed route.",
    "Anita Shah, Ashford",
])
a("full", "Team news: Gor Mahia name unchanged side for derby", [
    "Gor Mahia coach Sergio Traguil has kept faith with the side that beat Tusker last week.",
    "Starting XI: Bwana; Ochieng, Omondi, Juma, Otieno; Kipkirui, Odhiambo, Wafula; Mwangi, Njoroge, Kiprono.",
    "Captain: Philemon Otieno",
    "Kick-off at Nyayo Stadium is at 4pm on Sunday.",
])

# ---------- relative times and live-blog entries ----------
a("relative", "Live: storm Isha batters Ireland", [
    "Our live coverage of Storm Isha continues as red warnings take effect across the west.",
    "An hour ago",
    "ESB Networks said 170,000 homes were without power, most of them in Galway and Mayo.",
    "Just now",
    "Met Éireann has extended its red warning for Donegal until 6am.",
    "Two years ago",
    "Storm Barra caused similar damage, and the lessons learned then have shaped this response, officials say.",
])
a("relative", "Rescue crews reach trapped miners", [
    "Rescue teams in Jharkhand have reached the 12 miners trapped since Sunday.",
    "Rajesh Kumar · 2h",
    "Kumar, the shift supervisor, was the last man to see them before the roof collapsed, and he has stayed at the pithead since.",
    "Doctors said all 12 were conscious and able to speak.",
])
a("relative", "What happened at the Senate today", [
    "Here is how the day unfolded in the Senate chamber in Abuja.",
    "10:05am | Senate President opens session",
    "10:20am | Akpabio reads the budget message",
    "Moments ago",
    "the chamber erupted as the minority leader walked out, followed by 14 senators.",
    "The session has been adjourned until Thursday.",
])
a("relative", "The family who lost everything, a year ago", [
    "A year ago",
    "the Mwangi family lived in a three-room house on the banks of the Nairobi River.",
    "Then the floods came. Today they live in a tent at a school in Mathare.",
    "Five years ago",
    "the government promised to relocate everyone on the riparian land. Nobody has moved.",
])
a("relative", "Sport briefing: results as they happened", [
    "Our reporters follow the afternoon's Premier League action.",
    "Arsenal 2 Chelsea 1 · 5m",
    "Saka's late header wins it for the home side.",
    "Spurs 0 Everton 0 · 12m",
    "A dull draw at the Tottenham Hotspur Stadium.",
])
a("relative", "Minutes ago, a child was found: the anatomy of an Amber Alert", [
    "Police in Victoria issued their first Amber-style alert in the state's history on Monday.",
    "The message sent to phones read: Missing child, Melbourne, 2 hours ago.",
    "Within forty minutes, a tram driver had spotted the boy in Flinders Street.",
    "Police said the system had worked exactly as designed.",
])

# ---------- reading and listening times, counts ----------
a("reading", "Why Britain reads less than it used to", [
    "A new survey finds the average adult reads for 12 minutes a day, down from 22 in 2005.",
    "Reading time: 12 minutes",
    "That is the figure the charity wants to double, its director said.",
    "Listening time: 47 minutes",
    "Audiobooks and podcasts, by contrast, have grown threefold.",
])
a("reading", "Recipe: lamb tagine", [
    "This tagine is a slow-cooked Moroccan classic that rewards a little patience.",
    "Prep time: 20 minutes",
    "Cooking time: 2 hours 30 minutes",
    "Serves: 6",
    "Brown the lamb in batches, then add the onions, spices and apricots.",
    "Listen 3 min",
    "That is how long you should let the spices sizzle before adding the stock: listen for the crackle to die down.",
])
a("reading", "The speech that took 4 minutes to read", [
    "President Ruto's address to parliament was his shortest yet.",
    "4 min read",
    "That is how the clerk's office listed it in the order paper, and he kept to it.",
    "Opposition MPs said its brevity was a sign that the government had little to say.",
])
a("reading", "Poll: readers' favourite columns of the year", [
    "We asked you to vote for your favourite columns of 2024. Here are the top three.",
    "Aisha Bello, Columnist, 1,204 votes",
    "Tunde Ade, Columnist, 987 votes",
    "Ngozi Eze, Columnist, 743 votes",
    "Thank you to the 4,000 readers who took part.",
])
a("reading", "Election results: Nairobi governor", [
    "The IEBC has declared the results for Nairobi County.",
    "Johnson Sakaja, UDA, 699,392 votes",
    "Polycarp Igathe, Jubilee, 573,516 votes",
    "Turnout was 42 per cent, down from 2017.",
])
a("reading", "Results: Dublin Bay South by-election", [
    "The count at the RDS concluded late on Friday.",
    "Ivana Bacik (Labour) 8,131",
    "James Geoghegan (Fine Gael) 5,879",
    "Bacik was elected on the ninth count.",
])

# ---------- roles: 'Name, Role' ----------
a("role", "Meet the team behind the town's new food bank", [
    "The Kilkenny food bank opened its doors last week, run entirely by volunteers.",
    "Mary Walsh, Coordinator",
    "Walsh, a retired nurse, spent two years persuading supermarkets to donate their surplus.",
    "Declan Burke, Driver",
    "Burke collects donations from six shops every morning before dawn.",
])
a("role", "Interview: the photographer who documented the floods", [
    "We spoke to the photographer whose pictures of Lismore went round the world.",
    "Jane Roe, Photographer",
    "Jane Roe: I just kept walking into the water. You don't think, you just shoot.",
    "What was the hardest picture to take?",
    "Jane Roe: The one of the school. I went to that school.",
])
a("role", "Awards: the winners of the 2024 Walkley Awards", [
    "The Walkley Foundation announced its winners in Sydney on Thursday night.",
    "Gold Walkley: Anne Connolly, Reporter, ABC Four Corners",
    "Young Journalist of the Year: Kieran Lu, Journalist, The Age",
    "Photo of the Year: Sam Parker, Photographer, Reuters",
    "The foundation said entries were up 20 per cent on last year.",
])
a("role", "Credits: the team behind our investigation", [
    "This investigation took eighteen months and involved reporters in three countries.",
    "Reporting: Chidi Obi, Senior Reporter",
    "Editing: Fatima Sule, Investigations Editor",
    "Photography: Emeka Nwosu, Photographer",
    "Graphics: Lola Ade, Data Journalist",
])
a("role", "Broadcaster names new breakfast presenters", [
    "RTÉ has named the pair who will front its new breakfast programme from January.",
    "Aoife Murphy, Presenter",
    "Murphy joins from Newstalk, where she has hosted the drive-time show since 2019.",
    "Ciarán Nolan, Presenter",
    "Nolan, a former sports journalist, is best known for his GAA commentary.",
])
a("role", "Court: editor fined for contempt over trial report", [
    "The editor of a Manchester newspaper was fined £5,000 at the High Court yesterday.",
    "Mr Justice Peel said the paper's report had named a witness protected by a reporting restriction.",
    "The defendant was listed on the court sheet as:",
    "Paul Grant, Editor, Manchester Evening Post",
    "Grant apologised through his counsel and said the error was his alone.",
])
a("role", "Our panel of experts on the budget", [
    "We asked three economists to read the budget so you don't have to.",
    "Dr Priya Nair, Economist",
    "The headline figure hides a real-terms cut in health spending.",
    "Raj Mehta, Chief Economist, Axis Bank",
    "The fiscal deficit target is credible for the first time in years.",
])

# ---------- names alone / names in capitals ----------
a("caps", "Interview: 'I never wanted to be famous'", [
    "CHIMAMANDA NGOZI ADICHIE",
    "The novelist talks to us about fame, family and her next book.",
    "You have said you never wanted to be famous. Why?",
    "Because fame takes your time, and time is what a writer needs.",
])
a("caps", "The cast list: who's who in the new Abbey production", [
    "The Abbey Theatre has announced the cast for its spring production of The Plough and the Stars.",
    "NORA CLITHEROE",
    "played by Siobhán Cullen, who won an IFTA last year.",
    "JACK CLITHEROE",
    "played by Barry Ward.",
])
a("caps", "Playwright's new drama: an extract", [
    "We publish an extract from the opening scene of Ama Ata's new play, which opens in Accra next week.",
    "KOFI",
    "You came back.",
    "ADWOA",
    "I never left. You just stopped looking.",
])
a("caps", "Match report: Leinster 24 Munster 17", [
    "Leinster edged a bruising interprovincial at the Aviva Stadium on Saturday.",
    "LEINSTER",
    "Tries: Keenan, Ringrose. Cons: Byrne. Pens: Byrne 4.",
    "MUNSTER",
    "Tries: Crowley, Nash. Cons: Crowley 2. Pen: Crowley.",
])
a("caps", "Obituary: JOHN KAMAU", [
    "JOHN KAMAU",
    "1948 - 2024",
    "John Kamau, who has died at 76, was the first African editor of the East African Standard.",
    "He joined the paper as a proofreader in 1967.",
])
a("names", "Photo caption names: the class of 1974 reunites", [
    "Fifty years after they left Our Lady's school, 23 former pupils met in Cork on Saturday.",
    "Mary O'Brien",
    "Siobhan Kelly",
    "Patricia Doyle",
    "From left: the three friends who organised the reunion, all now grandmothers.",
    "They plan to meet again next year.",
])
a("names", "Senate confirms three new judges", [
    "The Senate on Thursday confirmed three nominees to the federal bench.",
    "Maria Gonzalez",
    "Gonzalez, a former public defender, will sit in the Southern District of Texas.",
    "David Chen",
    "Chen was confirmed 51 to 48.",
])

# ---------- card buttons beside a name ----------
a("buttons", "Tech: X users complain about new follow limits", [
    "Users of X have complained that the platform now limits how many accounts they can follow each day.",
    "Elon Musk Follow",
    "The button above was greyed out for thousands of users on Tuesday, screenshots show.",
    "The company said the limit was temporary.",
])
a("buttons", "How to contact your MP", [
    "Every MP has a constituency office and an email address. Here is how to reach ours.",
    "Sarah Green Email",
    "Write to her at the House of Commons, London SW1A 0AA, or visit a surgery on Fridays.",
    "She says she replies to every letter.",
])
a("buttons", "Social media: the councillors who are most active online", [
    "We counted the posts of all 60 councillors on social media over three months.",
    "Cllr Ann Lee Twitter Facebook Instagram",
    "Lee posted 412 times, more than any other member.",
    "Cllr Bob Stone LinkedIn",
    "Stone posted only on LinkedIn, mostly about planning.",
])

# ---------- machine timestamps ----------
a("iso", "The log that convicted the hacker", [
    "Prosecutors showed the jury the server log that placed the defendant at the keyboard.",
    "2023-11-14T02:17:45Z",
    "That timestamp, they said, matched the moment his phone connected to the café's Wi-Fi.",
    "The jury took four hours to convict.",
])
a("iso", "Data: when the blackout started", [
    "The grid operator's data shows the exact second frequency dropped below the safe limit.",
    "2024-04-28 12:33:18+02:00",
    "Within five seconds, 15 gigawatts had been lost from the Iberian grid.",
])

# ---------- dated rows: a name and a date ----------
a("dated", "Timeline: the prime ministers since 1997", [
    "Here are the prime ministers who have held office since Labour's landslide.",
    "Tony Blair, 2 May 1997",
    "Gordon Brown, 27 June 2007",
    "David Cameron, 11 May 2010",
    "The dates are when each took office.",
])
a("dated", "Born on this day", [
    "Famous people born on 5 December:",
    "Walt Disney, 5 December 1901",
    "Little Richard, 5 December 1932",
    "Both changed American culture in their own way.",
])
a("dated", "The one-day international: scorecard", [
    "India beat Australia by six wickets in Mumbai on Sunday.",
    "Virat Kohli, 112 not out, 4 May",
    "Kohli's century was his 50th in ODIs.",
])
a("dated", "Funeral notices", [
    "BYRNE, Patrick, Ballymun, 2 December 2024",
    "Peacefully, at the Mater Hospital, surrounded by his loving family.",
    "Reposing at his home on Wednesday from 4pm to 7pm.",
])
a("dated", "Event listings: what's on this week", [
    "Here is our pick of the week's events across Perth.",
    "Tim Minchin, Perth Arena, Friday 6 December, 8pm",
    "The comedian returns with his first solo tour in a decade.",
    "Courtney Barnett, Fremantle Arts Centre, Saturday 7 December, 7.30pm",
    "Tickets are still available for both shows.",
])
a("dated", "Transport: Christmas timetable changes", [
    "Irish Rail has published its Christmas timetable.",
    "Dublin Heuston to Cork, Tuesday 24 December, 6.30pm",
    "This is the last train before Christmas Day.",
    "Cork to Dublin Heuston, Friday 27 December, 7am",
    "Services resume as normal on 28 December.",
])

# ---------- stamp words inside the article ----------
a("stamp", "Court told of deleted messages", [
    "A jury at Snaresbrook Crown Court was shown a WhatsApp message the defendant deleted.",
    "Posted by Dean Walsh, 14 March 2023, 11:47pm",
    "The message read: It's done. Don't call me.",
    "Walsh denies murder. The trial continues.",
])
a("stamp", "The Facebook post that started the protest", [
    "Ngozi Eze never meant to start a movement.",
    "Published by Ngozi Eze · 3 October · 9:14am",
    "Her post, about a pothole outside her daughter's school, was shared 40,000 times.",
    "Within a week, the state government had sent a repair crew.",
])
a("stamp", "Updated: how the report changed", [
    "The government's report on waiting lists has been revised twice since it was first published.",
    "Updated 14 June 2024",
    "The first revision corrected the figures for Wales.",
    "Updated 2 July 2024",
    "The second added data for Northern Ireland.",
])
a("stamp", "This article is more than 2 years old: why we label our archive", [
    "Readers often ask why some of our stories carry a warning at the top.",
    "This article is more than 2 years old",
    "That label, the readers' editor explains, is added automatically to every story after 24 months.",
    "It is meant to stop old stories being shared as if they were new.",
])

# ---------- interviews with 'Name: answer' ----------
a("interview", "Q&A: the new Garda Commissioner", [
    "Drew Harris's successor sat down with us for his first interview.",
    "Justin Kelly",
    "Commissioner, what is your first priority?",
    "Justin Kelly: Visibility. People want to see gardaí on the street.",
])
a("interview", "In conversation: two generations of Nigerian novelists", [
    "Wole Soyinka and Chigozie Obioma met in Lagos last month.",
    "WOLE SOYINKA",
    "I write because the alternative is silence.",
    "CHIGOZIE OBIOMA",
    "And I write because I read you.",
])

# ---------- sports team sheets and results ----------
a("sport", "Ireland team to face England", [
    "Andy Farrell has named his side for Saturday's Six Nations match at Twickenham.",
    "Hugo Keenan, Full-back, 42 caps",
    "Mack Hansen, Wing, 28 caps",
    "Garry Ringrose, Centre, 58 caps",
    "Kick-off is at 4.45pm.",
])
a("sport", "Marathon results: Nairobi City Marathon", [
    "Kenya swept the podium in the men's race on Sunday.",
    "Daniel Kipchumba, 2:08:14",
    "Joshua Belet, 2:09:01",
    "Hillary Kipkoech, 2:09:33",
    "The women's race was won by Faith Cherono.",
])
a("sport", "AFL: Brownlow Medal count", [
    "The Brownlow Medal was decided on the final round.",
    "Lachie Neale, Brisbane, 31 votes",
    "Marcus Bontempelli, Western Bulldogs, 29 votes",
    "Neale becomes a dual Brownlow medallist.",
])
a("sport", "Cricket: India squad for the Test series", [
    "The BCCI has named its 16-man squad for the tour of England.",
    "Rohit Sharma (captain)",
    "Jasprit Bumrah (vice-captain)",
    "Rishabh Pant (wicketkeeper)",
    "The first Test is at Headingley on 20 June.",
])

# ---------- photo captions naming people ----------
a("caption", "Gallery: the best pictures from the agricultural show", [
    "Thousands turned out for the Royal Easter Show in Sydney.",
    "Jack Brown, 7, with his prize calf, Saturday 12 April",
    "Judges praised the quality of the cattle entries.",
    "Emily Tan, Baker, with her winning sponge",
    "The show runs until 22 April.",
])
a("caption", "Pictures: graduation day at University of Nairobi", [
    "More than 5,000 students graduated on Friday.",
    "Faith Wanjiru, Bachelor of Journalism, 6 December 2024",
    "Wanjiru was the first in her family to attend university.",
    "The ceremony lasted six hours.",
])

# ---------- misc: bylines quoted inside the article, media stories ----------
a("media", "Paper apologises for fabricated quotes", [
    "The Sunday Herald has apologised after an investigation found quotes in 14 stories were invented.",
    "All 14 carried the same byline:",
    "By Mark Fell, Senior Reporter",
    "Fell left the paper in October. He has not responded to requests for comment.",
])
a("media", "The columnist who wrote for 60 years", [
    "When Maeve Brennan filed her last column on Sunday, she had written 3,112 of them.",
    "By Maeve Brennan | 1 December 2024 | 800 words",
    "The final one, reproduced below, is about her garden.",
    "The roses have given up for the year, and so, nearly, have I.",
])
a("media", "Reporter's notebook: 48 hours in Maiduguri", [
    "Friday, 8:30am",
    "The convoy leaves the airport under military escort.",
    "Friday, 2pm",
    "We reach the camp. There are 40,000 people here and one clinic.",
    "Saturday, 6am",
    "The call to prayer wakes the camp.",
])
a("media", "Wire services: who broke the story first", [
    "Three agencies claimed the scoop. Their time-stamped alerts tell the story.",
    "Reuters, 14:02 GMT",
    "AFP, 14:05 GMT",
    "Associated Press, 14:09 GMT",
    "Reuters was first by three minutes.",
])
a("media", "Editor's note on our coverage", [
    "Readers have asked who writes our editorials. They are the view of the editorial board.",
    "Editorial Board",
    "The board meets every weekday at 11am.",
    "It includes the editor, the deputy editor and four senior writers.",
])
a("media", "Kenyan journalist wins CNN award", [
    "Nation Media Group's Dorothy Otieno has won the CNN MultiChoice African Journalist award.",
    "Dorothy Otieno, Health Correspondent, Nation",
    "Her winning series exposed fake cancer drugs in Nairobi pharmacies.",
    "She dedicated the award to the families she interviewed.",
])
a("media", "Staff reporter jailed in Ethiopia", [
    "A staff reporter for an Addis Ababa weekly has been jailed for 18 months.",
    "Staff Reporter",
    "That was the only credit the paper gave its stories for a decade, to protect its writers.",
    "Press freedom groups condemned the sentence.",
])
a("media", "Australian paper marks 150 years", [
    "The Advertiser published its first edition on 12 July 1858.",
    "The Advertiser, 12 July 1858, 4 pages",
    "That first issue sold 1,200 copies.",
    "Today it is read by 600,000 people a week.",
])
a("media", "Interview with a radio host: 'I talk for a living'", [
    "Kenneth Kwame, Host, 6am-10am",
    "That is what it says on the studio door, and Kwame has occupied that chair for 22 years.",
    "He says he still gets nervous before the 6am news.",
])
a("media", "Readers' letters: on the state of our roads", [
    "We received 300 letters on this subject. Here are two.",
    "The potholes on the A39 are a danger to cyclists and drivers alike.",
    "— David Harris, Truro",
    "I have written to the council four times and had no reply.",
    "— Jenny Lowe, Falmouth, 2 December",
])
a("media", "The tweet that ended a career", [
    "The message was posted late at night and deleted within the hour.",
    "Tom Hale @tomhale · 11h",
    "By then it had been shared 20,000 times.",
    "Hale resigned from the board the following morning.",
])
a("media", "Dublin city council minutes", [
    "Present: Lord Mayor Daithí de Róiste (Chair), Cllrs Nial Ring, Mannix Flynn, Deirdre Heney.",
    "Apologies: Cllr Cat O'Driscoll",
    "Minutes of the previous meeting, held 4 November 2024, were agreed.",
    "Proposed by Cllr Ring, seconded by Cllr Heney.",
])
a("media", "Opinion: why I left journalism", [
    "I was a reporter for 15 years. My business card said it all:",
    "Jane Roe, Senior Reporter, The Courier",
    "Now I teach English to 11-year-olds, and I have never been happier.",
    "The industry I loved has lost its way.",
])
a("media", "Podcast listings: the week's best", [
    "Our critic picks the best new podcasts.",
    "The Rest Is History, 48 min listen",
    "Tom Holland and Dominic Sandbrook on the fall of Rome.",
    "Desert Island Discs, 37 min listen",
    "Lauren Laverne's guest is the novelist Sally Rooney.",
])

# ---------- batch 2: the same shapes directly under the headline (where the rows are taken most readily) ----------
a("top-role", "Vox pop: what Lagos thinks of the fuel price rise", [
    "Chinedu Okeke, Bus Driver",
    "I used to fill my tank for 20,000 naira. Now it is 60,000. My passengers cannot pay more.",
    "Blessing Adeyemi, Trader",
    "Everything costs more because everything travels by road.",
])
a("top-role", "Ask the expert: should I fix my mortgage?", [
    "Dr Priya Nair, Economist",
    "With rates expected to fall next year, a two-year fix may be the safer bet for most borrowers.",
    "But if you value certainty above all, a five-year deal still has much to recommend it.",
])
a("top-role", "My working day: the night-shift nurse", [
    "Grace Wambui, 34, Nurse",
    "I start at 7pm. The first thing I do is read the handover notes from the day team.",
    "By midnight the ward is quiet, but that is when the falls happen.",
])
a("top-dated", "What's on: comedy at the Fringe", [
    "Tim Minchin, Perth Arena, Friday 6 December, 8pm",
    "The comedian returns with his first solo tour in a decade, and tickets are selling fast.",
    "Support comes from the local act Tash York.",
])
a("top-dated", "Funeral notice: Patrick Byrne", [
    "Patrick Byrne, Ballymun, 2 December 2024",
    "Peacefully, at the Mater Hospital, surrounded by his loving family, Patrick, beloved husband of Mary.",
    "Reposing at his home on Wednesday from 4pm to 7pm. Funeral Mass on Thursday at 10am.",
])
a("top-dated", "In memoriam: Aunty Ngozi", [
    "Ngozi Okafor, 12 March 1941 - 30 November 2024",
    "Mama, grandmother and teacher to three generations of Enugu schoolchildren.",
    "Her funeral will take place at St Mary's Cathedral on 14 December.",
])
a("top-relative", "Live: Nairobi floods latest", [
    "5 minutes ago",
    "The Kenya Red Cross says 2,000 families have been displaced in Mathare overnight.",
    "20 minutes ago",
    "President Ruto has cancelled his trip to Mombasa to visit the affected areas.",
])
a("top-relative", "Live: Premier League scores", [
    "Arsenal 2 Chelsea 1 · 5m",
    "Saka's late header wins it for the home side in a pulsating London derby.",
    "Spurs 0 Everton 0 · 12m",
    "A dull draw at the Tottenham Hotspur Stadium, with neither side managing a shot on target.",
])
a("top-reading", "Recipe: quick jollof rice", [
    "Serves 4 | 45 min",
    "Blend the tomatoes, peppers and onion until smooth, then fry in hot oil for ten minutes.",
    "Add the washed rice and stock, cover tightly and cook on a low heat.",
])
a("top-reading", "Podcast: the week in Westminster", [
    "Listen 38 min",
    "This week, our political team asks whether the Chancellor's budget will survive the spring.",
    "Plus: the by-election that could change everything.",
])
a("top-caps", "Letters to the editor", [
    "MARGARET HALE",
    "Sir, the proposed bypass will cut through the last ancient woodland in the parish.",
    "TOM DAVIES",
    "Sir, as a haulier I welcome any road that keeps lorries out of the high street.",
])
a("top-caps", "Profile: the boxer who came home", [
    "ANTHONY JOSHUA",
    "He left Watford as a teenager with a record for fighting in the street. He returned as a two-time world champion.",
    "Now he wants to give something back.",
])
a("top-names", "Wedding: Smith and Jones", [
    "Saturday 3 May 2024",
    "John Smith",
    "Mary Jones",
    "The couple were married at St Andrew's Church, Ashford, in front of 120 guests.",
])
a("top-names", "Meeting notes: parish council", [
    "Monday 2 December 2024, 7pm",
    "Cllr Ann Lee",
    "Cllr Bob Stone",
    "Cllr Jean Park",
    "Those present agreed to defer the decision on the playground until January.",
])
a("top-buttons", "How to follow your MP online", [
    "Sarah Green Follow",
    "That button, on the MP's profile page, is the quickest way to see her posts, she told constituents.",
    "She posts daily about her constituency work.",
])
a("top-full", "Diary: a week on the campaign trail", [
    "Monday 4 November, 6am, Kisumu",
    "The candidate is already at the market, shaking hands with traders before the sun is up.",
    "Tuesday 5 November, 9pm, Nakuru",
    "A rally of 10,000 people. He speaks for three hours.",
])
a("top-full", "The stories that made our year", [
    "By Jane Roe | 3 May 2024 | 6 min read",
    "That was the byline on our most-read story of the year, an investigation into care homes that led to three arrests.",
    "Roe, who joined us in 2022, said the families deserved the credit.",
])
a("top-iso", "Logged: the moment the server went down", [
    "2024-07-19T04:09:00Z",
    "That was when CrowdStrike pushed the update that crashed 8.5 million Windows machines.",
    "By 05:27 UTC the company had reverted it, but the damage was done.",
])
a("top-stamp", "Posted: a note from the editor", [
    "Posted 1 December 2024",
    "This is the last edition of the Kilkenny Courier after 112 years. We thank our readers for their loyalty.",
])
a("top-desk", "Our newsroom: who we are", [
    "Business Desk",
    "Our business desk covers the economy, markets and companies, from the Nairobi Securities Exchange to the smallest kiosk.",
    "Sports Desk",
    "Our sports desk follows Kenyan athletes wherever they compete.",
])

# ---------- batch 3: rows taken anywhere (a name, a role, a date or a time), interleaved with their descriptions ----------
a("full-body", "Radio: the new weekday schedule", [
    "BBC Radio 2 has announced its new weekday line-up, which starts on 6 January.",
    "Scott Mills, Presenter, 6.30am",
    "The breakfast show moves to a new home, with news, travel and the Showdown quiz.",
    "Vernon Kay, Presenter, 9.30am",
    "Kay continues with Ten to the Top and his phone-in.",
    "Jo Whiley, Presenter, 7pm",
    "Whiley's evening show gains an extra hour.",
])
a("full-body", "Festival diary: the films not to miss", [
    "The Dublin International Film Festival opens on Thursday with more than 100 screenings.",
    "Sarah Kelly, Producer, 21 February",
    "Kelly's documentary about the Magdalene laundries gets its world premiere at the Lighthouse.",
    "Paul Mescal, Actor, 23 February",
    "Mescal returns home for a Q&A after the screening of his new film.",
])
a("full-body", "Awards: the shortlist for the Orwell Prize for journalism", [
    "The Orwell Foundation has announced its shortlist for political journalism.",
    "Amina Hassan, Health Reporter, The Star, 19 January 2024",
    "Hassan's series on counterfeit insulin led to the closure of two factories.",
    "Emily Clarke, Political Correspondent, The Times, 3 March 2024",
    "Clarke's reporting on lobbying prompted a change to parliamentary rules.",
    "The winner will be announced in June.",
])
a("full-body", "Inquest hears of the reporter's final assignment", [
    "The inquest into the death of photojournalist David Hale opened at Westminster Coroner's Court on Monday.",
    "His press pass, found at the scene, was shown to the court. It read:",
    "David Hale, Photographer, 14 August 2023",
    "The coroner said the pass had been issued by the Ministry of Defence three days before he died.",
])
a("full-body", "Who was on the bench: the judges in the Supreme Court ruling", [
    "The Supreme Court of Kenya delivered its judgment on the Finance Act on Friday.",
    "Martha Koome, Chief Justice, 6 December 2024",
    "Koome read the majority judgment, which upheld most of the Act.",
    "Isaac Lenaola, Judge, 6 December 2024",
    "Lenaola dissented on the housing levy.",
])
a("full-body", "Timeline of the crisis at the hospital", [
    "The trust's board papers set out when each warning was raised.",
    "Dr Sarah Hill, Consultant, 3 March 2022",
    "Hill emailed the medical director about the rising death rate on the ward.",
    "Tom Reid, Staff Nurse, 14 May 2022",
    "Reid filed an incident report after a second baby died.",
    "Neither warning reached the board.",
])
a("dated-body", "Social media reacts to the result", [
    "The verdict prompted thousands of posts within minutes.",
    "Kelly Hayes · 14 Mar",
    "This is a dark day for press freedom in this country.",
    "Jane Roe, 1 hr ago",
    "Justice has been done. The jury saw through it.",
    "The hashtag was trending in Kenya, Nigeria and South Africa by the evening.",
])
a("dated-body", "Roll of honour: the firefighters who died", [
    "The memorial unveiled on Sunday bears the names of the 14 firefighters who have died on duty since 1950.",
    "Sean Walsh and Michael Byrne, 3 May 1987",
    "The two men died when the roof of a warehouse in Ringsend collapsed.",
    "Patrick Doyle, 12 November 2001",
    "Doyle was killed by a falling wall in Cork.",
])
a("top-by", "Book review: an anthology of new Nigerian writing", [
    "Edited by Fatima Sule",
    "This is the most exciting anthology of African fiction in a decade, and the editor's introduction is worth the price alone.",
    "Sule has found twenty writers under 30, most of them published here for the first time.",
])
a("top-by", "Album review: Burna Boy's new record", [
    "Produced by Quincy Jones, 1982",
    "That credit on the sleeve of Thriller is the model Burna Boy says he had in mind, and his new album aims as high.",
    "It mostly succeeds. The production is immaculate and the songs are his best since African Giant.",
])
a("top-by", "Theatre: Macbeth at the Gate", [
    "Written by William Shakespeare",
    "It is easy to forget, watching Selina Cartmell's frantic production, that the words are four centuries old.",
    "The witches are schoolgirls, and Lady Macbeth is a TikTok star.",
])
a("top-role", "Profile: the woman who runs the Aviva", [
    "Anne Enright, Writer",
    "The plaque on the writers' bench in Bray reads like that, and Enright says it is all she wants on her grave.",
    "The Booker winner has lived in the town for 30 years.",
])
a("top-role", "Cabinet reshuffle: who's in and who's out", [
    "Jane Roe, Editor",
    "The former newspaper editor becomes Culture Secretary, in the most surprising appointment of the day.",
    "John Moss, Chancellor",
    "Moss keeps his job despite rumours that he would be moved to the Foreign Office.",
])
a("body-role", "Staff list: the Courier's newsroom in 1975", [
    "A photograph of the Courier's newsroom in 1975 has been found in the archive. It shows the staff of the day.",
    "Jane Roe, Editor",
    "Roe edited the paper from 1970 to 1988.",
    "Bob Stone, Photographer, 1975",
    "Stone took the picture using a timer.",
])

# ---------- batch 4: poems' titles, teams, handles, hosts ----------
a("top-by", "Poem of the week: Billy Collins", [
    "Today by Billy Collins",
    "If ever there were a spring day so perfect, so uplifted by a warm intermittent breeze, this poem is where you would find it.",
    "Collins, a former US poet laureate, published it in 2001.",
])
a("top-by", "Poetry corner: a Monday poem", [
    "Tuesday by Jane Roe",
    "The kettle knows before I do, and the window is already grey.",
    "Roe, who lives in Galway, wrote this poem for our readers' competition, which closes on 31 January.",
])
a("top-role", "Mountain rescue: the volunteers who found the missing walkers", [
    "Ann Lee, Team Leader",
    "Lee took the call at 2am and had twelve volunteers on the hill within the hour.",
    "John Moss, Medic",
    "Moss treated the walkers for hypothermia before they were stretchered down.",
])
a("top-role", "Influencer of the week", [
    "Jane Roe (@janeroe)",
    "With 2.3 million followers, the Nairobi-based creator is one of Kenya's most-watched voices on fashion.",
    "She started posting in 2019 from her bedroom in Kilimani.",
])
a("body-role", "Behind the scenes at the Late Late Show", [
    "It takes a team of 40 to put the Late Late Show on air every Friday night.",
    "Patrick Kielty, Host",
    "Kielty arrives at 2pm and rehearses the interviews with the researchers.",
    "Ann Lee, Producer",
    "Lee has the final say on the running order.",
    "The show goes out live at 9.35pm.",
])
a("dated-body", "Social media: the posts that moved the markets", [
    "Traders watched the president's account all afternoon.",
    "Donald Trump · 3d",
    "The post, which praised a company by name, sent its shares up 12 per cent.",
    "Elon Musk · 5h",
    "His reply was liked 200,000 times.",
])

# ---------- batch 5: names alone under a stamp above the article ----------
a("top-names", "Wedding bells for the Kilkenny hurlers", [
    "Saturday 3 May 2024",
    "John Smith",
    "Mary Jones",
    "The couple were married at St Canice's Cathedral in front of 300 guests, including most of the county team.",
], ["John Smith", "Mary Jones", "The couple were married at St Canice's Cathedral in front of 300 guests, including most of the county team."])
a("top-names", "Reunion of the class of 1974", [
    "Updated 3 May 2024",
    "Mary O'Brien",
    "Siobhan Kelly",
    "Patricia Doyle",
    "From left: the three friends who organised the reunion, now all grandmothers, met in Cork on Saturday.",
], ["Mary O'Brien", "Siobhan Kelly", "Patricia Doyle"])
a("top-names", "Lotto winners", [
    "3 May 2024 · 2 min read",
    "Anne Byrne",
    "Tom Walsh",
    "Both winners bought their tickets in the same shop in Tralee, the National Lottery said on Friday.",
], ["Anne Byrne", "Tom Walsh", "Both winners bought their tickets in the same shop in Tralee, the National Lottery said on Friday."])
a("top-caps", "Match report: Leinster 24 Munster 17", [
    "Leinster edged a bruising interprovincial at the Aviva Stadium on Saturday, in front of 51,000.",
    "JAMES LOWE",
    "The winger scored twice and made a try-saving tackle in the last minute.",
    "JACK CROWLEY",
    "Munster's out-half kicked well but could not break the line.",
])
