"""Quote facts: one row per way French news attributes a quotation (sentences written here)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factx.resolve.quotes import find_quotations


def quotes_of(out: dict, attributed: bool = True) -> list[tuple[str | None, str, str | None]]:
    """(speaker name, text, verb) of the quote facts; only those with a speaker unless told."""
    ents = {e["id"]: e for e in out["entities"]}
    return [(ents[f["speaker"]]["name"] if f["speaker"] else None, f["text"], f["verb"])
            for f in out["facts"] if f["type"] == "quote" and (f["speaker"] or not attributed)]


CASES = [
    # speaker after, with civility, joined to the full name by coreference
    ("Lucie Fortin a présenté le bilan. « Nous avons doublé nos ventes cette année », souligne Mme Fortin.",
     "Lucie Fortin", "Nous avons doublé nos ventes cette année", "souligne"),
    # inverted pronoun: the person named just before
    ("Julie Caron a visité le chantier lundi. « Le projet sera terminé avant la fin de l'été », "
     "a-t-elle déclaré.",
     "Julie Caron", "Le projet sera terminé avant la fin de l'été", "déclaré"),
    # inverted verb the tagger misreads, pronoun
    ("Le ministre Jean Roux a visité l'usine. « Nous allons sauver ces emplois coûte que coûte », "
     "estime-t-il.",
     "Jean Roux", "Nous allons sauver ces emplois coûte que coûte", "estime"),
    # "selon X" before the quotation
    ("Selon Marc Lévesque, « les négociations reprendront dès la semaine prochaine à Genève ».",
     "Marc Lévesque", "les négociations reprendront dès la semaine prochaine à Genève", "Selon"),
    # speaker and verb before, colon
    # announced before a colon, then a source after the quotation: the speaker is the one announced
    ("La ministre Anne Morel a déclaré : « Nous tiendrons nos engagements jusqu'au bout », selon l'AFP.",
     "Anne Morel", "Nous tiendrons nos engagements jusqu'au bout", "déclaré"),
    ("Le ministre Paul Henri a déclaré : « Nous ne céderons jamais devant ces menaces ».",
     "Paul Henri", "Nous ne céderons jamais devant ces menaces", "déclaré"),
    # "X a indiqué que « ... »"
    ("Pierre Gagnon a indiqué que « la corruption doit être combattue sans relâche ».",
     "Pierre Gagnon", "la corruption doit être combattue sans relâche", "indiqué"),
    # curly English-style marks, speaker after a title
    ("“Nous sommes très fiers de nos joueurs”, a dit l'entraîneur Michel Blanc.",
     "Michel Blanc", "Nous sommes très fiers de nos joueurs", "dit"),
    # a long title between the verb and the name
    ("« Nous ne reculerons pas devant les menaces », a déclaré le ministre de l'Intérieur Manuel Valls.",
     "Manuel Valls", "Nous ne reculerons pas devant les menaces", "déclaré"),
    # an organization speaks
    ("« Les tarifs augmenteront de cinq pour cent en janvier », a annoncé la Banque du Canada.",
     "Banque du Canada", "Les tarifs augmenteront de cinq pour cent en janvier", "annoncé"),
    # "Pour X, « ... »"
    ("Pour Sophie Binet, secrétaire générale de la CGT, « cette réforme est injuste et brutale ».",
     "Sophie Binet", "cette réforme est injuste et brutale", "Pour"),
    # two subjects: a title, then the name in apposition
    ("Son entraîneur, Carlo Ancelotti, a salué « une performance exceptionnelle de toute l'équipe ».",
     "Carlo Ancelotti", "une performance exceptionnelle de toute l'équipe", "salué"),
    # dialogue dash with an incise
    ("Le maire est sorti de la salle.\n— Nous partirons demain matin à l'aube, a déclaré Pierre Nadeau.\n",
     "Pierre Nadeau", "Nous partirons demain matin à l'aube", "déclaré"),
]


@pytest.mark.parametrize(("text", "speaker", "quote", "verb"), CASES, ids=[c[1] + "-" + c[3] for c in CASES])
def test_quote_attribution(extract: Callable[..., dict], text: str, speaker: str, quote: str,
                           verb: str) -> None:
    out = extract(text)
    got = quotes_of(out)
    assert got == [(speaker, quote, verb)]
    q = next(f for f in out["facts"] if f["type"] == "quote")
    assert text[q["start"] : q["end"]] == q["text"]
    assert list(q) == ["type", "speaker", "text", "start", "end", "verb", "rule"]


NOT_QUOTES = [
    # fewer than five words
    "« Jamais », a dit Marc Roy devant la presse.",
    # no speaker named anywhere
    "Le panneau indiquait « défense absolue de stationner ici la nuit ».",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_a_quote_fact(extract: Callable[..., dict], text: str) -> None:
    assert quotes_of(extract(text)) == []


def test_a_title_in_guillemets_does_not_inherit_the_last_speaker(extract: Callable[..., dict]) -> None:
    text = ("« Nous tournerons encore un long métrage cet été », a dit Paul Morin. Le film « Les Choses de "
            "la vie et de la mort » sort mercredi.")
    assert [q[1][:10] for q in quotes_of(extract(text))] == ["Nous tourn"]


def test_a_following_quote_does_not_inherit_across_another_name(extract: Callable[..., dict]) -> None:
    text = ("« Nous avons gagné ce match avec beaucoup de courage », a dit Paul Morin. Lucie Roy n'est pas "
            "d'accord : « cette victoire ne change rien au classement final ».")
    got = quotes_of(extract(text))
    assert [g[0] for g in got] == ["Paul Morin", "Lucie Roy"]


def test_a_title_as_speaker_is_the_person_holding_it(extract: Callable[..., dict]) -> None:
    text = ("Le chef du gouvernement, Mario Rossi, a reçu le ministre des Finances, Paul Lenoir. "
            "« Nous devons agir ensemble pour sauver la monnaie », a déclaré M. Rossi. "
            "« Nous soutiendrons toutes les réformes nécessaires », a répondu le ministre.")
    assert [g[0] for g in quotes_of(extract(text))] == ["Mario Rossi", "Paul Lenoir"]


def test_according_to_an_organization_after_its_noun(extract: Callable[..., dict]) -> None:
    got = quotes_of(extract("Selon l'agence Reuters, « les marchés ont salué cette rencontre au sommet »."))
    assert got == [("Reuters", "les marchés ont salué cette rencontre au sommet", "Selon")]


def test_pronoun_gender_skips_the_last_speaker_of_the_other_gender(extract: Callable[..., dict]) -> None:
    text = ("« Le budget sera voté avant la fin du mois prochain », a déclaré M. Paul Morin. "
            "Mme Lucie Roy était présente. « Nous ne voterons jamais ce budget injuste », a-t-elle répondu.")
    assert [g[0] for g in quotes_of(extract(text))] == ["Paul Morin", "Lucie Roy"]


def test_a_second_quote_keeps_its_speaker(extract: Callable[..., dict]) -> None:
    text = ("« Les résultats sont encourageants pour toute l'équipe », explique Anne Lavoie. "
            "« Nous publierons la suite de nos travaux au printemps », résume la chercheuse.")
    got = quotes_of(extract(text))
    assert [g[0] for g in got] == ["Anne Lavoie", "Anne Lavoie"]


@pytest.mark.parametrize(("text", "spans"), [
    ("a « b c » d", [(3, 8)]),
    ("« a “b” c »", [(1, 10)]),
    ('x "a b" y "c"', [(3, 6), (11, 12)]),
    ("intro\n— Bonjour à tous\nfin", [(8, 22)]),
    ("« pas fermé\n\n« autre »", [(14, 21)]),
    # a straight mark glued to the word before, or followed by a stop, closes: it opens nothing
    ('Chine", puis "deux mots"', [(14, 23)]),
    ('fin ". Puis "trois mots ici"', [(13, 27)]),
])
def test_find_quotations(text: str, spans: list[tuple[int, int]]) -> None:
    assert find_quotations(text) == spans


def facts_of(out: dict) -> list[tuple[str | None, str, str]]:
    """(speaker name or None, first words, rule) of every quote fact."""
    ents = {e["id"]: e for e in out["entities"]}
    return [(ents[f["speaker"]]["name"] if f["speaker"] else None, " ".join(f["text"].split()[:3]),
             f["rule"]) for f in out["facts"] if f["type"] == "quote"]


# one row per construction of news writing (issue 13): text, [(speaker, first words, rule)]
CONSTRUCTIONS = [
    # a spokesperson speaks for the organization named after the noun
    ("« Les secours ont atteint la vallée cette nuit », a déclaré un porte-parole de la Croix-Rouge.",
     [("Croix-Rouge", "Les secours ont", "incise")]),
    # a statement of an organization
    ("« Nous avons rouvert toutes les routes du canton ce matin », a indiqué un communiqué de la "
     "Compagnie des autoroutes du Nord.",
     [("Compagnie des autoroutes du Nord", "Nous avons rouvert", "incise")]),
    # a title and the name in apposition after a comma
    ("« Les résultats de la saison sont décevants pour tout le club », analyse l'entraîneur, Pierre Dumas.",
     [("Pierre Dumas", "Les résultats de", "incise")]),
    # a reflexive speech verb
    ("Les élus ont voté la motion. « Nous ne laisserons pas fermer cette école de quartier », se défend "
     "Marie Caron.",
     [("Marie Caron", "Nous ne laisserons", "incise")]),
    # the incise closes the sentence after more words of the quoted person
    ("« Il faut agir vite pour sauver la saison de ski », et rouvrir les pistes dès samedi, a estimé "
     "Luc Besson.",
     [("Luc Besson", "Il faut agir", "incise")]),
    # the attribution after a colon that follows the quotation
    ("« Les travaux reprendront dès le mois de septembre prochain » : le maire Jacques Morel a annoncé "
     "la nouvelle hier soir.",
     [("Jacques Morel", "Les travaux reprendront", "incise")]),
    # "comme le rappelle X, « ... »": the subject after the verb
    ("Comme le rappelle la Banque de France, « la croissance restera faible pendant toute l'année ».",
     [("Banque de France", "la croissance restera", "verb_before")]),
    # three pieces of one sentence share the verb before the first
    ("Le maire Jacques Morel estime que le projet « coûtera beaucoup trop cher aux habitants », "
     "« divisera le village en deux » et « ne règlera rien du tout ».",
     [("Jacques Morel", "coûtera beaucoup trop", "verb_before"),
      ("Jacques Morel", "divisera le village", "same_sentence"),
      ("Jacques Morel", "ne règlera rien", "same_sentence")]),
    # a quotation split by its incise: the second half opens the next sentence
    ("Sophie Leclerc a quitté la réunion. « Je ne signerai jamais un texte pareil », a-t-elle lancé. "
     "« La direction doit revoir toute sa copie avant lundi. »",
     [("Sophie Leclerc", "Je ne signerai", "incise"),
      ("Sophie Leclerc", "La direction doit", "continuation")]),
    # an organization named by its class noun: the one named before
    ("Le ministère de la Santé a publié un bilan. « La vaccination progresse dans toutes les régions du "
     "pays », a indiqué le ministère.",
     [("ministère de la Santé", "La vaccination progresse", "incise")]),
    ("Amnesty International publie un rapport sur les prisons. L'ONG affirme que « les détenus sont "
     "privés de soins depuis des mois ».",
     [("Amnesty International", "les détenus sont", "verb_before")]),
    # the pronoun is the subject of the sentence before, not the person named as its object
    ("Paul Vidal a rencontré Marc Girard hier. « Nous signerons cet accord avant la fin du mois », "
     "a-t-il dit.",
     [("Paul Vidal", "Nous signerons cet", "incise")]),
    # a demonstrative description after the quotation points back to the one named before it;
    # a colon with no speech verb before it yields to the incise
    ("Prévenue par un voisin, Claire Morel a couru jusqu'à l'école où travaille son fils : « Je n'ai "
     "jamais eu aussi peur de toute ma vie », raconte cette mère de famille.",
     [("Claire Morel", "Je n'ai jamais", "incise")]),
    # the sentence before reports the speech the quotation then gives
    ("Jean Dupont a annoncé sa démission hier soir. « Je pars la tête haute après dix ans de mandat ».",
     [("Jean Dupont", "Je pars la", "verb_before")]),
    # the subject of the clause a colon closes
    ("Le président du club, Marc Petit, ne cache pas sa déception : « Nous méritions mieux ce soir face "
     "à Metz ».",
     [("Marc Petit", "Nous méritions mieux", "colon")]),
    # "d'après X"
    ("D'après Paul Girard, « la situation est désormais sous contrôle dans tout le département ».",
     [("Paul Girard", "la situation est", "according_to")]),
    # a person named after the one quoted before: she is the one "elle" points to
    ("« Le dossier est complet depuis des semaines », a dit Paul Morin. L'avocate du prévenu, "
     "Julie Marchand, a plaidé longtemps. « Mon client regrette sincèrement ses gestes », a-t-elle souligné.",
     [("Paul Morin", "Le dossier est", "incise"), ("Julie Marchand", "Mon client regrette", "incise")]),
    # any verb in incise shape reports the quotation: inverted pronoun ("sourit-il")
    ("Pierre Martin tient la boulangerie du village depuis vingt ans. « Les clients reviennent enfin "
     "depuis la fin des travaux », sourit-il.",
     [("Pierre Martin", "Les clients reviennent", "incise")]),
    # ... or the name right after it
    ("« On a bien rigolé toute la soirée avec les supporters », s'amuse Paul Vernier après la victoire.",
     [("Paul Vernier", "On a bien", "incise")]),
    # a name, its apposition, an object pronoun, then the verb and a colon
    ("L'ingénieur Lucas, chef de chantier, l'a rappelé hier devant les ouvriers : « Nous finirons la "
     "route avant l'hiver, quoi qu'il arrive ».",
     [("Lucas", "Nous finirons la", "verb_before")]),
    # the pronoun's antecedent is the subject's title, held by the person named in apposition
    ("Anne Roux, la présidente du comité des fêtes, est satisfaite. « La fréquentation a doublé par "
     "rapport à l'an dernier », se réjouit-elle.",
     [("Anne Roux", "La fréquentation a", "incise")]),
    # an adverb between the auxiliary and the verb, the pronoun the speaker quoted before
    ("« Nous resterons ici tout l'hiver avec nos hommes », a déclaré le colonel Marc Dufour. Il a aussi "
     "indiqué que la brigade allait partir, « lentement pour ne pas laisser la ville sans protection ».",
     [("Marc Dufour", "Nous resterons ici", "incise"), ("Marc Dufour", "lentement pour ne", "verb_before")]),
    # a title the parser takes for the subject: the person named right before the verb
    ("Ancien directeur adjoint de l'usine, Alain Fribourg a assuré aux juges avoir « toujours pensé que "
     "le parti touchait une partie de l'argent ».",
     [("Alain Fribourg", "toujours pensé que", "verb_before")]),
    # "ce dernier": the person named last
    ("Le juge a entendu Alfred Sirven, dirigeant du groupe. Aux policiers, ce dernier a expliqué qu'il "
     "était utile d'« utiliser les relations que le groupe avait en Chine ».",
     [("Alfred Sirven", "utiliser les relations", "verb_before")]),
    # an adverb and an addressee between the verb and the speaker
    ("« Les travaux ont pris du retard à cause de la pluie », a expliqué hier à nos confrères Jean Dupont.",
     [("Jean Dupont", "Les travaux ont", "incise")]),
    # "selon lui": the person the sentence before is about
    ("Le maire Jean Dupont a inauguré la salle. Selon lui, « cette salle servira à toutes les "
     "associations du village ».",
     [("Jean Dupont", "cette salle servira", "according_to")]),
    # a quotation in the first person, right after a sentence about one named person
    ("Jean Dupont ne décolère pas. « On nous a complètement oubliés dans ce dossier depuis des mois. »",
     [("Jean Dupont", "On nous a", "introduced")]),
    # round 3: a colon closing the line before opens the quotation of the next paragraph
    ("Le maire de Dole, Jean Dupont, a présenté hier le budget de la commune. Il explique :\n"
     "« Nous allons investir deux millions d'euros dans les écoles cette année. »",
     [("Jean Dupont", "Nous allons investir", "verb_before")]),
    # a participle clause has the main clause's subject, though the parser hangs it lower
    ("Hier, la préfecture du Doubs a démenti que le maire soit menacé, précisant sobrement que la "
     "réunion « n'avait jamais été prévue au calendrier ».",
     [("préfecture du Doubs", "n'avait jamais été", "verb_before")]),
    # a quotation opening the predicate: an adjective of stance, an active verb
    ("Dans un courrier signé de sa main, Marie Lenoir est « très heureuse d'accueillir la nouvelle équipe "
     "municipale ».",
     [("Marie Lenoir", "très heureuse d'accueillir", "predicate")]),
    ("Le groupe Renault « regrette profondément les incidents survenus lors de la grève ».",
     [("Renault", "regrette profondément les", "predicate")]),
    # a title no role fact gives: the one person the article is about; the verb governs
    # every quotation of its sentence, after the colon and through the list
    ("Paul Morel veut un référendum sur la fusion des communes. Paul Morel l'a redit hier. Dans une "
     "tribune, le sénateur centriste de la Sarthe estime que la réforme comporte « deux défauts » : elle "
     "« va affaiblir les communes rurales du département », « coûtera beaucoup trop cher aux "
     "contribuables » et « ne règle aucun problème de fond ».",
     [("Paul Morel", "va affaiblir les", "verb_before"),
      ("Paul Morel", "coûtera beaucoup trop", "same_sentence"),
      ("Paul Morel", "ne règle aucun", "same_sentence")]),
    # "selon un communiqué de la Fédération": the class noun, though tagged as a name, is the one named
    ("Les joueurs de la FFF ont repris l'entraînement. Grâce à de nouveaux moyens, la Fédération a ouvert "
     "dix centres. Par ailleurs, « deux stades régionaux seront rénovés avant l'été », selon un "
     "communiqué de la Fédération.",
     [("FFF", "deux stades régionaux", "according_to")]),
    # "ils": the delegates of the organization, in a paragraph the parser ran into the headline
    ("FO quitte la table des négociations.\nHier, une vingtaine de délégués de la Fédération des mines ont "
     "quitté la salle. « Nous ne signerons rien dans ces conditions inacceptables », ont-ils expliqué.",
     [("Fédération des mines", "Nous ne signerons", "incise")]),
    # a quotation in a sentence that names nobody and says nothing of its own goes on with
    # the speech the sentence before reports
    ("Invité par les chefs d'entreprise, Paul Girard explique le risque : sans aides, les usines "
     "fermeront. Et de citer les concurrents installés ailleurs, « dans des pays qui subventionnent "
     "largement leur industrie ».",
     [("Paul Girard", "dans des pays", "reported")]),
    # the paragraph after a sentence that ends on a verb of saying
    ("Le président du club, Marc Petit, a réuni les joueurs hier soir. Il a expliqué.\n"
     "« Nous pouvons encore accrocher le maintien cette saison. »",
     [("Marc Petit", "Nous pouvons encore", "verb_before")]),
    # two nouns under one determiner for one person named once: not two subjects
    ("Le journaliste et écrivain Paul Roy est arrivé hier. « Je resterai ici jusqu'à la fin du "
     "festival », a-t-il dit.",
     [("Paul Roy", "Je resterai ici", "incise")]),
    # a sentence whose subject is a possessive phrase ("son exposition") is about the one the
    # possessive points to: "il" goes past the friend it names
    ("Le peintre Paul Roy a exposé hier. Ami de longue date du sculpteur, avec son élève de toujours, "
     "Marc Girard, son exposition a séduit le public. Son audace lui a valu des critiques. Il avait "
     "alors lancé : « Je ne regrette rien de tout cela, vraiment rien ».",
     [("Paul Roy", "Je ne regrette", "verb_before")]),
    # "elle" after a body's quotation, nobody named since; the main verb of saying of a long
    # sentence governs the quotation deep in its complement
    ("La Banque de France explique dans une note que « la croissance restera faible jusqu'à la fin de "
     "l'année ». Malgré les mesures du gouvernement, elle estime que l'activité des entreprises ralentira "
     "encore dans tout le pays au second semestre, ce qui pèsera sur l'emploi et rend probable que les "
     "ménages « réduisent encore leurs dépenses pendant plusieurs mois ».",
     [("Banque de France", "la croissance restera", "verb_before"),
      ("Banque de France", "réduisent encore leurs", "verb_before")]),
    # "selon son associé": the one person the text tied to that noun by apposition
    ("Le navigateur Paul Roy a abandonné hier. Il a longtemps couru avec son associé de toujours, Marc "
     "Girard. Selon son associé, « le bateau ne pouvait plus avancer contre ce vent ».",
     [("Marc Girard", "le bateau ne", "according_to")]),
    # a noun of origin after a lowercase article stands for the person named before, in an
    # incise or as the subject before a colon (not a speaker of its own)
    ("Marc Dufour a inscrit deux buts samedi. « Je suis content pour toute l'équipe et pour nos "
     "supporters », a confié le Belfortain.",
     [("Marc Dufour", "Je suis content", "incise")]),
    ("Pablo Moreno a prolongé son contrat de deux ans avec le club. Tout à sa joie, l'Uruguayen s'en "
     "tirait par une pirouette : « Dans deux ans, j'aurai peut-être encore envie de jouer ».",
     [("Pablo Moreno", "Dans deux ans,", "colon")]),
    # the sentence after the quotation names its speaker in a cleft on "ce que"
    ("Le village attend sa nouvelle école. « Les travaux commenceront au printemps prochain ». C'est ce "
     "qu'a affirmé hier le maire, Jean Dupont.",
     [("Jean Dupont", "Les travaux commenceront", "cleft")]),
    ("« Les travaux commenceront au printemps prochain. » Voilà ce que Jean Dupont a annoncé aux habitants.",
     [("Jean Dupont", "Les travaux commenceront", "cleft")]),
    # the narrative infinitive "Et de conclure :" has the subject the text was speaking of;
    # "avant d'ajouter que" has the main clause's
    ("Jean Dupont a présenté le budget hier soir devant le conseil municipal. Et de conclure : « Nous "
     "finirons la salle des fêtes avant l'été prochain ».",
     [("Jean Dupont", "Nous finirons la", "verb_before")]),
    ("Jean Dupont a promis que les impôts n'augmenteraient pas, avant d'ajouter que « la salle des fêtes "
     "sera finie avant l'été ».",
     [("Jean Dupont", "la salle des", "verb_before")]),
    # "convaincre X de demander": the infinitive's subject is the object, not the main subject
    ("Le reportage a suffi à convaincre la veuve du président, Anne Roux, de demander une enquête : « Je "
     "veux savoir toute la vérité sur la mort de mon mari ».",
     [("Anne Roux", "Je veux savoir", "colon")]),
    # adverbials between the incise verb and the name
    ("« Nous ne lâcherons rien face à la direction du groupe », lance, amusé, Jean Dupont.",
     [("Jean Dupont", "Nous ne lâcherons", "incise")]),
    ("« Nous ne lâcherons rien face à la direction du groupe », résume en souriant Jean Dupont.",
     [("Jean Dupont", "Nous ne lâcherons", "incise")]),
    ("« Nous ne lâcherons rien face à la direction du groupe », prévient d'emblée Jean Dupont.",
     [("Jean Dupont", "Nous ne lâcherons", "incise")]),
    ("« Nous ne lâcherons rien face à la direction du groupe », assure de son côté Jean Dupont.",
     [("Jean Dupont", "Nous ne lâcherons", "incise")]),
    # a title, its organization, then the name: the person, not the organization
    ("« Nous ne lâcherons rien face à la direction du groupe », martèle le délégué CGT Jean Dupont.",
     [("Jean Dupont", "Nous ne lâcherons", "incise")]),
    # "», selon lui." after the quotation; "», nous a confié X": the newspaper spoken to
    ("Jean Dupont a présenté le budget. « Les impôts locaux n'augmenteront pas cette année », selon lui.",
     [("Jean Dupont", "Les impôts locaux", "according_to")]),
    ("« Les impôts locaux n'augmenteront pas cette année », nous a confié Jean Dupont.",
     [("Jean Dupont", "Les impôts locaux", "incise")]),
    # "Il est catégorique :", the parser reading "il" as impersonal
    ("Jean Dupont a présenté le budget. Il est catégorique : « les impôts locaux n'augmenteront pas cette "
     "année ».",
     [("Jean Dupont", "les impôts locaux", "colon")]),
    # an interview in dialogue lines: the answers are the words of the person interviewed; the
    # questions are the paper's own words, no quotation
    ("Jean Dupont, maire de Dole depuis 1995, a accepté de répondre à nos questions.\n— Pourquoi "
     "avez-vous décidé de vous représenter aux élections ?\n— Parce que le travail commencé doit être "
     "terminé avant la fin du mandat.\n",
     [("Jean Dupont", "Parce que le", "interview")]),
    # a pronoun may point to a person the sentence before has as its object
    ("Le député Antoine Roux a été exclu par son parti. Son parti lui reprochait son vote. Il a déclaré : "
     "« Je ne regrette rien de ce que j'ai fait pour ma région. »",
     [("Antoine Roux", "Je ne regrette", "verb_before")]),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS,
                         ids=[c[1][0][2] + "-" + c[1][0][1] for c in CONSTRUCTIONS])
def test_quote_constructions(extract: Callable[..., dict], text: str,
                             expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


# one row per pitfall: the speaker must be null (or the right one, not the nearby one)
PITFALLS = [
    # the person named as a complement is not the speaker
    ("« Mon client regrette sincèrement ses gestes ce soir-là », a déclaré l'avocate de Bernard Lenoir.",
     [(None, "Mon client regrette", "none")]),
    # the reporting medium is not the speaker
    ("« Nous ne céderons rien sur les retraites cette année », a déclaré Paul Durand au journal Le Monde.",
     [("Paul Durand", "Nous ne céderons", "incise")]),
    # an unnamed speaker
    ("« Nous avons tout perdu dans cet incendie », soupire un habitant du quartier.",
     [(None, "Nous avons tout", "none")]),
    # a text, not a person, says it
    ("Le règlement précise que « tout vendeur doit afficher ses prix de façon lisible ».",
     [(None, "tout vendeur doit", "none")]),
    # two people as the subject: "il" could be either
    ("Paul Vidal et Marc Girard se sont rencontrés hier. « Nous signerons cet accord avant la fin du mois », "
     "a-t-il dit.",
     [(None, "Nous signerons cet", "none")]),
    # the nearest subject is an unnamed person the text spoke of before ("la fille de
    # Nadia Roy"): "elle" is not the woman named earlier
    ("La fille de Nadia Roy, enlevée en mai, a écrit au président. La jeune fille l'a rencontré hier. "
     "« Je veux seulement revoir ma mère très bientôt », a-t-elle confié.",
     [(None, "Je veux seulement", "none")]),
    # the title of a work is not a quotation
    ("La compagnie de Paul Morin a présenté un spectacle intitulé « Les marchands de la grande ville du "
     "nord » au théâtre.", []),
    # the organization a title belongs to is not the speaker
    ("« Le tournoi aura lieu comme prévu au mois de juin », a déclaré le président de la Fédération "
     "française de tennis.",
     [(None, "Le tournoi aura", "none")]),
    # a participle after the quotation is not an incise: the person it names did not say it
    ("Ils ont porté plainte pour « des faits qui remontent à plusieurs années déjà » visant Paul Roy, "
     "maire de la commune.",
     [(None, "des faits qui", "none")]),
    # "ce dernier" after two people whose gender is unknown: which one?
    ("Paul Roy a rencontré Claude Duval hier. Ce dernier a déclaré : « Nous allons signer cet accord "
     "dans les prochains jours ».",
     [(None, "Nous allons signer", "none")]),
    # "selon lui" in a sentence whose subject is a documentary, not a person named before
    ("Paul Roy a vu le film. Le documentaire précise que le produit est, selon lui, réservé à « des gens "
     "qui construisent des armes nucléaires ».",
     [(None, "des gens qui", "none")]),
    # the sentence before is not about the speaker: passive, or two people named
    ("Paul Roy a été condamné à deux ans de prison. « Nous ferons appel de cette décision dès demain »",
     [(None, "Nous ferons appel", "none")]),
    ("Paul Roy a rencontré le maire Jean Dupont hier. « Nous allons travailler ensemble sur ce dossier »",
     [(None, "Nous allons travailler", "none")]),
    # not in the first person: a description, not the words of the one named before
    ("Jean Dupont ne décolère pas. « Le dossier est bloqué à la préfecture depuis des mois. »",
     [(None, "Le dossier est", "none")]),
    # a text as the subject: the person named in its complement did not say it
    ("Une note adressée au directeur de l'époque, Alain Gomez, précise que « les actions ont été "
     "lancées pour préparer les rencontres ».",
     [(None, "les actions ont", "none")]),
    # "son complice" is someone related to the one named, not that person
    ("Paul Morin était le présentateur vedette. « Nous formions un duo formidable à l'antenne », "
     "répliqua aussitôt son complice.",
     [(None, "Nous formions un", "none")]),
    # a charge in quotation marks, a phrase with no verb nobody says: not a quotation
    ("Le maire a été mis en examen pour « recel d'abus de biens sociaux et trafic d'influence ».", []),
    # list items opened by a hyphen are not dialogue
    ("Chronologie de l'affaire.\n- 12 mai 2004 : le parquet de Lyon ouvre une enquête préliminaire\n"
     "- 3 juin 2004 : les prévenus comparaissent pour la première fois\n", []),
    # round 3: "selon" and a thing (the prosecution, a study) names nobody to point back to
    ("Le juge Paul Roy a ouvert le procès. Selon l'accusation, « le prévenu connaissait parfaitement la "
     "provenance des fonds ».",
     [(None, "le prévenu connaissait", "none")]),
    # the sentence before names someone only as a noun's complement: not whom "il" is
    ("Hier soir, il a signé un nouveau contrat de trois ans, acceptant enfin les offres de Marc Girard. "
     "« Je reste ici encore deux saisons au moins », a-t-il dit.",
     [(None, "Je reste ici", "none")]),
    # "il" after a body ("le gouvernement") as the subject: the body, not the person before it
    ("Le ministre Paul Roy a présenté la réforme. Le gouvernement s'est fixé un objectif ambitieux. Il a "
     "déclaré que « la réforme ne sera pas abandonnée cette année ».",
     [(None, "la réforme ne", "none")]),
    # a predicate quotation whose subject is a pronoun (a thing here) or a noun phrase judged
    ("La réforme est très critiquée par Paul Roy. Elle « ne règle aucun des problèmes des petites "
     "communes ».",
     [(None, "ne règle aucun", "none")]),
    ("Le conseil a voté le projet. Paul Roy est « le meilleur maire que la commune ait jamais eu », selon "
     "ses partisans.",
     [(None, "le meilleur maire", "none")]),
    # the speech the sentence before reports is two people's, or the quotation's own
    # sentence gives another source
    ("Paul Girard et Anne Roux expliquent le risque : sans aides, les usines fermeront. Et de citer les "
     "concurrents installés ailleurs, « dans des pays qui subventionnent largement leur industrie ».",
     [(None, "dans des pays", "none")]),
    ("Paul Girard explique le risque : sans aides, les usines fermeront. Selon les syndicats, les usines "
     "partiront « dans des pays qui subventionnent largement leur industrie ».",
     [(None, "dans des pays", "none")]),
    # a person and someone unnamed as the subject: "il" is either
    ("Paul Roy et un ami sont arrivés hier. « Nous resterons ici jusqu'à la fin du festival », a-t-il dit.",
     [(None, "Nous resterons ici", "none")]),
    # two people tied to the same noun: which one?
    ("Le navigateur Paul Roy a abandonné hier. Il a longtemps couru avec son associé de toujours, Marc "
     "Girard, et avec son associé des débuts, Luc Petit. Selon son associé, « le bateau ne pouvait "
     "plus avancer contre ce vent ».",
     [(None, "le bateau ne", "none")]),
    # a cleft whose subject is not the one named ("les habitants de X")
    ("« Les travaux ne commenceront jamais avant l'hiver. » C'est ce que redoutent les habitants de "
     "Jean Dupont.",
     [(None, "Les travaux ne", "none")]),
    # "Et d'ajouter" after two people as the subject
    ("Jean Dupont et Paul Roy ont présenté le budget hier soir. Et d'ajouter : « Nous finirons la salle "
     "des fêtes avant l'été prochain ».",
     [(None, "Nous finirons la", "none")]),
    # after the incise verb, a noun phrase whose complement is the name: someone else
    ("« Nous ne lâcherons rien face à la direction du groupe », assure le fils de Jean Dupont.",
     [(None, "Nous ne lâcherons", "none")]),
    # an impersonal "il est clair que" says nothing of anyone
    ("Jean Dupont a présenté le budget. Il est clair que « les impôts locaux n'augmenteront pas cette "
     "année ».",
     [(None, "les impôts locaux", "none")]),
    # an interview after two people named: which one answers?
    ("Jean Dupont et Paul Roy sont candidats. Le débat a eu lieu hier.\n— Pourquoi avez-vous décidé de "
     "vous représenter aux élections ?\n— Parce que le travail commencé doit être terminé avant la fin "
     "du mandat.\n",
     [(None, "Pourquoi avez-vous décidé", "none"), (None, "Parce que le", "none")]),
    # a noun of origin after two people named: which one?
    ("Marc Dufour et Paul Roy ont marqué samedi. « Je suis content pour toute l'équipe et pour nos "
     "supporters », a confié le Belfortain.",
     [(None, "Je suis content", "none")]),
    # a title that is not the one the text gave the person just quoted
    ("« Les travaux commenceront en mai prochain », a déclaré le maire Paul Roy. Le ministre estime que "
     "« ce chantier n'est pas une priorité pour l'Etat ».",
     [("Paul Roy", "Les travaux commenceront", "incise"), (None, "ce chantier n'est", "none")]),
    # a title without a name when two people could hold it
    ("Paul Morel et Jean Roux veulent un référendum. Dans une tribune, le sénateur estime que la réforme "
     "« va affaiblir les communes rurales du département ».",
     [(None, "va affaiblir les", "none")]),
    # a footnote citing an article by its title
    ('Notes. ^ cf. "Quand le club choisit lui-même son arbitre", L\'Équipe, 5 mai 2006.', []),
    # an office after the quotation that nobody is said to hold: not the last one named, nor a
    # minister of another office
    ("Le ministre des Affaires étrangères, Paul Morel, s'est félicité de l'accord. Jean Roux, lui, "
     "n'a fait aucun commentaire. « C'est une étape importante pour notre pays », a réagi le "
     "Premier ministre grec.",
     [(None, "C'est une étape", "none")]),
]


@pytest.mark.parametrize(("text", "expected"), PITFALLS, ids=[str(i) for i in range(len(PITFALLS))])
def test_quote_pitfalls(extract: Callable[..., dict], text: str,
                        expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


def test_unattributed_quotation_is_kept_with_a_null_speaker(extract: Callable[..., dict]) -> None:
    out = extract("Le panneau indiquait « il est interdit de stationner ici la nuit ».")
    facts = [f for f in out["facts"] if f["type"] == "quote"]
    assert [(f["speaker"], f["text"], f["rule"]) for f in facts] == [
        (None, "il est interdit de stationner ici la nuit", "none")]


# round 4: constructions regional news writing uses, each with the pitfalls that keep it safe
# (text, [(speaker, first words, rule)])
REGIONAL = [
    # an unclosed quotation runs to the end of its paragraph, attributed as any other
    ("La directrice Anne Perrin a salué les enseignants : « Nous sommes heureux de cette rentrée réussie ».\n"
     "Puis elle a évoqué la suite : « Il reste encore des travaux à finir dans la cour de l'école.\n"
     "La cantine ouvrira à la fin du mois d'octobre.",
     [("Anne Perrin", "Nous sommes heureux", "verb_before"),
      ("Anne Perrin", "Il reste encore", "verb_before")]),
    # a quotation over two paragraphs, each opened by a mark in the French way, the second
    # with its incise: two quotations, both the speaker's
    ("La directrice Hélène Vautrin a fait le point.\n"
     "« Les inscriptions ont doublé depuis la rentrée de septembre.\n"
     "« Nous devrons ouvrir une classe de plus l'an prochain », annonce Mme Vautrin.",
     [("Hélène Vautrin", "Les inscriptions ont", "continuation"),
      ("Hélène Vautrin", "Nous devrons ouvrir", "incise")]),
    # pitfall: a mark glued to a word in running text is not an unclosed quotation
    ("Le comité a publié un appel au « Journal de la ville pour trouver des bénévoles en renfort.\n"
     "La fête aura lieu samedi prochain sur la place.", []),
    # "indique-t-on à la mairie de X": the body where it was said speaks
    ("La fête du village aura lieu samedi.\n« Nous attendons plus de deux mille visiteurs pour le feu "
     "d'artifice », indique-t-on à la mairie de Lunéville.",
     [("mairie de Lunéville", "Nous attendons plus", "incise")]),
    # pitfall: "on" in an unnamed circle is nobody, not the person named before
    ("Le maire Paul Martin a inauguré la salle.\n« Les travaux ont coûté moins cher que prévu, ce qui "
     "nous réjouit », confie-t-on dans son entourage.",
     [(None, "Les travaux ont", "none")]),
    # pitfall: "au club" with no club named: nobody
    ("Le nouvel entraîneur arrive lundi.\n« Nous voulons remonter en division supérieure dès la saison "
     "prochaine », explique-t-on au club.",
     [(None, "Nous voulons remonter", "none")]),
    # a first-person quotation opens the paragraph; the next sentence names its speaker
    ("La salle des fêtes a été rénovée.\n« Nous avons enfin un lieu digne de ce nom pour nos "
     "associations ». Jean Perrin ne cache pas sa satisfaction.",
     [("Jean Perrin", "Nous avons enfin", "named_after")]),
    ("Le club a tenu son assemblée générale.\n« Nous avons gagné le championnat grâce à notre jeunesse. » "
     "Le président Marc Girard se dit très fier de ses joueurs.",
     [("Marc Girard", "Nous avons gagné", "named_after")]),
    # pitfall: the next sentence tells an act, not a stance (the words are the strikers')
    ("La grève continue à l'usine.\n« Nous ne lâcherons rien tant que nos salaires resteront gelés. » "
     "Le préfet Jean Castel a reçu une délégation hier soir.",
     [(None, "Nous ne lâcherons", "none")]),
    # pitfalls: a contrast ("elle, reste sceptique"), the words as the object ("l'a entendue"),
    # a passive, two people
    ("Les travaux sont terminés.\n« Nous avons attendu ce moment pendant dix longues années ». "
     "Marie Durand, elle, reste sceptique sur le résultat.",
     [(None, "Nous avons attendu", "none")]),
    ("Le festival a fermé ses portes dimanche.\n« Je reviendrai l'an prochain avec mes enfants ». "
     "Luc Bernard l'a entendue cent fois, cette phrase.",
     [(None, "Je reviendrai l'an", "none")]),
    ("Les opposants se sont réunis hier.\n« Nous irons jusqu'au tribunal s'il le faut. » "
     "Jean Perrin a été élu président de l'association.",
     [(None, "Nous irons jusqu'au", "none")]),
    ("La journée était ensoleillée.\n« Nous sommes venus en famille pour la première fois. » "
     "Paul et Jeanne Morel ont apprécié la fête.",
     [(None, "Nous sommes venus", "none")]),
    # pitfall: in the middle of a paragraph, the next sentence is not the attribution
    ("La salle des fêtes a été rénovée. « Nous avons enfin un lieu digne de ce nom pour nos "
     "associations ». Jean Perrin a ensuite visité la nouvelle cuisine.",
     [(None, "Nous avons enfin", "none")]),
    # a sentence about "il", the one person named just before, then a first-person quotation
    ("Invité par le club, Paul Robert a présenté son livre. Il a longtemps vécu en Afrique. "
     "« J'y ai appris la patience et l'écoute des autres. »",
     [("Paul Robert", "J'y ai appris", "introduced")]),
    # "Pour X, ...": the one whose view the sentence gives
    ("Pour Luc Bernard, la saison est réussie. « Nous avons terminé troisièmes du championnat cette année. »",
     [("Luc Bernard", "Nous avons terminé", "introduced")]),
    # pitfalls: two people who fit the pronoun; an impersonal "il"; "elle" a thing
    ("Paul Robert a rencontré Marc Lenoir au salon. Il a longtemps vécu en Afrique. "
     "« J'y ai appris la patience et l'écoute des autres. »",
     [(None, "J'y ai appris", "none")]),
    ("Paul Robert a présenté son livre. Il faut dire que le sujet passionne. "
     "« J'y ai appris la patience et l'écoute des autres. »",
     [(None, "J'y ai appris", "none")]),
    ("Marie Roux a ouvert un gîte l'an dernier. La salle a été rénovée. Elle accueille les associations "
     "du canton. « Nous avons enfin un lieu pour nos réunions. »",
     [(None, "Nous avons enfin", "none")]),
]


@pytest.mark.parametrize(("text", "expected"), REGIONAL, ids=[str(i) for i in range(len(REGIONAL))])
def test_regional_constructions(extract: Callable[..., dict], text: str,
                                expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


@pytest.mark.parametrize(("text", "spans"), [
    # unclosed: ends with its paragraph, the next one opening another quotation
    ("Il dit : « Rien ne va plus ici.\n« Tout va bien », dit-il.", [(10, 31), (33, 47)]),
    # unclosed at the end of the text
    ("Il dit : « Rien ne va plus ici.", [(10, 31)]),
    # a line break inside a quotation closed on the next line: one quotation
    ("« Une citation coupée\npar un retour », dit-il.", [(1, 36)]),
    # no stop at the line end: not taken for an unclosed quotation
    ("Il dit : « Rien ne va plus\n« Tout va bien », dit-il.", [(28, 42)]),
])
def test_unclosed_quotations(text: str, spans: list[tuple[int, int]]) -> None:
    assert find_quotations(text) == spans


# round 6: how a local-news journalist attributes a quotation, the parser often running a
# paragraph (one line) on from the line before; (text, [(speaker, first words, rule)])
LOCAL_NEWS = [
    # "Pour" + a title + the name, opening a line
    ("Les joueurs ont perdu dimanche face à Épinal (1-2).\nPour l'entraîneur Jacques Humbert, « l'équipe "
     "a manqué de réalisme devant le but adverse ».",
     [("Jacques Humbert", "l'équipe a manqué", "according_to")]),
    # "Pour" + a title, the name in apposition between commas
    ("La déviation a été ouverte jeudi.\nPour le président de l'association des riverains, Paul Didier, "
     "« le bruit a disparu du jour au lendemain ».",
     [("Paul Didier", "le bruit a", "according_to")]),
    # "De l'avis de X, « ... »"
    ("Françoise Mathieu dirige l'école depuis dix ans.\nDe l'avis de Mme Mathieu, « cette nouvelle classe "
     "serait la bienvenue dès novembre ».",
     [("Françoise Mathieu", "cette nouvelle classe", "according_to")]),
    # a sentence giving a person's stance, then the quotation with no verb of its own
    ("Le comité a tenu son assemblée vendredi.\nLa trésorière, Sylvie Mougel, se veut prudente. « Les "
     "subventions municipales baissent chaque année depuis trois ans. »",
     [("Sylvie Mougel", "Les subventions municipales", "introduced")]),
    ("L'inspecteur d'académie, Bernard Sauvage, se montre rassurant. « Un poste supplémentaire sera créé "
     "à la Toussaint si les chiffres se confirment. »",
     [("Bernard Sauvage", "Un poste supplémentaire", "introduced")]),
    ("Une centaine d'habitants ont manifesté samedi.\nDenise Marchal, porte-parole du collectif, n'en "
     "démord pas. « Sans ce bureau, les personnes âgées devront faire vingt kilomètres. »",
     [("Denise Marchal", "Sans ce bureau,", "introduced")]),
    # the parser reads "Mme X, apposition," as a vocative: the name opening the sentence is its subject
    ("Les élus se sont réunis lundi soir.\nMme Perrin, conseillère d'opposition, se désole du retard. "
     "« Le calendrier des travaux ne tient aucun compte des aides promises. »",
     [("Perrin", "Le calendrier des", "introduced")]),
    ("Les élus se sont réunis lundi soir.\nMme Perrin, conseillère d'opposition, s'interroge sur le "
     "calendrier. « Comment peut-on commencer les travaux avant d'avoir obtenu les aides ? »",
     [("Perrin", "Comment peut-on commencer", "verb_before")]),
    # a speech given ("a pris la parole", "a dressé le bilan") introduces the next quotation
    ("Le club pongiste a tenu samedi son assemblée.\nLe président du club, Gilbert Marchand, a pris la "
     "parole en premier. « La saison a été la meilleure depuis la création du club. »",
     [("Gilbert Marchand", "La saison a", "introduced")]),
    ("Le docteur Alain Weiss a décrit les blessures de la victime. « Elle gardera des séquelles toute "
     "sa vie. »",
     [("Alain Weiss", "Elle gardera des", "verb_before")]),
    # the incise on the next line, the comma after the mark carrying it
    ("Le directeur de La Poste, Alain Vogel, s'est voulu rassurant.\n« Aucune décision n'a encore été "
     "prise pour ce bureau »,\na-t-il déclaré aux manifestants.",
     [("Alain Vogel", "Aucune décision n'a", "incise")]),
    # the ones the words were said to between the mark and the verb ("leur a-t-il dit")
    ("Le lieutenant Gérard Hanus a reçu les nouvelles recrues.\n« Vous avez choisi un engagement "
     "exigeant, mais le plus beau qui soit », leur a-t-il dit.",
     [("Gérard Hanus", "Vous avez choisi", "incise")]),
    # "Quant à X, il ...": the person set at the head of the clause, not the speaker before
    ("« Nous devons attirer davantage de filles dans nos équipes », souligne Marc Roux.\nQuant à "
     "Lucien Fève, il estime que « la cotisation annuelle reste très raisonnable ».",
     [("Marc Roux", "Nous devons attirer", "incise"),
      ("Lucien Fève", "la cotisation annuelle", "verb_before")]),
    # a quotation that is a paragraph of its own; the next paragraph opens with its speaker's stance
    ("Plus de deux mille personnes ont flâné samedi soir place Carnot.\n« Nous n'avions jamais accueilli "
     "autant d'exposants sur la place. »\nJacqueline Royer, présidente de l'union commerciale, ne cachait "
     "pas sa satisfaction.",
     [("Jacqueline Royer", "Nous n'avions jamais", "named_after")]),
    # an interview: an answer after a question too short to be a quote fact
    ("La MJC fête ses vingt ans. Sa directrice, Claire Weber, a accepté de répondre à nos questions.\n"
     "— Quels sont vos projets pour cette année ?\n— Nous voulons ouvrir un atelier de théâtre.\n"
     "— Et les finances ?\n— Elles sont saines, grâce au soutien fidèle de la ville.",
     [("Claire Weber", "Nous voulons ouvrir", "interview"),
      ("Claire Weber", "Elles sont saines,", "interview")]),
    # pitfall: an unnamed person's stance after a named speaker's quotation: not a continuation
    ("« Le bruit a disparu du jour au lendemain », se réjouit Paul Didier.\nUn riverain, lui, reste "
     "sceptique : « On verra bien ce que ça donne quand les camions reviendront. »",
     [("Paul Didier", "Le bruit a", "incise"), (None, "On verra bien", "none")]),
    # pitfall: a title nobody holds in the text, after another's quotation: not a continuation
    ("Mme Perrin, conseillère d'opposition, a pris la parole. « Comment peut-on commencer les travaux "
     "sans les aides ? »\nLe maire est formel : « Les travaux commenceront en septembre comme prévu. »",
     [("Perrin", "Comment peut-on commencer", "introduced"), (None, "Les travaux commenceront", "none")]),
    # pitfall: an act, not a stance, before a quotation not in the first person
    ("Le préfet Jean Castel a visité jeudi l'usine de cristal.\n« Les fours datent pour la plupart des "
     "années soixante. »",
     [(None, "Les fours datent", "none")]),
    # pitfall: two people share the stance
    ("Marie Lenoir et Sophie Bastien se montrent inquiètes. « Personne ne nous a rien dit sur "
     "l'avenir du site. »",
     [(None, "Personne ne nous", "none")]),
    # pitfall: "Pour l'heure", "Pour les salariés", "À en croire la rumeur" name nobody
    ("Le site emploie trois cents personnes.\nPour l'heure, « aucun licenciement n'est prévu dans les "
     "ateliers ».\nPour les salariés, « la direction doit présenter un vrai projet ».\nÀ en croire la "
     "rumeur, « le site pourrait être vendu avant l'été ».",
     [(None, "aucun licenciement n'est", "none"), (None, "la direction doit", "none"),
      (None, "le site pourrait", "none")]),
    # pitfall: a name governed by a verb before the subject pronoun is not the pronoun's antecedent
    ("Le préfet Jean Castel a visité l'usine.\nAprès avoir reçu le délégué syndical Paul Roy, il a "
     "déclaré : « L'État suivra ce dossier de très près. »",
     [("Jean Castel", "L'État suivra ce", "verb_before")]),
    # pitfall: an unnamed person's incise stays null
    ("La fête a attiré trois mille visiteurs.\n« Je n'ai jamais vu autant de monde ici », s'étonne un "
     "habitant.",
     [(None, "Je n'ai jamais", "none")]),
    # pitfall: a paragraph of its own followed by an act, not a stance
    ("La grève continue.\n« Nous ne lâcherons rien tant que les salaires resteront gelés. »\nLe préfet "
     "Jean Castel a reçu une délégation hier soir.",
     [(None, "Nous ne lâcherons", "none")]),
    # a body's organ speaks for the organization named as its complement ("la direction de X")
    ("Le ministre Arnaud Lebrun a reçu les syndicats jeudi.\n« Nous ne laisserons pas fermer ce site », "
     "a déclaré le ministre.\n« Ces accusations sont sans aucun fondement », a répondu la direction de "
     "Renault.",
     [("Arnaud Lebrun", "Nous ne laisserons", "incise"), ("Renault", "Ces accusations sont", "incise")]),
    # pitfall: "la direction" alone after a person's quotation is not that person
    ("Le ministre Arnaud Lebrun a reçu les syndicats jeudi.\n« Nous ne laisserons pas fermer ce site », "
     "a déclaré le ministre.\n« Ces accusations sont sans aucun fondement », a répondu la direction.",
     [("Arnaud Lebrun", "Nous ne laisserons", "incise"), (None, "Ces accusations sont", "none")]),
    # pitfall: the sentence before is about a thing of the pronoun's gender ("la police"): not the
    # one quoted before it
    ("« Ces accusations sont sans aucun fondement », a répondu l'entreprise Renault.\nLa police a "
     "interpellé deux manifestants. « Nous avons agi dans le strict respect de la loi », a-t-elle "
     "indiqué.",
     [("Renault", "Ces accusations sont", "incise"), (None, "Nous avons agi", "none")]),
    # an adverbial, then the title and the name after the incise verb
    ("Sarrebourg a battu Metz samedi.\n« Nous avons enfin trouvé notre rythme en défense », estimait "
     "pour sa part l'entraîneur Yves Keller.",
     [("Yves Keller", "Nous avons enfin", "incise")]),
    # "dixit X"; "sourit Mme X" (the tagger reading the verb as an adjective)
    ("« Il faudra confirmer dès samedi prochain à Nancy », dixit Yves Keller.\n« Nous nous sommes "
     "rencontrés ici, entre deux métiers à tisser », sourit Mme Pierrat.",
     [("Yves Keller", "Il faudra confirmer", "incise"), ("Pierrat", "Nous nous sommes", "incise")]),
    # a tribute paid ("a rendu hommage") introduces the next quotation
    ("Le conseiller général Hubert Lambert a rendu hommage aux anciens. « Cette filature a fait vivre "
     "toute la vallée pendant un siècle. »",
     [("Hubert Lambert", "Cette filature a", "introduced")]),
    # pitfall: someone else named after the quotation in its sentence: no continuation
    ("« Le public nous a portés jusqu'au bout », lâche Thomas Muller. « Il faudra confirmer dès samedi "
     "prochain », une phrase signée Yves Keller.",
     [("Thomas Muller", "Le public nous", "incise"), (None, "Il faudra confirmer", "none")]),
    # the subject of a line the parser hung on the line before: "le lieutenant" is its holder
    ("La cérémonie s'est déroulée samedi, en présence du lieutenant Gérard Hanus.\nLe lieutenant Hanus "
     "s'est ensuite adressé aux recrues.\n« Vous avez choisi un engagement exigeant, mais le plus beau qui "
     "soit », leur a-t-il dit.",
     [("Gérard Hanus", "Vous avez choisi", "incise")]),
    # pitfall: two people coordinated as the subject of the line before: which one?
    ("« Cette mobilisation honore toute notre commune », a déclaré le maire Roger Simonin.\nPaul Barbier "
     "et Jean Aubert ont ensuite remis le chèque.\n« Merci à tous les bénévoles qui se sont relayés », "
     "a-t-il conclu.",
     [("Roger Simonin", "Cette mobilisation honore", "incise"), (None, "Merci à tous", "none")]),
    # pitfall: a title two people hold in the text
    ("Le président du club, Jean Aubert, a ouvert le Téléthon.\nLe président de l'association des "
     "parents, Paul Barbier, a organisé une vente.\n« Nous avons récolté plus de mille euros », s'est "
     "félicité le président.",
     [(None, "Nous avons récolté", "none")]),
    # an interview in hyphen-dash lines: a question line, then its answer
    ("Le nouveau curé, Marc Didier, a accepté de répondre à nos questions.\n- Comment avez-vous été "
     "accueilli dans la paroisse ?\n- Très chaleureusement, les gens d'ici sont très ouverts.",
     [("Marc Didier", "Très chaleureusement, les", "interview")]),
    # pitfall: hyphen list items are no quotations
    ("Le programme de la fête :\n- samedi à 14 heures, concours de pétanque sur la place\n- dimanche à "
     "midi, repas dansant à la salle des fêtes", []),
    # "« B », a-t-il poursuivi": the speaker was already speaking in the quotation just before
    ("Son président, Gérard Collin, a dressé un tableau sombre de la situation.\n«Trois magasins ont "
     "fermé rue Carnot depuis le début de l'année.»\n«Le stationnement payant fait fuir nos clients», "
     "a-t-il poursuivi.",
     [("Gérard Collin", "Trois magasins ont", "continuation"), ("Gérard Collin", "Le stationnement payant",
                                                                 "incise")]),
    # pitfall: a quotation inside its own sentence with its own subject is not the one going on
    ("Le maire Paul Roy a reçu les grévistes.\nLes manifestants scandaient « nous ne partirons pas d'ici "
     "sans réponse ». « Nous serons entendus jusqu'à Paris », ajoute le maire.",
     [(None, "nous ne partirons", "none"), ("Paul Roy", "Nous serons entendus", "incise")]),
    # pitfall: "a-t-il répliqué" after a sentence naming the one who attacked and the one attacked:
    # none (and not the sentence before's speaker either)
    ("Le maire André Rossin a vivement critiqué mardi le conseiller Mathieu Klein.\n« Ces attaques sont "
     "indignes d'un élu de la République », a-t-il répliqué mercredi.",
     [(None, "Ces attaques sont", "none")]),
    # with nobody else named, the answer is the one the pronoun points to
    ("Le maire André Rossin a été interpellé par les habitants.\n« Les travaux commenceront dès le mois "
     "prochain », a-t-il répondu.",
     [("André Rossin", "Les travaux commenceront", "incise")]),
    # the speaker named in the paragraph before, a sentence about a thing between: a thing says
    # nothing, the pronoun goes past it
    ("Jean Roy, le président, a dressé le bilan.\nLe bilan financier reste positif malgré la pluie.\n"
     "Puis il a précisé : « Nous avons organisé six manifestations cette année. »",
     [("Jean Roy", "Nous avons organisé", "verb_before")]),
    ("« Nous avons organisé six manifestations », a déclaré Jean Roy.\nLe bilan financier reste positif "
     "malgré la pluie.\n« Nous referons la fête l'an prochain », a-t-il ajouté.",
     [("Jean Roy", "Nous avons organisé", "incise"), ("Jean Roy", "Nous referons la", "incise")]),
    # pitfall: the sentence before is about an unnamed person ("le suspect"); the judge named as
    # the agent is not the pronoun's antecedent
    ("Le suspect a été entendu jeudi par la juge Anne Morel.\n« Je n'ai rien à me reprocher », a-t-il "
     "déclaré à sa sortie.",
     [(None, "Je n'ai rien", "none")]),
    # an interview laid out as question lines, each answer in quotation marks on its own line
    ("Pascal Thiébaut entraîne l'équipe de handball depuis cinq ans. Il a accepté de répondre à nos "
     "questions.\nComment avez-vous vécu cette saison ?\n« Très bien, nous avons atteint notre objectif "
     "dès le mois de mars. »\nEt votre avenir personnel ?\n« Je reste au club, mon contrat court encore "
     "deux saisons. »",
     [("Pascal Thiébaut", "Très bien, nous", "interview"), ("Pascal Thiébaut", "Je reste au", "interview")]),
    # pitfall: a question the article asks itself (no "vous") is no interview; two people named
    ("Paul Girard et Marc Lenoir ont visité le chantier.\nComment en est-on arrivé là ?\n« Personne n'a "
     "voulu écouter les riverains pendant dix ans. »\nQue comptez-vous faire maintenant ?\n« Nous irons "
     "jusqu'au tribunal administratif s'il le faut. »",
     [(None, "Personne n'a voulu", "none"), (None, "Nous irons jusqu'au", "none")]),
    # a headline taking up the words a person says in the body
    ("« Nous voulons garder notre bureau de poste »\nUne centaine d'habitants ont manifesté samedi.\n"
     "« Nous voulons garder notre bureau de poste, c'est une question de survie », martèle Denise Marchal.",
     [("Denise Marchal", "Nous voulons garder", "echo"),
      ("Denise Marchal", "Nous voulons garder", "incise")]),
    # pitfall: a headline no one in the body says stays null
    ("« Nous voulons garder notre bureau de poste »\nUne centaine d'habitants ont manifesté samedi.\n"
     "« La décision n'est pas encore prise », assure Alain Vogel.",
     [(None, "Nous voulons garder", "none"), ("Alain Vogel", "La décision n'est", "incise")]),
    # periphrases for the holder of a title: "l'élu" for the mayor, "le premier magistrat",
    # "le technicien" for the coach
    ("La déviation a été inaugurée jeudi.\nLe maire de Remiremont, Christian Guény, était aux anges.\n"
     "« Trente ans que nous attendions ce jour », a lancé l'élu devant la foule.",
     [("Christian Guény", "Trente ans que", "incise")]),
    ("Le maire de Darney, Roger Simonin, a fait le tour des stands.\n« Cette mobilisation honore toute "
     "notre commune », a déclaré le premier magistrat de la commune.",
     [("Roger Simonin", "Cette mobilisation honore", "incise")]),
    ("L'entraîneur des Déodatiens, Yves Keller, a salué ses joueurs.\n« Nous avons enfin trouvé notre "
     "rythme en défense », a souligné le technicien.",
     [("Yves Keller", "Nous avons enfin", "incise")]),
    # pitfall: "l'élu" does not stand for a factory's director
    ("Le directeur de l'usine, Marc Lambert, a reçu les syndicats.\n« Aucun licenciement n'est prévu "
     "cette année », a assuré l'élu.",
     [(None, "Aucun licenciement n'est", "none")]),
    # an incise verb the tagger reads as a noun ("», juge l'élu", "», tranche le président")
    ("Le conseiller général Pierre Vuillaume a apporté son soutien aux parents.\n« Cette fermeture "
     "serait une erreur pour tout le canton », juge l'élu.",
     [("Pierre Vuillaume", "Cette fermeture serait", "incise")]),
    ("Le président Marc Roy a pris la parole.\n« Nous ne pouvons pas accepter cette décision », tranche "
     "le président.",
     [("Marc Roy", "Nous ne pouvons", "incise")]),
    # the sentence after names the quotation a view and whose it is
    ("Les travaux ont pris du retard.\n« Les entreprises ne respectent plus les délais fixés par la "
     "commune. » C'est l'avis de Jean Masson, adjoint aux travaux.",
     [("Jean Masson", "Les entreprises ne", "cleft")]),
    ("Les travaux ont pris du retard.\n« Il faudra revoir tout le calendrier du chantier. » Tel est le "
     "constat dressé par Marie Collin.",
     [("Marie Collin", "Il faudra revoir", "cleft")]),
    # pitfall: a sentence on "c'est" naming someone as a complement, no view
    ("Les travaux ont pris du retard.\n« Il faudra revoir tout le calendrier du chantier. » C'est la "
     "maison de Jean Masson qui gêne.",
     [(None, "Il faudra revoir", "none")]),
    # pitfall: a person acting on a group ("a reçu une délégation de grévistes"): the "nous"
    # that follows may be the group's
    ("La grève continue.\nLe préfet Jean Castel a reçu une délégation de grévistes hier soir. « Nous ne "
     "lâcherons rien tant que nos salaires resteront gelés. »",
     [(None, "Nous ne lâcherons", "none")]),
    # ... but "je", or no group, is the person's
    ("Le maire Paul Roy a présenté ses vœux aux habitants. « Je serai candidat à ma propre succession. »",
     [("Paul Roy", "Je serai candidat", "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), LOCAL_NEWS, ids=[str(i) for i in range(len(LOCAL_NEWS))])
def test_local_news_attributions(extract: Callable[..., dict], text: str,
                                 expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected
