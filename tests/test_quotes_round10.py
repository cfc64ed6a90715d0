"""Quotations of wire and local reports (issue 13, round 10): a name in apposition after a
word of origin or a civility ("la directrice de l'agence, la Péruvienne X", "le Dr X"); the pronoun
of a clause opened by "que" ("X a fait savoir qu'il ...") for the subject that reports it;
a body whose verb the parser left without a subject ("La chambre d'agriculture, associée à
l'étude, souligne que"); the medium of the saying before the speaker's name ("a déclaré à la
presse X"). One row per construction, then the pitfalls where nobody is, then the parser's
slips, each given as the parse the model was seen to produce."""

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from factx.components import base
from factx.normalize import normalize
from factx.resolve import build_result
from factx.types import DocumentInfo
from test_quotes import facts_of

SPEAKERS = [
    # a word of origin between the article and the name, after the title of a body
    ("« Le marché du cacao ne se redressera pas avant deux ans », a averti le directeur de "
     "l'Organisation internationale du cacao, le Ghanéen Kwame Asante.",
     [("Kwame Asante", "Le marché du", "incise")]),
    # a civility there: the doctor, not the agency whose title he holds
    ("« Chaque hiver, nos services débordent dès la première épidémie », a prévenu mardi le chef "
     "du pôle des urgences du centre hospitalier, le Dr Marc Fontaine.",
     [("Marc Fontaine", "Chaque hiver, nos", "incise")]),
    # a regional word of origin the lexicon does not hold, before a colon
    ("La directrice, Anne Roux, a ouvert la séance. Le président de l'association, le Breton "
     "Yann Le Gall, a présenté le bilan : « Nous avons accueilli deux cents familles cette "
     "année. »",
     [("Yann Le Gall", "Nous avons accueilli", "colon")]),
    # a pronoun two sentences on: the subject of the sentence that named him with his origin
    ("Le président de la Commission européenne, le Luxembourgeois Marc Weiler, a reçu les "
     "ministres mardi. Il a paru confiant.\n\n« Nous trouverons un compromis avant la fin du "
     "mois », a-t-il assuré.",
     [("Marc Weiler", "Nous trouverons un", "incise")]),
    # "X a fait savoir qu'elle soutenait ... :": the body that reports, not the mayor named before
    ("Le maire, Jacques Perrin, a reçu les chauffeurs mardi. La Fédération nationale des "
     "transports routiers a fait savoir qu'elle soutenait le mouvement : « Nos adhérents ne "
     "peuvent plus travailler à perte. »",
     [("Fédération nationale des transports routiers", "Nos adhérents ne", "verb_before")]),
    ("« Le dossier avance enfin très bien », a dit Luc Viard, le maire. L'association Les Amis du canal a "
     "fait savoir qu'elle soutenait le projet : « Une passe à poissons est attendue depuis vingt "
     "ans. »",
     [("Luc Viard", "Le dossier avance", "incise"),
      ("Les Amis du canal", "Une passe à", "verb_before")]),
    # the ones the words were told to ("à la presse") before the name of the speaker
    ("Le collectif a manifesté devant la mairie. « Nous ne partirons pas tant que le bâtiment "
     "restera vide », a déclaré à la presse Sophie Lemaire, porte-parole du collectif.",
     [("Sophie Lemaire", "Nous ne partirons", "incise")]),
    # a body, then a participle in apposition, then its verb of saying
    ("La Chambre d'agriculture de la Marne, partenaire des essais, observe dans un rapport que « les "
     "haies replantées ont doublé le nombre d'oiseaux en cinq ans ».",
     [("Chambre d'agriculture de la Marne", "les haies replantées", "verb_before")]),
    ("La Chambre des métiers de la Vienne, consultée par la préfecture, rappelle dans un avis "
     "que « les artisans du bâtiment manquent d'apprentis depuis trois ans ».",
     [("Chambre des métiers de la Vienne", "les artisans du", "verb_before")]),
    ("L'Office national des forêts, chargé du chantier, précise dans un communiqué que « les "
     "coupes reprendront dès que les sols seront secs ».",
     [("Office national des forêts", "les coupes reprendront", "verb_before")]),
    # a pronoun after a sentence about the holder of a title the text gave before: that holder,
    # not the one quoted just before
    ("La caserne de Vittel a ouvert ses portes samedi, en présence du sous-préfet, M. Denis "
     "Royer. Le chef de centre, le lieutenant Paul Simonin, a guidé les visiteurs. \"Nous manquons de "
     "volontaires en semaine, c'est notre souci\", a-t-il reconnu. Le sous-préfet a décoré "
     "deux jeunes sapeurs. \"Votre engagement force le respect de toute la population\", a-t-il "
     "déclaré.",
     [("Paul Simonin", "Nous manquons de", "incise"),
      ("Denis Royer", "Votre engagement force", "incise")]),
    # "se souvient de X « ... »": a memory told is a saying, the quoted phrase the subject's
    ("Le maître verrier est mort lundi. Son ancien apprenti, Lucas Thiébaut, se souvient d'un "
     "patron « qui ne laissait jamais partir une pièce imparfaite ».",
     [("Lucas Thiébaut", "qui ne laissait", "verb_before")]),
    # a title in the masculine written for a woman ("le substitut"): "elle" is still her
    ("Le tribunal de Nancy jugeait un cambrioleur récidiviste. À l'audience, le substitut du "
     "procureur, Julie Barbier, a réclamé trente mois de prison. \"Il n'a tenu aucun compte de ses "
     "précédentes condamnations\", a-t-elle rappelé.",
     [("Julie Barbier", "Il n'a tenu", "incise")]),
    # a call on someone "à « ... »": the words of the one who calls
    ("Les pluies se font attendre. Le directeur régional de l'Unicef, Peter Mwangi, a appelé "
     "les bailleurs à « débloquer les fonds avant que la famine ne s'installe ».",
     [("Peter Mwangi", "débloquer les fonds", "verb_before")]),
    # "la CCI" alone, after the body named as "CCI Moselle": that body
    ("La CCI Moselle a dévoilé mardi son baromètre du commerce. La CCI appelle les maires à "
     "« rouvrir les parkings gratuits du centre-ville ».",
     [("CCI Moselle", "rouvrir les parkings", "verb_before")]),
    # an incise verb the tagger reads as an auxiliary ("», tempère X")
    ("Les ONG restent prudentes. « Un semestre ne fait pas une politique. Il faudra confirmer "
     "ces chiffres sur plusieurs années », tempère Carlos Nogueira, de l'Observatoire du climat.",
     [("Carlos Nogueira", "Un semestre ne", "incise")]),
    # "le joueur de 19 ans": the one person the text gave that age, not the coach named last
    ("Arrivé de Rennes cet été, Baptiste Le Roux, 19 ans, a inscrit un doublé. Son entraîneur, Yvon "
     "Tanguy, savourait. « Je n'avais jamais marqué deux fois dans un match officiel », a confié le "
     "joueur de 19 ans.",
     [("Baptiste Le Roux", "Je n'avais jamais", "incise")]),
    # "le nouveau président" after the bureau elected: the one given that very title, not the
    # outgoing one made "président d'honneur"
    ("Les boulistes de Darney ont élu leur comité. Après vingt ans à la tête du club, Marcel Humbert "
     "passait la main ; il devient président d'honneur. Composition : président, Jean-Luc Ferry ; "
     "trésorière, Nadine Rouyer. Le nouveau président s'est déclaré « très honoré de la confiance "
     "des membres ».",
     [("Jean-Luc Ferry", "très honoré de", "verb_before")]),
    # "Pour <body>, représentée par X, « ... »": the one the body speaks through
    ("Les syndicats restent méfiants. Pour FO, représentée par Mme Lucie Hanriot, « la direction "
     "doit d'abord garantir les emplois du site ».",
     [("Lucie Hanriot", "la direction doit", "according_to")]),
    # the name in apposition after a relative clause on the title
    ("« Les combats ont cessé dans la nuit », a déclaré le porte-parole de l'armée, qui "
     "s'exprimait à la radio, le colonel Ahmed Diallo.",
     [("Ahmed Diallo", "Les combats ont", "incise")]),
    # "l'intéressé" as the object of the clause a colon closes: the one the article is about
    ("Bulgnéville : le cordonnier tire le rideau\n\nQuarante-deux ans après son installation, "
     "Gilbert Mougel a fermé son échoppe vendredi. Les commerçants de la rue ont offert un vin "
     "d'honneur pour saluer l'intéressé : « Je ne pensais pas que tant de gens viendraient me dire "
     "au revoir. »",
     [("Gilbert Mougel", "Je ne pensais", "colon")]),
    # "la dirigeante" with no body after it: the director named just before
    ("La Coopérative laitière du Bocage va embaucher quarante salariés, a annoncé jeudi sa "
     "directrice générale, Martine Lebreton. « Nous doublerons la production de fromage d'ici "
     "trois ans », a expliqué la dirigeante.",
     [("Martine Lebreton", "Nous doublerons la", "incise")]),
]

PITFALLS = [
    # "il" of the clause a title reports, the head of state unnamed: not the one quoted before
    ("Selon le porte-parole du parti, Luc Viard, « rien ne sera décidé avant la convention de "
     "juillet ». Le chef de l'État a déclaré qu'il accepterait « la décision que prendront les "
     "adhérents ».",
     [("Luc Viard", "rien ne sera", "according_to"), (None, "la décision que", "none")]),
    # "le coureur de 31 ans" when the text gives nobody's age: not the last runner named
    ("Le Kényan Daniel Kipruto a gagné le marathon de Metz devant l'Éthiopien Abebe Tola. Le "
     "Français Paul Serre a fini cinquième. « J'ai attaqué au trentième kilomètre et personne "
     "n'a suivi », a raconté le coureur de 31 ans.",
     [(None, "J'ai attaqué au", "none")]),
    # a name inside the relative clause is its object, not the speaker
    ("« Les combats ont cessé dans la nuit », a déclaré le porte-parole de l'armée, qui a reçu "
     "Ahmed Diallo, puis il est reparti vers le front.",
     [(None, "Les combats ont", "none")]),
    # a name given, not a call: no quotation
    ("Dans le quartier des Tanneurs, Paul Roy l'appelle « le vieux lion des bords de Meurthe ».", []),
    # the medium's own name is still no speaker
    ("« Nous reconstruirons le pont avant l'été prochain », a déclaré à la radio France Bleu le "
     "maire de Morteau, Patrick Genre.",
     [("Patrick Genre", "Nous reconstruirons le", "incise")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS, ids=[str(i) for i in range(len(SPEAKERS))])
def test_round10_speakers(extract: Callable[..., dict], text: str,
                          expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PITFALLS, ids=[str(i) for i in range(len(PITFALLS))])
def test_round10_pitfalls(extract: Callable[..., dict], text: str,
                          expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


def reparsed(nlp: Language, text: str, slips: dict[str, tuple[str, str]]) -> dict:
    """factx's output when the parser reads the text as it was seen to on similar
    sentences: `slips` gives, for a word, its (dependency, head word)."""
    doc: Doc = nlp.make_doc(normalize(text))
    base.set_original_text(doc, text)
    doc = nlp(doc)
    words = {t.text: t for t in doc}
    for word, (dep, head) in slips.items():
        words[word].dep_ = dep
        words[word].head = words[head]
    return build_result(doc, DocumentInfo(id="t", path=None, length=len(text), encoding=None)).to_dict()


SLIPS = [
    # the inverted pronoun read as a passive's auxiliary, an adverb before the participle
    ("M. Paul Girard, 91 ans, a reçu la médaille des mains du sous-préfet, M. Alain Roche. « Je "
     "la dédie à tous ceux qui ne sont pas revenus », a-t-il simplement ajouté.",
     {"-il": ("aux:pass", "ajouté")},
     [("Paul Girard", "Je la dédie", "incise")]),
    # "Du côté des employeurs" read as the subject, the body as its apposition
    ("Du côté des employeurs, la Confédération des petites et moyennes entreprises (CPME) estime que "
     "« les hausses de salaire mettraient en danger des milliers d'emplois ».",
     {"côté": ("nsubj", "estime"), "Confédération": ("appos", "côté")},
     [("Confédération des petites et moyennes entreprises", "les hausses de", "verb_before")]),
    # the body in the person's apposition read as the subject of the clause the colon closes
    ("Chez les vignerons, on fait les comptes. Marc Aubry, vigneron à Bué et président de la "
     "cave Les Celliers de Sancerre, a regardé les grêlons tomber : « Nous avons perdu "
     "la moitié de la récolte en dix minutes. »",
     {"Marc": ("ROOT", "Marc"), "Celliers": ("nsubj", "regardé")},
     [("Marc Aubry", "Nous avons perdu", "colon")]),
    # the verb opening the quotation hung on the body's name as a clause, no subject
    ("Soutien du projet, le Département des Vosges « salue le travail remarquable des bénévoles "
     "du village depuis vingt ans ».",
     {"salue": ("acl", "Département")},
     [("Département des Vosges", "salue le travail", "predicate")]),
    # the body a title completes read as the subject: the person in apposition to the title
    ("Le président du Syndicat mixte du bassin de la Sèvre, Gérard Piveteau, dénonce « une "
     "fermeture décidée sans prévenir les élus du secteur ».",
     {"président": ("ROOT", "président"), "Syndicat": ("nsubj", "dénonce")},
     [("Gérard Piveteau", "une fermeture décidée", "verb_before")]),
]


@pytest.mark.parametrize(("text", "slips", "expected"), SLIPS, ids=[str(i) for i in range(len(SLIPS))])
def test_round10_parser_slips(nlp: Language, text: str, slips: dict[str, tuple[str, str]],
                              expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(reparsed(nlp, text, slips)) == expected
