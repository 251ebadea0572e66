"""Word lists: one home for each, so the parser, the BibTeX writer and matching agree.

Lower-case throughout; compare with folded or lower-cased words.
"""

from __future__ import annotations

# Particles that may or may not be written before a family name ("van der Berg" / "Berg").
PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "des", "di", "da", "du", "la", "le",
    "ten", "ter", "te", "zu", "bin", "ibn", "al", "el", "dos", "das", "st", "mac",
})

# Words that make a printed name an organisation's: "Harvard Law School", "World Bank". The one list
# the names normalizer (is this author an institution?) and citation matching both use.
ORG_WORDS = frozenset("""
organization organisation institute institution foundation department ministry agency office association
society council commission committee bureau center centre coalition fund bank union nations group
network forum trust board service services administration authority alliance league federation
corporation company inc ltd university college school academy laboratory laboratories lab partnership
project initiative campaign watch international church court program programme secretariat unit division
government hotline national world congress senate parliament library museum consortium team
collaboration collaborative working panel community unesco unicef who oecd eurostat census statistics press news times
agencia agência banco banque ministerio ministério instituto secretaria secretaría fundação fundación fundacion
universidad universidade consejo conselho comisión comissão organización organização organizacion departamento
servicio serviço sociedad sociedade asociación associação associacao comité comitê confederação confederación
empresa ministère institut université universität fondation agence conseil société cour bundesamt ministerium
gesellschaft stiftung verband biuro instytut urząd ministerstwo zakład towarzystwo uniwersytet fundacja
stowarzyszenie ústav úřad ministerstvo společnost univerzita
kurumu kurulu bakanlığı üniversitesi enstitüsü başkanlığı müdürlüğü derneği vakfı
instituut ministerie stichting vereniging rijksinstituut universiteit centraal planbureau
institutet institutt myndigheten styrelsen verket direktoratet departementet sentralbyrå statistiska
centralbyrån forening förening universitet
istituto ministero fondazione associazione università consiglio agenzia
pārvalde birojs ministrija aģentūra padome dienests inspekcija departamentas tarnyba ministerija taryba amet
hivatal minisztérium intézet úrad služba управление министерство комитет агентство институт
""".split())

# "and" between authors in the languages refcheck reads: "Coriolano e Vasconcelos", "Armengou y
# Cuéllar", "Müller und Roth", "Durand et Martin".
# "and" between two authors in the languages papers are written in: Persian and Arabic "و" ("Schmidt و Saldin"),
# Turkish "ve", Swedish "och", Norwegian and Danish "og", Hungarian "és", Finnish "ja", Romanian "și",
# Indonesian and Malay "dan", Vietnamese "và", Polish, Croatian and Catalan "i", Czech and Slovak "a", Russian,
# Serbian and Bulgarian "и", Ukrainian "і" and "та", Greek "και", Lithuanian "ir". (Dutch "en" is Spanish and French
# "in" too, "Salud en el Trabajo": only a citation's people split on it, citations.author_date.)
AND_WORDS = frozenset({"and", "&", "e", "y", "und", "et", "و", "ve", "och", "og", "és", "ja", "și", "şi", "dan", "và",
                       "i", "a", "и", "і", "та", "και", "ir",
                       "和", "与", "與", "及"})  # Chinese: "Wasserman和Faust（1994）", "Giuliani 和 Bell（2005）"

# Small words inside a name as printed: particles, "and", and the prepositions of organisations'
# names ("Agencia Europea para la Seguridad y Salud en el Trabajo", "Institut für Arbeitsmarkt"). (Not German "an",
# "am", "im": they are also family names, "An et al. 2007", "Im, S.")
NAME_CONNECTORS = frozenset(
    "of for on and & the in de van von der den du la le da di del della des dos das do te ten ter y e et und "
    "to at para en el los las em na nas pour sur les für zur و".split()
) | AND_WORDS

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec spring summer fall autumn winter".split()
)

# The months in the other languages a date is printed in: "(Aralık 2022)", "(Dezember 2021)", "(marzo de 2020)"; some
# are surnames too (Mayo, Abril), so a citation reader holds such a head as a name only if an entry has it.
FOREIGN_MONTHS = frozenset(
    "januar februar märz mai juni juli oktober dezember janvier février mars avril juin juillet août septembre "
    "octobre novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
    "noviembre diciembre janeiro fevereiro março maio junho julho setembro outubro dezembro gennaio febbraio aprile "
    "maggio giugno luglio settembre ottobre dicembre ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim "
    "kasım aralık".split())
ALL_MONTHS = MONTHS | FOREIGN_MONTHS

# Titles before a name: "Mrs. Dalloway" and "Dr. Jekyll" are characters, not cited authors.
# printed after a family name to tell a son from his father ("Gomes Jr", "Silva Filho", "Smith III"),
# and often left out of a citation or of the entry
GENERATION_SUFFIXES = frozenset({"jr", "jr.", "junior", "júnior", "sr", "sr.", "filho", "neto", "sobrinho", "ii", "iii",
                                 "iv"})
HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lady", "Lord"})

# Amino-acid residues printed as "Ser 1981", "Thr 1989": a residue number reads like a year.
AMINO_ACIDS = frozenset("Ala Arg Asn Asp Cys Gln Glu Gly His Ile Leu Lys Met Phe Pro Ser Thr Trp Tyr Val".split())
