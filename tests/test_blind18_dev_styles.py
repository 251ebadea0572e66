"""Habits of the papers on blind set 18's dev half (fixtures/papers_blind18, notes-bibliography styles in several
languages, written by a helper who never read refcheck's code)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.pipeline import check_document

_GERMAN = (
    "1. Einleitung\n\nDas Denkmal wurde lange diskutiert.1 Assmann unterscheidet zwei Formen.2\n\n"
    "2. Theoretische Grundlagen\n\nHalbwachs zeigte die sozialen Rahmen.3 Koselleck fragt nach der Zeit.4\n\n"
    "_________________________\n"
    "1 Vgl. Jan Assmann: Das kulturelle Gedächtnis. Schrift, Erinnerung und politische Identität in frühen "
    "Hochkulturen, München 1992, S. 48 ff.\n"
    "2 Vgl. ebd., S. 50–56.\n"
    "3 Maurice Halbwachs: Das kollektive Gedächtnis, Stuttgart 1967, S. 2–5.\n\n"
    "3. Vergangenheitspolitik\n\nDie Debatte hielt an.5\n\n"
    "_________________________\n"
    "4 Vgl. Reinhart Koselleck: Vergangene Zukunft. Zur Semantik geschichtlicher Zeiten, Frankfurt a. M. 1979, "
    "S. 349.\n"
    "5 Vgl. Koselek, a. a. O., S. 354–359.\n\n"
    "Literaturverzeichnis\n\n"
    "Assmann, Jan: Das kulturelle Gedächtnis. Schrift, Erinnerung und politische Identität in frühen Hochkulturen, "
    "München: C. H. Beck 1992.\n"
    "Halbwachs, Maurice: Das kollektive Gedächtnis, Stuttgart: Enke 1967.\n"
    "Koselleck, Reinhart: Vergangene Zukunft. Zur Semantik geschichtlicher Zeiten, Frankfurt a. M.: Suhrkamp 1979.\n"
    "Reichel, Peter: Politik mit der Erinnerung, München/Wien: Hanser 1995.\n")


def test_a_german_literaturverzeichnis_opens_an_entry_at_each_family_given_colon() -> None:
    report = check_document(Document(path="p.txt", text=_GERMAN))
    assert [r.raw[:7] for r in report.references] == ["Assmann", "Halbwac", "Koselle", "Reichel"]


def test_german_footnotes_name_given_family_colon_title_and_continue_past_a_numbered_heading() -> None:
    # "Vgl. Jan Assmann: Title, Ort Jahr, S. 48 ff.", "Vgl. ebd.", "a. a. O.": notes 4 and 5 follow the heading "3."
    report = check_document(Document(path="p.txt", text=_GERMAN))
    assert [(f.code, f.line) for f in report.findings] == [("name-mismatch", 20), ("uncited", 27)]
    assert len(report.citations) == 5


def test_spanish_notes_close_the_names_with_a_colon_and_cite_again_with_ob_cit() -> None:
    text = ("La transición fue un pacto.1 El consenso tuvo límites.2 Y costes.3 Maravall lo vio.4\n\n"
            "1 Paloma AGUILAR FERNÁNDEZ: Memoria y olvido de la Guerra Civil española, Madrid, Alianza, 1996, "
            "pp. 217-222.\n"
            "2 Santos JULIÁ: Hoy no es ayer. Ensayos sobre la España del siglo XX, Barcelona, RBA, 2010, p. 303.\n"
            "3 P. AGUILAR FERNÁNDEZ: Memoria y olvido..., ob. cit., pp. 268-275.\n"
            "4 José María MARAVALL: La política de la transición, Madrid, Taurus, 1981, pp. 17-24.\n\n"
            "Bibliografía\n\n"
            "AGUILAR FERNÁNDEZ, Paloma: Memoria y olvido de la Guerra Civil española, Madrid, Alianza, 1996.\n"
            "JULIÁ, Santos: Hoy no es ayer. Ensayos sobre la España del siglo XX, Barcelona, RBA, 2010.\n"
            "MARAVALL, José María: La política de la transición, Madrid, Taurus, 1981.\n")
    report = check_document(Document(path="p.txt", text=text))
    assert [c.references for c in report.citations] == [["r1"], ["r2"], ["r1"], ["r3"]]
    assert report.findings == []


_OSCOLA = (
    "English law refused a general right to privacy.1 Campbell changed that.2 The Act required it.3 Commentators "
    "agreed.4 The House stressed balance.5 The Court of Appeal followed.6 Damages for loss of control came later.7\n\n"
    "1 Wainwright v Home Office [2003] UKHL 53, [2004] 2 AC 406 [31]–[35] (Lord Hoffmann).\n"
    "2 Campbell v MGN Ltd [2004] UKHL 22, [2004] 2 AC 457.\n"
    "3 Human Rights Act 1998, ss 6, 12(4).\n"
    "4 Gavin Phillipson, ‘Transforming Breach of Confidence? Towards a Common Law Right of Privacy under the Human "
    "Rights Act’ (2003) 66 MLR 726, 730–35.\n"
    "5 Campbell (n 2) [14].\n"
    "6 In re S (A Child) (Identification: Restrictions on Publication) [2004] UKHL 47, [2005] 1 AC 593 [17].\n"
    "7 Lloyd v Google LLC [2021] UKSC 50, [2022] AC 1217 [115]–[124].\n\n"
    "Bibliography\n\n"
    "Table of Cases\n"
    "Campbell v MGN Ltd [2004] UKHL 22, [2004] 2 AC 457 .............................................. 1, 2\n"
    "In re S (A Child) (Identification: Restrictions on Publication) [2004] UKHL 47, [2005] 1 AC 593 .... 2\n"
    "Wainwright v Home Office [2003] UKHL 53, [2004] 2 AC 406 ........................................ 1\n\n"
    "Table of Legislation\n"
    "Human Rights Act 1998 ........................................................................... 1, 2\n\n"
    "Secondary Sources\n"
    "Phillipson G, ‘Transforming Breach of Confidence? Towards a Common Law Right of Privacy under the Human Rights "
    "Act’ (2003) 66 MLR 726\n")


def test_oscola_cases_in_notes_are_matched_to_the_table_of_cases_and_one_it_lacks_has_no_entry() -> None:
    report = check_document(Document(path="p.txt", text=_OSCOLA))
    assert len(report.references) == 5
    assert [(f.code, f.line) for f in report.findings] == [("no-entry", 9)]


def test_oscolas_n_cross_reference_cites_the_work_of_the_note_it_names() -> None:
    report = check_document(Document(path="p.txt", text=_OSCOLA))
    again = next(c for c in report.citations if c.text.startswith("Campbell (n 2)"))
    first = next(c for c in report.citations if c.text.startswith("Campbell v MGN"))
    assert again.references == first.references != []


_CAIRN = (
    "1. Entre le 20 juillet et le 6 août 1789, une série de paniques parcourut la plus grande partie des campagnes "
    "françaises. On annonçait partout l’arrivée de « brigands » payés par les aristocrates pour couper les blés avant "
    "la moisson ; les paysans s’armaient, sonnaient le tocsin et, dans plusieurs provinces, se retournaient contre "
    "les châteaux [1]. Depuis le livre classique de Georges Lefebvre, la Grande Peur passe pour le modèle de la "
    "panique rurale, et son explication par la rumeur est devenue un lieu commun des manuels [2].\n\n"
    "2. Lefebvre distinguait six « courants » de panique, partis de quelques foyers et propagés de proche en proche "
    "à une vitesse de quatre à six kilomètres à l’heure [3]. Sa cartographie, reprise dans tous les manuels, reste "
    "l’un des grands acquis de l’histoire sociale française. Elle laissait pourtant ouverte la question du complot, "
    "que Timothy Tackett a reprise à partir des correspondances des députés [4].\n\n"
    "3. Michel Vovelle, dans sa géographie de la politisation, retrouve les mêmes foyers un siècle plus tard, et "
    "il en tire une lecture de longue durée que les historiens des campagnes ont discutée depuis, non sans réserves "
    "sur l’échelle de ses cartes et sur la nature des sources qu’il rassemble pour les dresser [5].\n\n"
    "Notes\n\n"
    "[1] Georges Lefebvre, La Grande Peur de 1789, Paris, Armand Colin, 1932, p. 47-52.\n"
    "[2] Ibid., p. 7-9.\n"
    "[3] G. Lefebvre, La Grande Peur…, op. cit., p. 150-155.\n"
    "[4] Timothy Tackett, « La Grande Peur et le complot aristocratique sous la Révolution française », Annales "
    "historiques de la Révolution française, n° 335, 2004, p. 1-17.\n"
    "[5] Michel Vovelle, La Découverte de la politique. Géopolitique de la Révolution française, Paris, La "
    "Découverte, 1993, p. 112.\n\n"
    "Bibliographie\n\n"
    "Furet, François, Penser la Révolution française, Paris, Gallimard, 1978.\n"
    "Lefebvre, Georges, La Grande Peur de 1789, Paris, Armand Colin, 1932.\n"
    "Tackett, Timothy, « La Grande Peur et le complot aristocratique sous la Révolution française », Annales "
    "historiques de la Révolution française, n° 335, 2004, p. 1-17.\n")


def test_cairns_numbered_paragraphs_are_no_notes_and_a_note_whose_author_no_entry_prints_has_no_entry() -> None:
    report = check_document(Document(path="p.txt", text=_CAIRN))
    assert [c.text[:14] for c in report.citations] == ["Georges Lefebv", "Ibid., p. 7-9.", "G. Lefebvre, L",
                                                       "Timothy Tacket", "Michel Vovelle"]
    assert [(f.code, f.line) for f in report.findings] == [("no-entry", 13), ("uncited", 17)]


def test_a_chicago_title_with_a_subtitle_colon_is_not_read_as_german_names_before_a_colon() -> None:
    from refcheck.citations.note_parts import work

    # a title-first note whose italics were lost: the colon opens the subtitle, the imprint is in brackets
    assert work("Against Our Will: Men, Women, and Rape (New York, NY: Simon & Schuster, 1975).")[0] != ["will"]
    assert work("Jan Assmann: Das kulturelle Gedächtnis, München 1992, S. 48 ff.")[0] == ["assmann"]


_TURABIAN = (
    "The plains dried out.1 Farmers left.2 Conservation came late.3 The storms were worst in 1935.4\n\n"
    "Notes\n\n"
    "     1. Donald Worster, Dust Bowl: The Southern Plains in the 1930s (New York: Oxford University Press, 1979), "
    "4.\n"
    "     2. James N. Gregory, American Exodus: The Dust Bowl Migration and Okie Culture in California (New York: "
    "Oxford University Press, 1989), 11.\n"
    "     3. Hugh Hammond Bennett, Soil Conservation (New York: McGraw-Hill, 1939), 5.\n"
    "     4. Wortser, Dust Bowl, 230.\n\n"
    "Bibliography\n\n"
    "Gregory, James N. American Exodus: The Dust Bowl Migration and Okie Culture in California. New York: Oxford "
    "University Press, 1989.\n"
    "Phillips, Sarah T. This Land, This Nation: Conservation, Rural America, and the New Deal. New York: Cambridge "
    "University Press, 2007.\n"
    "Worster, Donald. Dust Bowl: The Southern Plains in the 1930s. New York: Oxford University Press, 1979.\n")


def test_a_short_note_with_a_misspelt_author_is_told_by_its_name_when_two_titles_hold_its_words() -> None:
    report = check_document(Document(path="p.txt", text=_TURABIAN))
    assert ("name-mismatch", 8) in [(f.code, f.line) for f in report.findings]


def test_a_two_word_title_by_an_author_no_entry_prints_needs_both_words_in_an_entry_to_be_listed() -> None:
    # "Soil Conservation" by Bennett: Phillips' "... Conservation, Rural America ..." shares one word only
    report = check_document(Document(path="p.txt", text=_TURABIAN))
    assert ("no-entry", 7) in [(f.code, f.line) for f in report.findings]


def test_a_notes_aside_before_see_is_not_the_works_author() -> None:
    from refcheck.citations.note_parts import parts

    assert parts("On the inspectors, see Shiel, Quiet Revolution, 150.") == ["Shiel, Quiet Revolution, 150."]
