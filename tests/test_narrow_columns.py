"""Reference lists pasted from a two-column PDF page: lines of 40-55 characters, a page's head
between any two lines (benchmarks/bench_noise.py --narrow)."""

from __future__ import annotations

from refcheck.document import Document
from refcheck.section.find import find_reference_section
from refcheck.section.split import split_entries


def _entries(text: str) -> list[str]:
    doc = Document(path="p.txt", text=text)
    section = find_reference_section(doc)
    assert section is not None
    return [e.text for e in split_entries(doc, section)]


# PLOS Pathogens (fixtures/papers_real2/papers/plos-ppat.1002247.txt), pasted from a two-column page
NUMBERED_ACROSS_A_PAGE = """References

10. Chiu YH, Macmillan JB, Chen ZJ (2009) RNA
polymerase III detects cytosolic DNA and
induces type I interferons through the RIG-I
pathway. Cell 138: 576–591.
11. Fernandes-Alnemri T, Yu JW, Datta P, Wu J,

RESEARCH ARTICLE    51

Alnemri ES (2009) AIM2 activates the
inﬂammasome and cell death in response to
cytoplasmic DNA. Nature 458: 509–513.
12. Hornung V, Ablasser A, Charrel-Dennis M,
Bauernfeind F, Horvath G, et al. (2009) AIM2
recognizes cytosolic dsDNA and forms a
caspase-1-activating inflammasome with ASC.
Nature 458: 514–518.
"""


def test_a_page_head_inside_an_author_list_breaks_no_entry() -> None:
    entries = _entries(NUMBERED_ACROSS_A_PAGE)
    assert len(entries) == 3
    assert entries[1].startswith("Fernandes-Alnemri T, Yu JW, Datta P, Wu J, Alnemri ES (2009) AIM2")


# Frontiers in Psychology (fixtures/papers_real7/papers/frontiers-fpsyg-2014-01582.txt): names without commas
FRONTIERS_NAMES = """References

Bonanni R. Cafazzo S. Valsecchi P. Natoli
E. (2010). Eﬀect of group size, dominance
rank and social bonding on leadership behaviour
in free-ranging dogs. Anim. Behav. 79, 981–991.
10.1016/j.anbehav.2010.02.021
Miklósi Á. Kubinyi E. Topál J. Gácsi M.
Virányi Z. Csányi V. (2003). A simple
reason for a big diﬀerence: wolves do not
look back at humans, but dogs do. Curr.
Biol. 13, 763–766.
10.1016/S0960-9822(03)00263-X
Range F. Horn L. Bugnyar T. Gajdon G. K.
Huber L. (2009a). Social attention in keas,
dogs, and human children. Anim. Cogn. 12,
181–192. 10.1007/s10071-008-0181-0
Udell M. A. R. Spencer J. M. Dorey N. R.
Wynne C. D. L. (2012). Human-socialized
wolves follow diverse human gestures… and
they may not be alone. Int. J. Comp.
Psychol. 25, 97–117.
"""


def test_names_printed_without_commas_run_on_across_lines() -> None:
    entries = _entries(FRONTIERS_NAMES)
    assert [e.split(" (")[0] for e in entries] == [
        "Bonanni R. Cafazzo S. Valsecchi P. Natoli E.",
        "Miklósi Á. Kubinyi E. Topál J. Gácsi M. Virányi Z. Csányi V.",
        "Range F. Horn L. Bugnyar T. Gajdon G. K. Huber L.",
        "Udell M. A. R. Spencer J. M. Dorey N. R. Wynne C. D. L."]


# PeerJ (fixtures/papers_real4/papers/peerj-426.txt) and eLife (../shared/data/articles/papers/elife-00051.txt,
# elife-46472.txt), pasted from two-column pages
JOURNAL_BEFORE_VOLUME = """References

Corral-Rodriguez MA, Macedo-Ribeiro S, Pereira
PJB, Fuentes-Prior P. 2009. Tick-derived
Kunitz-type inhibitors as antihemostatic factors.
Insect Biochemistry and Molecular Biology
39:579–595. DOI:
https://doi.org/10.1016/j.ibmb.2009.07.003
Ribeiro JMC. 1995. Blood-feeding arthropods—live
syringes or invertebrate pharmacologists.
Infectious Agents and Disease-Reviews Issues and
Commentary 4:143–152.
Eastwood EC, Phillips TJ. 2014a.
Morphine intake and the effects of
naltrexone and buprenorphine on the
acquisition of methamphetamine intake.
Genes, Brain and Behavior 13:226–235.
DOI: https://doi.org/10.1111/gbb.12100
"""

ORGANISATIONS_WRAPPED = """References

Heston A, Summers R, Aten B. 2009. Penn
World Table.
http://pwt.econ.upenn.edu/php_site/pwt_index.php
Institute for Health Metrics and
Evaluation. 2012. Adult mortality
estimates by country 1970–2010.
http://www.healthmetricsandevaluation.org/
Nakajima K, Kazuno AA, Kelsoe J,
Nakanishi M, Takumi T, Kato T. 2016.
Exome sequencing in the knockin mice
generated using the CRISPR/Cas system.
Scientiﬁc Reports 6:34703. DOI:
https://doi.org/10.1038/srep34703
National Institute on Drug Abuse. 2018.
Overdose death rates.
https://www.drugabuse.gov/related-topics/trends-statistics/overdose-death-rates
"""


def test_a_journal_broken_before_its_volume_stays_with_its_entry() -> None:
    entries = _entries(JOURNAL_BEFORE_VOLUME)
    assert len(entries) == 3
    assert "antihemostatic factors. Insect Biochemistry and Molecular Biology 39:579–595." in entries[0]
    assert entries[1].endswith("Infectious Agents and Disease-Reviews Issues and Commentary 4:143–152.")
    assert "intake. Genes, Brain and Behavior 13:226–235." in entries[2]


def test_an_organisation_whose_year_or_name_wraps_opens_an_entry_after_a_link() -> None:
    entries = _entries(ORGANISATIONS_WRAPPED)
    assert [e.split(". 20")[0] for e in entries] == [
        "Heston A, Summers R, Aten B", "Institute for Health Metrics and Evaluation",
        "Nakajima K, Kazuno AA, Kelsoe J, Nakanishi M, Takumi T, Kato T", "National Institute on Drug Abuse"]


# Bakhtiniana (../shared/data/articles/papers/scielo-bak-p58270.txt): the entry's last line opens with "Copyright"
COPYRIGHT_TAIL = """REFERENCES

GRICE, H. P. Logic and Conversation.
William James Lectures, delivered at
Harvard University in 1967, and to be
published by Harvard University Press.
Copyright 1975 by II. Paul Grice.
LEVINSON, S. C. Pragmática. Tradução de
Aníbal Mari e Luiz Carlos Borges. São
Paulo: Martins Fontes - WMF, 2007.
SEARLE, J. R. Expression and Meaning. New
York: Cambridge University Press, 1979.
"""


def test_a_wrapped_line_opening_with_copyright_does_not_end_the_list() -> None:
    entries = _entries(COPYRIGHT_TAIL)
    assert len(entries) == 3
    assert entries[0].endswith("Harvard University Press. Copyright 1975 by II. Paul Grice.")


# Applied Psychology: Health and Well-Being (fixtures/papers_real9/papers/wiley-aphw-70157.txt): Wiley's
# "Family, I. ," names, hyphenated with U+2010, broken after a particle, before initials or after "&"
WILEY_NAMES = """References

Erikson, E. H. , & Erikson, J. M.
(1998). The life cycle completed (extended version). WW Norton & Company.
Fekih‐Romdhane, F. , Malaeb, D. ,
Postigo, A. , Sakr, F. , Dabbous, M. ,
Khatib, S. , Obeid, S. , & Hallit, S.
(2024). The relationship between climate
change anxiety and psychotic experiences is mediated by death anxiety.
International Journal of Social
Psychiatry, 70(3), 574–581.
MacDonald, J. P. , Harper, S. L. ,
Willox, A. C. , Edge, V. L. , & Rigolet
Inuit Community Government . (2013). A
necessary voice: Climate change and
lived experiences of youth in Rigolet,
Nunatsiavut, Canada. Global
Environmental Change, 23(1), 360–371.
Ogunbode, C. A. , Doran, R. , Hanss, D.
, Ojala, M. , Salmela‐Aro, K. , van den
Broek, K. L. , Bhullar, N. , Aquino, S.
D. , Marot, T. , Schermer, J. A. ,
Wlodarczyk, A. , Lu, S. , Jiang, F. ,
Maran, D. A. , Yadav, R. , Ardi, R. ,
Chegeni, R. , Ghanbarian, E. , Zand, S.
, … Karasu, M. (2022). Climate anxiety,
wellbeing and pro‐environmental action:
Correlates of negative emotional responses to climate change in 32
countries. Journal of Environmental
Psychology, 84, 101887.
Sampaio, F. , Costa, T. ,
Teixeira‐Santos, L. , de Pinho, L. G. ,
Sequeira, C. , Luís, S. , Loureiro, A. ,
Soro, J. C. , Roldán Merino, J. , Moreno
Poyato, A. , Peña Loray, J. S. ,
Rodríguez Quiroga, A. , O'Brien, L. V. ,
Hogg, T. L. , & Stanley, S. K. (2023).
Validating a measure for eco‐anxiety in
"""


def test_wiley_names_run_on_across_lines_and_a_u2010_hyphen_opens_an_entry() -> None:
    entries = _entries(WILEY_NAMES)
    assert [e.split(" , ")[0] for e in entries] == [
        "Erikson, E. H.", "Fekih‐Romdhane, F.", "MacDonald, J. P.", "Ogunbode, C. A.", "Sampaio, F."]


# Economia e Sociedade (fixtures/papers_real2/papers/scielo-ecos-33-282794.txt): a newspaper and its date
NEWSPAPER_DATE = """REFERENCES

WEI, S. Why is China’s growth rate falling so
fast? Project Syndicate, Nov. 17, 2021. Available
at:
https://www.project-syndicate.org/commentary/why-is-china-gdp-growth-rate-falling-so-fast-by-shang-jin-wei-2021-11.
Last accessed: Jan. 13, 2024.
WIGGLESWORTH, R. China’s japaniﬁcation.
Financial Times, Aug. 21, 2023. Available at:
https://www.ft.com/content/52c805d5-c759-46cc-a0fe-2de2f2d71850.
Last access: Jan. 7, 2024.
WOLF, M. How China can avoid the Japan trap.
Financial Times, Sep. 26, 2023. Available at:
https://www.ft.com/content/156c092a-4313-48cc-8103-79bb26c0faaa.
"""


def test_a_newspaper_and_its_date_on_the_next_line_are_no_journal_volume() -> None:
    assert [e.split(".")[0] for e in _entries(NEWSPAPER_DATE)] == ["WEI, S", "WIGGLESWORTH, R", "WOLF, M"]


# Nutrients (../shared/data/articles/papers/mdpi-nu3010063.txt) pasted with each page's foot (bench_noise --footer)
PAGE_FEET = """References

1. Blomhoff R, Blomhoff HK. Overview of retinoid metabolism and function. J. Neurobiol.
2006;66:606–630.
2. McCollum EV, Davis M. The necessity of certain lipids during growth. J. Biol.
Chem. 1913;15:167–175.

PLOS ONE | https://doi.org/10.1371/journal.pone.1497358 November 27, 2008 32 / 26

Journal of Applied Studies 2021; 14(3)    33

3. Goodman DS, Blaner WS. Biosynthesis, absorption, and hepatic metabolism of
retinol. In: Sporn MB, Roberts AB, Goodman DS, editors. The Retinoids. New York,

© 2019 The Authors. Published by Elsevier Ltd. This is an open access article under the CC BY license.

34    Journal of Applied Studies 2021; 14(3)

NY, USA: Academic Press; 1984. pp. 1–39.
4. Quadro L, Hamberger L, Colantuoni V, Gottesman ME, Blaner WS. Understanding the
physiological role of retinol-binding protein in vitamin A metabolism using
transgenic and knockout mouse models. Mol. Aspects Med. 2003;24:421–430.
"""


def test_a_page_foot_with_the_journal_and_its_link_or_a_copyright_is_no_entry() -> None:
    entries = _entries(PAGE_FEET)
    assert len(entries) == 4
    assert entries[1].endswith("J. Biol. Chem. 1913;15:167–175.")
    assert entries[2].endswith("The Retinoids. New York, NY, USA: Academic Press; 1984. pp. 1–39.")


def test_a_short_copyright_foot_before_the_next_page_head_does_not_end_the_list() -> None:
    text = PAGE_FEET.replace("© 2019 The Authors. Published by Elsevier Ltd. This is an open access article under the "
                             "CC BY license.", "© 2019 Elsevier Ltd. All rights reserved.")
    entries = _entries(text)
    assert len(entries) == 4
    assert entries[3].startswith("Quadro L, Hamberger L")


# ZooKeys (fixtures/papers_real3/papers/pensoft-zookeys-100-1534.txt) pasted from a two-column page
PENSOFT_NARROW = """References

Prach K, Pyšek P, Šmilaur P (1993) On the
rate of succession. Oikos 66:343-346.
doi:10.2307/3544823
Rainio J, Niemelä J (2003) Ground beetles
(Coleoptera: Carabidae) as bioindicators.
Biodiversity and Conservation 12:487-506.
doi:doi:10.1023/A:1022412617568
Sachs L (1984) Angewandte Statistik:
Anwendung statistischer Methoden. (6th
ed.). Springer, Berlin, Heidelberg, New
York, Tokyo, 522 pp.
Scheller RM, Domingo JB, Sturtevant BR,
Williams JS, Rudy A, Gustafson EJ,
Mladenoff DJ (2007) Design, development,
and application of LANDIS-II, a spatial
landscape simulation model with ﬂexible
temporal and spatial resolution.
Ecological Modelling 201:409-419.
doi:10.1016/j.ecolmodel.2006.10.009
Schwerk A (2008) Model of the rate of
succession of epigeic carabid beetles
(Coleoptera: Carabidae) on degraded
areas. Instytut Badawczy Leśnictwa,
Sękocin Stary, 71 pp.
Schwerk A, Sałek P, Duszczyk M, Abs M,
Szyszko J (2006) Variability of Cara-
bidae in time and space in open areas.
Entomologica Fennica 17:258-268.
Serrano J, Gallego D (2004) Evaluación de
la regeneración y el estado de salud de
las masas forestales de Sierra Espuńa
(Murcia) mediante el análisis de la
biomasa media individual en coleópteros

Journal of Applied Studies 2021; 14(3)    47

carábidos. Anales de Biología 26:191-211.
Skłodowski J (1999) Ocena stanu fauny
biegaczowatych (Carabidae, Col.) borów
sosnowych Puszczy Człuchowskiej po
dwudziestu latach. SYLWAN CXLIII: 67–89.
Skłodowski J (2007) Monitoring
zooindykacyjny pohuraganowych zniszczeń
Puszczy Piskiej oparty na biegaczowa-
tych (Coleoptera, Carabidae). In: Skłodowski J
(Ed) Monitoring zooindykacyjny
pohuraganowych zniszczeń ekosystemów
leśnych Puszczy Piskiej. Warsaw
Agricultural University Press, Warsaw,
113–149.
Szujecki A, Szyszko J, Mazur S, Perliński
S Eds (1983) The process of forest soil
macrofauna formation after afforestation
of farmland. Warsaw Agricultural
University Press, Warsaw, 196 pp.
Szyszko J (1990) Planning of proph-
ylaxis in threatened pine forest bioco-
enoses based on an analysis of the fauna of
epigeic Carabidae. Warsaw Agricultural
University Press, Warsaw, 96 pp.
Szyszko J, Vermeulen HJW, den Boer PJ
(1996) Survival and reproduction in
relation to habitat quality and food
availability for Pterostichus
oblongopunctatus F. (Carabidae, Col.).
Acta Jutlandica 71:25-40.
Szyszko J, Vermeulen HJW, Klimaszewski K,
Abs M, Schwerk A (2000) Mean individual
biomass (MIB) of ground beetles
(Carabidae) as an indicator of the state
of the environment. In: Brandmayr P,
Lövei G, Zetto Brandmayr T, Casale A,
Vigna Taglianti A (Eds) Natural history
and applied ecology of carabid beetles.
Pensoft Publishers, Soﬁa-Moscow,
289–294.
Tilman D (1987) Secondary succession and
the pattern of plant dominance along
experimental nitrogen gradients.
Ecological. Monographs 57:189-214.
doi:10.2307/2937080
Tsoularis A, Wallace J (2002) Analysis of
logistic growth models. Mathema-
tical Biosciences 179:21-55.

48    Journal of Applied Studies 2021; 14(3)

doi:10.1016/S0025-5564(02)00096-2
Wissel C (1989) Theoretische Ökologie.
Eine Einführung. Springer Verlag, Berlin,
Heidelberg, New York, 299 pp.
Yang Z, Cohen WB, Harmon ME (2005)
Modeling early forest succession
following clear-cutting in western
Oregon. Canadian Journal of Forest
Research 35:1889-1900.
doi:10.1139/x05-132
"""


def test_a_name_shaped_line_the_list_never_opens_with_goes_on_the_entry_above() -> None:
    entries = _entries(PENSOFT_NARROW)
    assert not [e for e in entries if e.startswith(("Eine Einführung", "Pensoft Publishers"))]
    assert any(e.startswith("Wissel C (1989) Theoretische Ökologie. Eine Einführung. Springer Verlag") for e in entries)


# Acta Botanica Brasilica (../shared/data/articles/papers/scielo-abb-2022-0203.txt): an access date broken after its day
ACCESS_DATE = """References

Brasil - Estado da Bahia. 2003b. Decreto Nº 8.702. Redefine a poligonal do
Parque Estadual da Serra do Conduru.
http://www.legislabahia.ba.gov.br/documentos/decreto-no-8702-de-04-de-novembro-de-2003#.
13 Oct. 2022.
Brasil. Decreto s/n. 2007. Alteração de limites da Reserva Biológica de Una.
https://www.planalto.gov.br/ccivil_03/_ato2007-2010/2007/dnn/dnn11456.htm. 13
Oct. 2022.
Brasil. Ministério Público do Estado da Bahia. 2015. Parecer técnico Nº
05/2015.
"""


def test_the_rest_of_an_access_date_is_no_entry_however_the_next_line_reads() -> None:
    entries = _entries(ACCESS_DATE)
    assert len(entries) == 3
    assert entries[1].endswith("dnn11456.htm. 13 Oct. 2022.")
