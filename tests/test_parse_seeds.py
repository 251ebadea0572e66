"""Every entry of the two seed reference lists parses to the right first author, year, title and container.

The entry text is written out here exactly as the seed file prints it (003 without its "- "
bullet), and each test also checks the text still occurs in the seed, so the specification
cannot drift from the fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from refcheck.model import Name
from refcheck.parser import parse_entries, parse_entry

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
MLA_SEED = (SEEDS / "000_2dd45404e1011c92.txt").read_text(encoding="utf-8")
APA_SEED = (SEEDS / "003_a1e76db77d51934e.txt").read_text(encoding="utf-8")

P = Name  # person: Name(family, given)


def org(name: str) -> Name:
    return Name(literal=name)


# (entry, first author or None, year, title, container)
MLA_ENTRIES = [
    ("“Addressing the Root Causes of Sex Trafficking.” United Nations Office on Drugs and Crime.",
     None, None, "Addressing the Root Causes of Sex Trafficking", "United Nations Office on Drugs and Crime"),
    ("Buckley , Mary. “Human Trafficking In and Out of Russia.” Fair Observer, 9 May 2014,",
     P("Buckley", "Mary"), "2014", "Human Trafficking In and Out of Russia", "Fair Observer"),
    ("Buckley , Mary. “Public Opinion in Russia on the Politics of Human Trafficking.” JSTOR, vol. 61, no. 2, "
     "Mar. 2009, pp. 231–248.",
     P("Buckley", "Mary"), "2009", "Public Opinion in Russia on the Politics of Human Trafficking", "JSTOR"),
    ("Dean, Laura. “A Stage for Human Trafficking: The World Cup in Russia.” Wilson Center, 19 June 2018,",
     P("Dean", "Laura"), "2018", "A Stage for Human Trafficking: The World Cup in Russia", "Wilson Center"),
    ("Gehlbach, Scott “Reflections on Putin & the Media,” Post-Soviet Affairs, 26:1, 2010, pp. 77-87",
     P("Gehlbach", "Scott"), "2010", "Reflections on Putin & the Media", "Post-Soviet Affairs"),
    ("Harroff-Tavel , Hélène, and Alix Nasri. “Tricked and Trapped: Human Trafficking in the Middle East.” "
     "International Labor Organization, 2013.",
     P("Harroff-Tavel", "Hélène"), "2013", "Tricked and Trapped: Human Trafficking in the Middle East",
     "International Labor Organization"),
    ("Laczko, Frank. “Human Trafficking: The Need for Better Data.”, 2 Mar. 2017,",
     P("Laczko", "Frank"), "2017", "Human Trafficking: The Need for Better Data", None),
    ("Lee, Ying Chieh. “HUMAN TRAFFICKING ACROSS BORDERS AND THE NEED FOR A GLOBAL RESPONSE.” Master Theses CUNY "
     "Academic Works, 2014, pp. 51–54.",
     P("Lee", "Ying Chieh"), "2014", "HUMAN TRAFFICKING ACROSS BORDERS AND THE NEED FOR A GLOBAL RESPONSE",
     "Master Theses CUNY Academic Works"),
    ("Roache, Madeline. “Putin Doesn't Care about Sex Trafficking.” Foreign Policy, Foreign Policy, 13 July 2018,",
     P("Roache", "Madeline"), "2018", "Putin Doesn't Care about Sex Trafficking", "Foreign Policy"),
    ("“Russia.” Global Slavery Index, Dec. 2018,", None, "2018", "Russia", "Global Slavery Index"),
    ("“Russia.” U.S. Department of State, U.S. Department of State, June 2017,",
     None, "2017", "Russia", "U.S. Department of State"),
    ("Rutland, Peter. 2000. “Putin’s Rise to Power,” Post-Soviet Affairs.",
     P("Rutland", "Peter"), "2000", "Putin’s Rise to Power", "Post-Soviet Affairs"),
    ("“Sex Trafficking .” National Human Trafficking Hotline, Polaris, 2018.",
     None, "2018", "Sex Trafficking", "National Human Trafficking Hotline"),
    ("“Trafficking Routes.” Trafficking Routes, Dec. 2018,", None, "2018", "Trafficking Routes", "Trafficking Routes"),
    ("Zakirova, Venera. “Gender Inequality in Russia: the Perspective of Participatory Gender Budgeting.” "
     "Reproductive Health Matters, vol. 22, no. 44, 2014, pp. 202–212., doi:10.1016/s0968-8080(14)44806-7.",
     P("Zakirova", "Venera"), "2014", "Gender Inequality in Russia: the Perspective of Participatory Gender Budgeting",
     "Reproductive Health Matters"),
]

APA_ENTRIES = [
    ("Angel Coalition (2008). *The angel coalition: Research, education, training, and public information programs "
     "for the prevention of sexual trafficking of girls and young women from Russia and the CIS*. Retrieved from "
     "<http://www.angelcoalition.com>",
     org("Angel Coalition"), "2008", "The angel coalition: Research, education, training, and public information "
     "programs for the prevention of sexual trafficking of girls and young women from Russia and the CIS", None),
    ("Angel Coalition (2009). *Trafficking victim assistance center report*. Moscow, Russia: Angel Coalition.",
     org("Angel Coalition"), "2009", "Trafficking victim assistance center report", None),
    ("Bales, K. (2004). *Disposable people: New slavery in the global economy*. Berkeley: University of California "
     "Press.",
     P("Bales", "K."), "2004", "Disposable people: New slavery in the global economy", None),
    ("Bhaba, J. (2005). Trafficking, smuggling, and human rights. *Migration Information Source*. Retrieved from "
     "<http://www.migrationinformation.org/Feature/display.cfm?id=294>",
     P("Bhaba", "J."), "2005", "Trafficking, smuggling, and human rights", "Migration Information Source"),
    ("Finkenaur, J.O. & Voronin, Y.A. (2001). *The threat of russian organized crime*. Retrieved from "
     "<http://www.ncjrs.gov/pdffiles1/nij/187085.pdf>",
     P("Finkenaur", "J.O."), "2001", "The threat of russian organized crime", None),
    ("Gallagher, A. (2002). *Trafficking, smuggling and human rights: Tricks and treaties*. Retrieved from "
     "<http://www.fmreview.org/FMRpdfs/FMR12/fmr12.9.pdf>",
     P("Gallagher", "A."), "2002", "Trafficking, smuggling and human rights: Tricks and treaties", None),
    ("Granville, J. (2004). From russia without love: The “fourth wave” of global human trafficking. "
     "*Demokratizatsiya*, 12(1), 147-155.",
     P("Granville", "J."), "2004", "From russia without love: The “fourth wave” of global human trafficking",
     "Demokratizatsiya"),
    ("Huges, D. (2000). The “natasha” trade – the transnational shadow market of trafficking in women. *Journal of "
     "International Affairs*, 53(2), 625-631.",
     P("Huges", "D."), "2000", "The “natasha” trade – the transnational shadow market of trafficking in women",
     "Journal of International Affairs"),
    ("The International Center for Not-for-Profit Law (2009). *NGO law monitor: Russia*. Retrieved from "
     "<http://www.icnl.org/knowledge/ngolawmonitor/MonitorRussia.pdf>",
     org("The International Center for Not-for-Profit Law"), "2009", "NGO law monitor: Russia", None),
    ("International Organization for Migration (2009). *Reintegration assistance programme, project “prevention of "
     "human trafficking in the russian federation.”* Moscow, Russia: International Organization for Migration.",
     org("International Organization for Migration"), "2009",
     "Reintegration assistance programme, project “prevention of human trafficking in the russian federation.”", None),
    ("International Organization for Migration (2009). *Victims of human trafficking: Who are they?* Moscow, Russia: "
     "International Organization for Migration.",
     org("International Organization for Migration"), "2009", "Victims of human trafficking: Who are they?", None),
    ("Kapstein, E.B. (2006). The new global slave trade. *Foreign Affairs*, 85, 103-115.",
     P("Kapstein", "E.B."), "2006", "The new global slave trade", "Foreign Affairs"),
    ("Laczko, F. (2002). Human trafficking: The need for better data. *Migration Information Source*. Retrieved "
     "from <http://www.migrationinformation.org/Feature/print.cfm?ID=66>",
     P("Laczko", "F."), "2002", "Human trafficking: The need for better data", "Migration Information Source"),
    ("Laczko, F. (2005). Data and research on human trafficking. *International Migration*, 43(1-2), 5-16.",
     P("Laczko", "F."), "2005", "Data and research on human trafficking", "International Migration"),
    ("Mendelson, S.E. (2002). Russians' rights imperiled: Has anybody noticed? *International Security*, 2(4), 39-69.",
     P("Mendelson", "S.E."), "2002", "Russians' rights imperiled: Has anybody noticed?", "International Security"),
    ("MiraMed Institute (2009). *Annual program report 2008*. Moscow, Russia: MiraMed Institute.",
     org("MiraMed Institute"), "2009", "Annual program report 2008", None),
    ("Orlova, A.V. (2004). From social dislocation to human trafficking: The russian case. *Problems of Post "
     "Communism*, 51(6), 14-22.",
     P("Orlova", "A.V."), "2004", "From social dislocation to human trafficking: The russian case",
     "Problems of Post Communism"),
    ("Parfitt, T. (2004). Anti-trafficking law stalls in russian parliament. *The Lancet*, 363, 1048.",
     P("Parfitt", "T."), "2004", "Anti-trafficking law stalls in russian parliament", "The Lancet"),
    ("Pickup, F. (1998). Deconstructing trafficking in women: The example of russia. *Millennium – Journal of "
     "International Studies*, 27, 995-1022.",
     P("Pickup", "F."), "1998", "Deconstructing trafficking in women: The example of russia",
     "Millennium – Journal of International Studies"),
    ("Quirk, J. (2006). The anti-slavery project: Linking the historical and contemporary. *Human Rights Quarterly*, "
     "28, 565-598.",
     P("Quirk", "J."), "2006", "The anti-slavery project: Linking the historical and contemporary",
     "Human Rights Quarterly"),
    ("Transparency International (2009). *Global corruption report*. Retrieved from "
     "<http://www.transparency.org/publications/gcr>",
     org("Transparency International"), "2009", "Global corruption report", None),
    ("Tyldum, G. & Brunovskis, A. (2005). Describing the unobserved: Methodological challenges in empirical studies "
     "of human trafficking. *International Migration*, 43(1/2).",
     P("Tyldum", "G."), "2005",
     "Describing the unobserved: Methodological challenges in empirical studies of human trafficking",
     "International Migration"),
    ("The UN/IOM Working Group on Trafficking in Human Beings (2005). *Human trafficking in the russian federation: "
     "Inventory and analysis of the current situation and responses*. Retrieved from: "
     "[//www.childtrafficking.org/pdf/user/Unicef_RussiaTraffickingMar06.pdf]"
     "(http://www.childtrafficking.org/pdf/user/Unicef_RussiaTraffickingMar06.pdf)",
     org("The UN/IOM Working Group on Trafficking in Human Beings"), "2005",
     "Human trafficking in the russian federation: Inventory and analysis of the current situation and responses",
     None),
    ("United Nations Office on Drugs and Crime (2009). Global report on human trafficking. Retrieved from "
     "<http://www.unodc.org/unodc/en/human-trafficking/global-report-on-trafficking-in-persons.html>",
     org("United Nations Office on Drugs and Crime"), "2009", "Global report on human trafficking", None),
    ("United Nations Office on Drugs and Crime (2010). Signatories to the united nations convention on "
     "transnational crime and its protocols. Retrieved from "
     "<http://www.unodc.org/unodc/en/treaties/CTOC/signatures.html>",
     org("United Nations Office on Drugs and Crime"), "2010",
     "Signatories to the united nations convention on transnational crime and its protocols", None),
    ("United Nations (2000). *Protocol to prevent, suppress and punish trafficking in persons, especially women and "
     "children, supplementing the united nations convention against transnational organized crime*. Retrieved from "
     "http://www.uncjin.org/Documents/.../convention_%20traff_eng.pdf",
     org("United Nations"), "2000", "Protocol to prevent, suppress and punish trafficking in persons, especially "
     "women and children, supplementing the united nations convention against transnational organized crime", None),
    ("The School of Russian and Asian Studies (2010). About sras. Retrieved from http://www.sras.org/about_sras",
     org("The School of Russian and Asian Studies"), "2010", "About sras", None),
    ("United States Department of State (2008). *Trafficking in persons report*. Retrieved from "
     "<http://www.state.gov/g/tip/rls/tiprpt/2008/index.htm>",
     org("United States Department of State"), "2008", "Trafficking in persons report", None),
    ("United States Department of State (2009). *Trafficking in persons report*. Retrieved from "
     "<http://www.state.gov/g/tip/rls/tiprpt/2009/index.htm>",
     org("United States Department of State"), "2009", "Trafficking in persons report", None),
    ("United States Department of State (2010). *Trafficking in persons report*. Retrieved from "
     "<http://www.state.gov/documents/organization/142979.pdf>",
     org("United States Department of State"), "2010", "Trafficking in persons report", None),
]


def _ids(entries: list[tuple]) -> list[str]:
    return [e[0][:40] for e in entries]


def test_the_specification_lists_every_seed_entry_once():
    assert len(MLA_ENTRIES) == 15
    assert len(APA_ENTRIES) == 30


@pytest.mark.parametrize(("text", "author", "year", "title", "container"), MLA_ENTRIES, ids=_ids(MLA_ENTRIES))
def test_mla_seed_entry_parses_right(text, author, year, title, container):
    assert text in MLA_SEED
    _, f = parse_entry(text)
    assert (f.authors[0] if f.authors else None) == author
    assert f.year == year
    assert f.title == title
    assert f.container == container


@pytest.mark.parametrize(("text", "author", "year", "title", "container"), APA_ENTRIES, ids=_ids(APA_ENTRIES))
def test_apa_seed_entry_parses_right(text, author, year, title, container):
    assert text in APA_SEED
    _, f = parse_entry(text)
    assert (f.authors[0] if f.authors else None) == author
    assert f.year == year
    assert f.title == title
    assert f.container == container


def test_batch_parse_gives_the_same_fields_as_one_at_a_time():
    texts = [e[0] for e in MLA_ENTRIES + APA_ENTRIES]
    assert parse_entries(texts) == [parse_entry(t) for t in texts]


def test_mla_journal_entry_keeps_volume_issue_pages_and_doi():
    kind, f = parse_entry(MLA_ENTRIES[-1][0])
    assert kind == "article"
    assert (f.volume, f.issue, f.pages) == ("22", "44", "202-212")
    assert f.doi == "10.1016/s0968-8080(14)44806-7"


def test_mla_full_date_becomes_iso():
    assert parse_entry(MLA_ENTRIES[1][0])[1].date == "2014-05-09"


def test_apa_book_keeps_place_and_publisher():
    kind, f = parse_entry(APA_ENTRIES[2][0])
    assert kind == "book"
    assert (f.place, f.publisher) == ("Berkeley", "University of California Press")


def test_apa_second_author_after_ampersand():
    assert parse_entry(APA_ENTRIES[4][0])[1].authors == [P("Finkenaur", "J.O."), P("Voronin", "Y.A.")]


def test_apa_angle_bracket_url_is_unwrapped():
    assert parse_entry(APA_ENTRIES[0][0])[1].url == "http://www.angelcoalition.com"


def test_markdown_link_gives_its_target_url():
    f = parse_entry(APA_ENTRIES[22][0])[1]
    assert f.url == "http://www.childtrafficking.org/pdf/user/Unicef_RussiaTraffickingMar06.pdf"
