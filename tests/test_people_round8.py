"""People of wire news, round 8 (issue 11): one person per person named, and no person where
the text names a thing after someone. Each row is a sentence or a short story in our own
words; `people` is the whole set of person entities factx should give, name -> mentions."""

from collections.abc import Callable

import pytest

from conftest import mentions_by_name


def _people(extract: Callable[..., dict], text: str) -> dict[str, set[str]]:
    return mentions_by_name(extract(text), "person")


# a headline that names an affair, a law or a trial after a person, with the capital a line
# start gives its noun: the noun is no part of the name, and the surname is the person's
THINGS = [
    ("Affaire Morvan : le juge ordonne un procès\n\nLe juge a renvoyé Pierre Morvan devant le "
     "tribunal.",
     {"Pierre Morvan": {"Pierre Morvan", "Morvan"}}),
    ("Loi Kervella : les maires inquiets\n\nLa sénatrice Anne Kervella défend son texte.",
     {"Anne Kervella": {"Anne Kervella", "Kervella"}}),
    # read as a body or a place, the same headline names the person the story names in full
    ("Procès Ferrand : le député se défend\n\nL'ancien député Richard Ferrand conteste toute "
     "faute.",
     {"Richard Ferrand": {"Richard Ferrand", "Ferrand"}}),
    # a person the noun of a thing does not open stays whole
    ("Hier, Paul Loiseau a présenté son plan aux élus.", {"Paul Loiseau": {"Paul Loiseau"}}),
]


@pytest.mark.parametrize(("text", "people"), THINGS, ids=[str(i) for i in range(len(THINGS))])
def test_thing_named_after_a_person(extract: Callable[..., dict], text: str,
                                    people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people


# the model cuts a name before a capitalized particle that opens the surname ("Le Roy", "De
# Smet"): the given name before it, with its civility, is the same person's name
PARTICLES = [
    ("Me Virginie Le Roy, avocate de la famille, a demandé un renvoi.",
     {"Virginie Le Roy": {"Me Virginie Le Roy"}}),
    ("Virginie Le Roy, avocate de la famille, a demandé un renvoi.",
     {"Virginie Le Roy": {"Virginie Le Roy"}}),
    ("Selon Anne De Smet, la négociation reprendra jeudi à Bruxelles.",
     {"Anne De Smet": {"Anne De Smet"}}),
    # no given name before it: the surname keeps its particle
    ("Le ministre a reçu Le Roy, le délégué syndical, mardi.", {"Le Roy": {"Le Roy"}}),
    ("Le Pen a dénoncé un texte injuste.", {"Le Pen": {"Le Pen"}}),
]


@pytest.mark.parametrize(("text", "people"), PARTICLES, ids=[str(i) for i in range(len(PARTICLES))])
def test_given_name_before_capital_particle(extract: Callable[..., dict], text: str,
                                            people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people


# "Marie et Pierre Curie": a given name coordinated with a full name shares its surname; a
# surname coordinated with a full name does not ("les juges Portelli et Philippe Vandingenen")
COORDINATED = [
    ("Le dossier a été confié aux juges Castaing et Philippe Morvan.",
     {"Castaing": {"Castaing"}, "Philippe Morvan": {"Philippe Morvan"}}),
    ("Les sœurs Claire et Juliette Bardot ont repris la ferme familiale.",
     {"Claire Bardot": {"Claire"}, "Juliette Bardot": {"Juliette Bardot"}}),
    # after a title the given name is its own person's
    ("Le prince Harald et Sonja Berg sont arrivés à Paris mardi.",
     {"Harald": {"Harald"}, "Sonja Berg": {"Sonja Berg"}}),
]


@pytest.mark.parametrize(("text", "people"), COORDINATED, ids=[str(i) for i in range(len(COORDINATED))])
def test_coordinated_names(extract: Callable[..., dict], text: str, people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people


# a short form inside one longer name of the story is that person: a surname of several words
# or in the middle of the name (Spanish and Portuguese names, a double surname), a surname
# written first (Chinese names) after a civility, a hyphenated surname cut after its first part
SHORT_FORMS = [
    ("Le président brésilien, Luiz Inácio Lula da Silva, est arrivé à Lisbonne. Selon Lula, le "
     "dialogue avec Caracas doit reprendre.",
     {"Luiz Inácio Lula da Silva": {"Luiz Inácio Lula da Silva", "Lula"}}),
    ("Andrés Manuel López Obrador a reçu le ministre canadien. López Obrador a évoqué la "
     "question migratoire.",
     {"Andrés Manuel López Obrador": {"Andrés Manuel López Obrador", "López Obrador"}}),
    ("Françoise Bettencourt Meyers a porté plainte en 2007. Mme Bettencourt Meyers n'a pas "
     "souhaité s'exprimer.",
     {"Françoise Bettencourt Meyers": {"Françoise Bettencourt Meyers", "Mme Bettencourt Meyers"}}),
    ("Le président Xi Jinping a reçu le Premier ministre. M. Xi a promis d'ouvrir le marché.",
     {"Xi Jinping": {"Xi Jinping", "M. Xi"}}),
    # a double surname alone, after a civility or not
    ("L'avocat Étienne Morand-Vasseur a plaidé lundi. Me Morand-Vasseur a demandé l'acquittement. "
     "Selon Morand-Vasseur, le dossier est vide.",
     {"Étienne Morand-Vasseur": {"Étienne Morand-Vasseur", "Me Morand-Vasseur", "Morand-Vasseur"}}),
    # the initials of a compound given name written as one word
    ("Jean-Marc Perrot est arrivé à Nantes mardi. JM Perrot a reçu les élus à la mairie.",
     {"Jean-Marc Perrot": {"Jean-Marc Perrot", "JM Perrot"}}),
    # a given name inside a longer name is no short form of it
    ("Jean-Marie Dufresne a ouvert la séance. Marie Dufresne a voté contre.",
     {"Jean-Marie Dufresne": {"Jean-Marie Dufresne"}, "Marie Dufresne": {"Marie Dufresne"}}),
    # two people whose names hold the form: the one named last before it, as for a surname
    ("Pedro Álvarez Ruiz et Carmen Álvarez Ortega ont signé. Álvarez a refusé de commenter.",
     {"Pedro Álvarez Ruiz": {"Pedro Álvarez Ruiz"}, "Carmen Álvarez Ortega": {"Carmen Álvarez Ortega",
                                                                            "Álvarez"}}),
    ("Carmen Álvarez Ortega a signé. Pedro Álvarez Ruiz aussi. Selon Álvarez, rien n'est joué.",
     {"Pedro Álvarez Ruiz": {"Pedro Álvarez Ruiz", "Álvarez"},
      "Carmen Álvarez Ortega": {"Carmen Álvarez Ortega"}}),
    # a surname with its particle after two people who bear it, likewise
    ("Odile de Vassal a parlé la première. Jean de Vassal a répondu. De Vassal a quitté la salle.",
     {"Odile de Vassal": {"Odile de Vassal"}, "Jean de Vassal": {"Jean de Vassal", "De Vassal"}}),
]


@pytest.mark.parametrize(("text", "people"), SHORT_FORMS, ids=[str(i) for i in range(len(SHORT_FORMS))])
def test_short_form_inside_a_name(extract: Callable[..., dict], text: str,
                                  people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people


# a person's initials written as one word after the full name ("DSK") are that person, whatever
# type the acronym was given; not when two people have them, nor two letters ("PS" is a party)
INITIALS = [
    ("Dominique Strauss-Kahn a été entendu par les juges. Selon ses proches, DSK conteste toute "
     "faute.", "Dominique Strauss-Kahn", {"Dominique Strauss-Kahn", "DSK"}),
    ("Nathalie Kosciusko-Morizet se présente à Paris. NKM a reçu le soutien du parti.",
     "Nathalie Kosciusko-Morizet", {"Nathalie Kosciusko-Morizet", "NKM"}),
    ("Andrés Manuel López Obrador a parlé jeudi. AMLO a critiqué la presse.",
     "Andrés Manuel López Obrador", {"Andrés Manuel López Obrador", "AMLO"}),
    ("Patrick Poivre d'Arvor a publié un roman. PPDA dément toute polémique.",
     "Patrick Poivre d'Arvor", {"Patrick Poivre d'Arvor", "PPDA"}),
    ("Paul Simon a quitté le PS en mai. Le PS a regretté son départ.", "Paul Simon", {"Paul Simon"}),
]


@pytest.mark.parametrize(("text", "name", "mentions"), INITIALS, ids=[str(i) for i in range(len(INITIALS))])
def test_initials(extract: Callable[..., dict], text: str, name: str, mentions: set[str]) -> None:
    out = extract(text)["entities"]
    assert _people(extract, text)[name] == mentions
    assert not [e for e in out if e["type"] != "person" and e["name"] in mentions]


# an acronym in parentheses after its expansion names the body, never a person, also when it
# is written as a word ("Smur", "Insee") whose letters are the expansion's initials
ACRONYMS = [
    ("Le blessé a été pris en charge par le Service mobile d'urgence et de réanimation (Smur).",
     "Service mobile d'urgence et de réanimation", "Smur"),
    ("Les chiffres viennent de l'association Lorraine Musique & Danse (LM&D). Sa présidente, Anne "
     "Roux, s'en félicite.", "Lorraine Musique & Danse", "LM&D"),
    ("Selon l'Institut national de la statistique et des études économiques (Insee), les loyers "
     "montent.", "Institut national de la statistique et des études économiques", "Insee"),
]


@pytest.mark.parametrize(("text", "body", "acronym"), ACRONYMS, ids=[str(i) for i in range(len(ACRONYMS))])
def test_acronym_after_expansion(extract: Callable[..., dict], text: str, body: str, acronym: str) -> None:
    out = extract(text)["entities"]
    assert acronym not in _people(extract, text)
    owners = [e["name"] for e in out if acronym in {m["text"] for m in e["mentions"]}]
    assert owners == [body]


# a town or a name in parentheses is no acronym of what comes before it
NOT_ACRONYMS = [
    ("Il a rencontré le maire de Lyon (Rhône) mardi.", "Rhône", "place"),
    ("Le vainqueur, Jean Dupont (Nancy), a battu le record.", "Nancy", "place"),
]


@pytest.mark.parametrize(("text", "name", "kind"), NOT_ACRONYMS,
                         ids=[str(i) for i in range(len(NOT_ACRONYMS))])
def test_not_an_acronym(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    assert {e["name"]: e["type"] for e in extract(text)["entities"]}.get(name) == kind


def test_acronym_joins_the_body_named_in_the_headline(extract: Callable[..., dict]) -> None:
    # the headline names the court, the first sentence gives it with its acronym: one body
    text = ("Gaza : la Cour pénale internationale demande des mandats d'arrêt\n\nLe procureur de "
            "la Cour pénale internationale (CPI), Karim Khan, a requis lundi des mandats d'arrêt "
            "contre deux dirigeants. La CPI se prononcera en juin.")
    courts = [e for e in extract(text)["entities"] if e["name"] == "Cour pénale internationale"]
    assert len(courts) == 1
    assert {m["text"] for m in courts[0]["mentions"]} == {"Cour pénale internationale", "CPI"}


# a compound given name the tokenizer cut at its hyphen, the model starting the name after it
CUT_GIVEN_NAMES = [
    ("Le groupe, propriétaire de plusieurs marques de luxe, recule de 8 %. François-Henri "
     "Pinault a promis « une année de transition ».", "François-Henri Pinault"),
    # the first half a given name of both genders, which the table leaves out
    ("- Claude-Annick Morel", "Claude-Annick Morel"),
]


@pytest.mark.parametrize(("text", "name"), CUT_GIVEN_NAMES, ids=[str(i) for i in range(len(CUT_GIVEN_NAMES))])
def test_compound_given_name_cut_at_hyphen(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name in _people(extract, text)


# a disease named after its discoverer names no person of the story; the discoverer named in
# full is one
EPONYMS = [
    ("La maladie de Parkinson touche 270 000 personnes en France.", "Parkinson", "misc"),
    ("Il est atteint de la maladie de Charcot depuis 2019.", "Charcot", "misc"),
    ("Le neurologue Jean-Martin Charcot a décrit la maladie en 1869. La maladie de Charcot porte "
     "son nom.", "Jean-Martin Charcot", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), EPONYMS, ids=[str(i) for i in range(len(EPONYMS))])
def test_eponyms(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    assert {e["name"]: e["type"] for e in extract(text)["entities"]}.get(name) == kind


# a title written with a capital after its article ("le Président Macron"): the name after it is
# a person whatever the tagger makes of it
CAPITAL_TITLES = [
    ("Hier, le Président Macron a reçu les syndicats à l'Élysée.", "Macron"),
    ("Le Président Macron a parlé.", "Macron"),
]


@pytest.mark.parametrize(("text", "name"), CAPITAL_TITLES, ids=[str(i) for i in range(len(CAPITAL_TITLES))])
def test_name_after_capital_title(extract: Callable[..., dict], text: str, name: str) -> None:
    assert name in _people(extract, text)


# two surnames joined by a hyphen after the noun of a thing two people name are those two
# people; a double surname stays one person's
PAIRS = [
    ("Anne Keller et Marc Duval se sont vus à Berlin. Le tandem Keller-Duval a proposé un plan.",
     {"Anne Keller": {"Anne Keller"}, "Marc Duval": {"Marc Duval"}}),
    ("Le ministre Paul Roche a été relaxé. Jeanne Vidal est morte en 2017. L'affaire Roche-Vidal "
     "a duré dix ans.",
     {"Paul Roche": {"Paul Roche"}, "Jeanne Vidal": {"Jeanne Vidal"}}),
    ("Christine Morand-Vasseur a publié un livre. Morand-Vasseur a été condamnée en appel.",
     {"Christine Morand-Vasseur": {"Christine Morand-Vasseur", "Morand-Vasseur"}}),
]


@pytest.mark.parametrize(("text", "people"), PAIRS, ids=[str(i) for i in range(len(PAIRS))])
def test_pairs_of_surnames(extract: Callable[..., dict], text: str, people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people


def test_pair_read_as_a_place(extract: Callable[..., dict]) -> None:
    text = "Anne Keller et Marc Duval se sont vus à Berlin. Le tandem Keller-Duval a proposé un plan."
    assert "Keller-Duval" not in {e["name"] for e in extract(text)["entities"]}


# a capitalized "État" closing a title ("secrétaire d'État") says nothing of the name after it
# being a place, even when its given name is a town's ("Antony"); "l'état de New-York" does
STATE_TITLES = [
    ("Le secrétaire d'État Antony Blinken a annoncé mardi une aide.", "Antony Blinken", "person"),
    ("Il habite dans l'état de New-York depuis 1990.", "New-York", "place"),
]


@pytest.mark.parametrize(("text", "name", "kind"), STATE_TITLES,
                         ids=[str(i) for i in range(len(STATE_TITLES))])
def test_state_in_a_title(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    assert {e["name"]: e["type"] for e in extract(text)["entities"]}.get(name) == kind


# one person spelled two ways in one story (transliterations): the particle's spelling, or a
# given name a letter or two apart; two people whose given names differ in gender, or named in
# one sentence, stay two
SPELLINGS = [
    ("Le président Bachar al-Assad a parlé mardi. Selon Bachar el-Assad, la guerre est finie.",
     {"Bachar al-Assad": {"Bachar al-Assad", "Bachar el-Assad"}}),
    ("Mouammar Kadhafi est mort en 2011. Moammar Kadhafi avait 69 ans.",
     {"Mouammar Kadhafi": {"Mouammar Kadhafi", "Moammar Kadhafi"}}),
    ("Jean Roux a voté pour. Jeanne Roux a voté contre.",
     {"Jean Roux": {"Jean Roux"}, "Jeanne Roux": {"Jeanne Roux"}}),
    ("Claude Petit et Claudie Petit ont voté ensemble.",
     {"Claude Petit": {"Claude Petit"}, "Claudie Petit": {"Claudie Petit"}}),
]


@pytest.mark.parametrize(("text", "people"), SPELLINGS, ids=[str(i) for i in range(len(SPELLINGS))])
def test_two_spellings(extract: Callable[..., dict], text: str, people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people


# "publié chez Grasset": after a verb of publishing, the name after "chez" is the publisher, a
# firm; "chez" alone says nothing ("dîner chez Jean Dupont")
PUBLISHERS = [
    ("Son roman, publié chez Grasset, s'est vendu à 40 000 exemplaires.", "Grasset", "organization"),
    ("L'essai, paru chez Robert Laffont en mars, fait polémique.", "Robert Laffont", "organization"),
    ("Le ministre a dîné chez Jean Dupont, un ami d'enfance.", "Jean Dupont", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), PUBLISHERS, ids=[str(i) for i in range(len(PUBLISHERS))])
def test_publishers(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    assert {e["name"]: e["type"] for e in extract(text)["entities"]}.get(name) == kind


# a name after the plural article that opens a sentence is a band or a family, as after "les"
BANDS = [
    ("Les Nina Sorel, eux, ne se reformeront pas avant l'été.", "Nina Sorel", "organization"),
    # a list of people after it stays people
    ("Les Jean Dupont, Paul Roche et Marc Henry sont arrivés hier.", "Paul Roche", "person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), BANDS, ids=[str(i) for i in range(len(BANDS))])
def test_plural_article_at_sentence_start(extract: Callable[..., dict], text: str, name: str,
                                          kind: str) -> None:
    assert {e["name"]: e["type"] for e in extract(text)["entities"]}.get(name) == kind


# a civility's gender against the given name's: "M. Obama" after "Barack Obama" and "Michelle
# Obama" is the man, though she was named last
def test_civility_and_given_name_gender(extract: Callable[..., dict]) -> None:
    text = ("Paul Ryan a salué la campagne. Barack Obama a remercié ses partisans. Michelle Obama "
            "l'accompagnait sur scène. Angela Merkel a invité M. Obama à Berlin.")
    people = _people(extract, text)
    assert "M. Obama" in people["Barack Obama"]
    assert "M. Obama" not in people["Michelle Obama"]


# the model runs a title's capitalized domain over the name after it ("le ministre de
# l'[Économie Bruno Le Maire]"): the given name opens a person; not in a body named after
# someone
def test_name_after_a_portfolio(extract: Callable[..., dict]) -> None:
    text = ("Le député Paul Girard a interpellé le ministre de l'Économie Bruno Le Maire sur le "
            "prix du gazole.")
    assert "Bruno Le Maire" in _people(extract, text)


# the body the model ran into the name stays a body of its own, an acronym too, and so does a
# body the model read as the first word of the person's name
BODY_AND_NAME = [
    ("Le patron de Renault Carlos Ghosn a été arrêté à Tokyo.", "Renault", "Carlos Ghosn"),
    ("L'attaquant du PSG Kylian Mbappé a marqué deux buts.", "PSG", "Kylian Mbappé"),
    ("Le patron de Tesla Elon Musk a encore tweeté.", "Tesla", "Elon Musk"),
]


@pytest.mark.parametrize(("text", "body", "person"), BODY_AND_NAME,
                         ids=[str(i) for i in range(len(BODY_AND_NAME))])
def test_body_before_a_name_after_a_title(extract: Callable[..., dict], text: str, body: str,
                                          person: str) -> None:
    out = extract(text)["entities"]
    assert {(e["type"], e["name"]) for e in out if e["type"] in ("person", "organization")} == {
        ("organization", body), ("person", person)}


# a person's name after a body's kind that is itself a title's complement is the title's
# holder ("le président du club Paul Henry"); after the kind alone it names the body
HOLDERS = [
    ("Le président du club Paul Henry a ouvert la séance.", "Paul Henry", "person"),
    ("L'entraîneur de l'équipe première Christophe Vallet a présenté les jeunes.", "Christophe Vallet",
     "person"),
    ("Le candidat du parti socialiste Lucien Morel a été battu.", "Lucien Morel", "person"),
    ("Le directeur du journal Paris Match a démissionné.", "Paris Match", "organization"),
    ("La présidente de l'association Les Amis du Moulin a parlé.", "Les Amis du Moulin", "organization"),
]


@pytest.mark.parametrize(("text", "name", "kind"), HOLDERS, ids=[str(i) for i in range(len(HOLDERS))])
def test_holder_after_a_body(extract: Callable[..., dict], text: str, name: str, kind: str) -> None:
    assert {e["name"]: e["type"] for e in extract(text)["entities"]}.get(name) == kind
