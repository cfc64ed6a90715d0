"""Quotations of local reports (issue 13, round 8): a speaker given by the press's other
name for a title ("le premier magistrat"), by a stressed pronoun ("Lui aussi savourait :"),
by the view of a description ("Le constat du chef de centre est clair :"), or by a
pronoun subject the parser hung on the auxiliary. One row per construction, then the
pitfalls where nobody is the speaker."""

from collections.abc import Callable

import pytest

from test_quotes import facts_of

SPEAKERS = [
    # "le premier magistrat" stands for the mayor, named before with that title
    ("La maire de Thaon, Odette Sauvage, a reçu les associations samedi. Ensuite le premier "
     "magistrat a détaillé le budget : « La piscine sera rénovée avant l'été prochain. »",
     [("Odette Sauvage", "La piscine sera", "verb_before")]),
    # "la souveraine" for the queen named before
    ("Le roi Harald V a inauguré hier le nouvel opéra d'Oslo. Devant mille invités, le souverain a "
     "salué « une maison ouverte à tous les Norvégiens, du nord au sud ».",
     [("Harald V", "une maison ouverte", "verb_before")]),
    # "l'édile" in an incise
    ("Le maire de Dompaire, Luc Grandemange, a signé la convention. « Le chantier du groupe "
     "scolaire démarrera en avril », a précisé l'édile.",
     [("Luc Grandemange", "Le chantier du", "incise")]),
    # a stressed pronoun as the subject before a colon
    ("La gardienne du HC Amnéville, Laure Vincent, a tout arrêté. Elle aussi jubilait : "
     "« On a tenu bon pendant les dix dernières minutes. »",
     [("Laure Vincent", "On a tenu", "verb_before")]),
    ("Le buteur, Yann Claudel, a égalisé à la dernière minute. Lui aussi exultait : « On n'a "
     "jamais arrêté de croire à ce point. »",
     [("Yann Claudel", "On n'a jamais", "verb_before")]),
    # the view ("le constat", "la réponse") of a description the text gave a name
    ("Le proviseur du lycée Lapicque, Henri Masson, a fait visiter les ateliers. Le constat du "
     "proviseur est simple : « Nos élèves trouvent un emploi dès leur sortie. »",
     [("Henri Masson", "Nos élèves trouvent", "colon")]),
    # in a court report, "le prévenu" is the one the court tried (object of "condamner",
    # a conjunct the parser made of an apposition included)
    ("Le tribunal de Saint-Dié a condamné hier un maçon de 41 ans, Régis Thomas, à huit mois de "
     "prison pour avoir blessé Jean Colin. À la barre, le prévenu a gardé le silence. « Je ne me "
     "souviens de rien, j'avais trop bu », a-t-il seulement dit.",
     [("Régis Thomas", "Je ne me", "incise")]),
    ("Nadia Ferry comparaissait hier pour des vols de bijoux chez son employeur, Paul Gérard. "
     "« J'avais des dettes et plus personne pour m'aider », a reconnu la prévenue.",
     [("Nadia Ferry", "J'avais des dettes", "incise")]),
    # in a race report, "le vainqueur" is the one who won
    ("Le cyclo-cross de Vittel a réuni 120 coureurs. Le Nancéien Hugo Petitjean s'est imposé devant "
     "Luc Aubert. « Le terrain gras me convenait parfaitement aujourd'hui », souriait le vainqueur.",
     [("Hugo Petitjean", "Le terrain gras", "incise")]),
    # an incise whose verb of saying is an infinitive after a verb of aspect or will
    ("Le maire de Vagney, Luc Mougel, a présenté le projet. « La crèche ouvrira ses portes à "
     "la rentrée », a-t-il tenu à préciser.",
     [("Luc Mougel", "La crèche ouvrira", "incise")]),
    ("Le gardien, Marc Lévêque, a longtemps hésité. « On ne pouvait pas laisser passer cette "
     "occasion », a-t-il fini par avouer.",
     [("Marc Lévêque", "On ne pouvait", "incise")]),
    # a sentence of facts between the stance and a first-person quotation
    ("Bénévole depuis dix ans, Odile Vautrin ne cache pas son inquiétude. Les demandes ont "
     "doublé depuis janvier. « Nous manquons de tout, surtout de lait pour les bébés. »",
     [("Odile Vautrin", "Nous manquons de", "introduced")]),
    # a verb of addressing ("interpeller") announces the question quoted after it
    ("Le conseil municipal de Dompaire a voté le budget. René Gaudé, élu de l'opposition, a "
     "interpellé le maire. « Qui paiera la rénovation de la salle des fêtes ? »",
     [("René Gaudé", "Qui paiera la", "verb_before")]),
    # a title with a long complement, then the name in apposition
    ("Le président de l'association des amis de la basilique de Saint-Nicolas, Yves Huin, dresse "
     "un bilan positif : « Nous avons reçu deux fois plus de dons que l'an passé. »",
     [("Yves Huin", "Nous avons reçu", "colon")]),
    # the parser making both the title and the name in apposition subjects of the verb
    ("La présidente de l'office de tourisme des Hautes-Vosges, Carole Gehin, dresse un bilan "
     "mitigé : « La neige est arrivée trop tard pour sauver les vacances de Noël. »",
     [("Carole Gehin", "La neige est", "colon")]),
    # an incise in a compound tense whose verb is no verb of saying, a title and a name after it
    ("La grève a été suspendue hier soir. « Nous ne voulions pas pénaliser les familles avant "
     "les fêtes », a justifié le secrétaire du syndicat, Marc Perrin.",
     [("Marc Perrin", "Nous ne voulions", "incise")]),
    # an incise inside the marks, between two commas
    ("Le conseil municipal a voté le budget. « Nous ne pouvons pas, explique le maire Henri Vuillemin, "
     "toucher aux impôts une année de plus. »",
     [("Henri Vuillemin", "Nous ne pouvons", "incise")]),
    # "C'est par ces mots que X ...": the sentence after names the speaker
    ("La fête a réuni mille personnes. « Rendez-vous l'an prochain pour la vingtième édition ! » "
     "C'est par ces mots que Lucie Marchal, présidente du comité, a clos la soirée.",
     [("Lucie Marchal", "Rendez-vous l'an prochain", "cleft")]),
    # "a-t-on appris auprès de X": the source is the speaker
    ("Un incendie a détruit un hangar à Darnieulles. « Les flammes ont été visibles à plusieurs "
     "kilomètres », a-t-on appris auprès de la gendarmerie de Chantraine.",
     [("gendarmerie de Chantraine", "Les flammes ont", "incise")]),
    # a name signed in parentheses with a title
    ("Le club fête ses trente ans.\n« Nos jeunes sont notre plus belle réussite » (Jean Mougenot, "
     "président).",
     [("Jean Mougenot", "Nos jeunes sont", "signed")]),
    # the header line above the first sentence is not its subject
    ("date 2002-10-03\n\nLe syndicat, par la voix de son délégué Alain Fève, estime que « la "
     "direction refuse tout dialogue depuis juin ».",
     [("Alain Fève", "la direction refuse", "verb_before")]),
    # a verb of feeling in the incise: its subject, any noun, is a person ("la retraitée"); the
    # headline using the same description first does not make it someone else
    ("date 2004-06-30\n\nBains-les-Bains : l'épicière tire le rideau\n\nPendant quarante ans, "
     "Yvette Cuny a tenu l'épicerie de la place. Samedi, l'épicière a servi ses derniers clients. "
     "« Je connais les goûts de chaque famille du village », s'amuse la retraitée.",
     [("Yvette Cuny", "Je connais les", "incise")]),
    # a status given before ("comme apprentie") is no other function than "la pharmacienne"
    ("Martine Vautrin, 62 ans, a quitté mardi la pharmacie. Entrée chez Pharmavie comme apprentie "
     "en 1982, elle servait les clients à Mirecourt. La pharmacienne n'a pas caché "
     "son émotion. « J'ai vu grandir trois générations de clients. »",
     [("Martine Vautrin", "J'ai vu grandir", "introduced")]),
    # an incise inside the marks, with a complement
    ("« Ce gymnase, a expliqué le maire Paul Gérard devant le conseil, sera ouvert aux clubs dès "
     "septembre. »",
     [("Paul Gérard", "Ce gymnase, a", "incise")]),
    # the headline of an interview: the interviewee's words
    ("Bains-les-Bains : « Le thermalisme doit se réinventer »\n\nArrivé en mars, le directeur "
     "des thermes, Hervé Collin, a reçu nos lecteurs.\n\n— Comment se porte la station ?\n\n"
     "— Mieux qu'on ne le dit, les curistes reviennent depuis deux ans.",
     [("Hervé Collin", "Le thermalisme doit", "headline"),
      ("Hervé Collin", "Mieux qu'on ne", "interview")]),
    # a pronoun subject the parser may hang on the auxiliary ("Il a d'abord ...")
    ("La présidente du club de gym, Nadine Collot, a ouvert l'assemblée. Elle a d'abord salué les "
     "bénévoles du gala.\n\n« Sans vous, nous n'aurions jamais pu organiser cette soirée. »",
     [("Nadine Collot", "Sans vous, nous", "introduced")]),
]

PITFALLS = [
    # "la prévenue" when two women were tried
    ("Le tribunal a condamné Sylvie Roy et Marie Aubry pour escroquerie. « Je n'ai jamais signé ces "
     "papiers de ma vie », a lancé la prévenue.",
     [(None, "Je n'ai jamais", "none")]),
    # two winners named: which one?
    ("Au concours de pétanque, Paul Roy a gagné en triplette et Marc Ory a remporté le tête-à-tête. "
     "« On a joué jusqu'à la nuit tombée sur la place », souriait le vainqueur.",
     [(None, "On a joué", "none")]),
    # an act, not a stance, before the sentence of facts
    ("Bénévole depuis dix ans, Odile Vautrin a ouvert le local. Les demandes ont doublé depuis "
     "janvier. « Nous manquons de tout, surtout de lait pour les bébés. »",
     [(None, "Nous manquons de", "none")]),
    # a headline over a report: the body's one speaker need not be the headline's
    ("« Nous ne laisserons pas fermer notre gare »\nDeux cents habitants ont défilé samedi à "
     "Darney.\n« Le dossier sera étudié en septembre », répond le préfet Paul Mourier.",
     [(None, "Nous ne laisserons", "none"), ("Paul Mourier", "Le dossier sera", "incise")]),
    # two men named in the sentence before: "Lui aussi" could be either
    ("Le gardien, Yann Claudel, et l'arrière, Paul Didier, ont tout donné. Lui aussi exultait : "
     "« On n'a jamais arrêté de croire à ce point. »",
     [(None, "On n'a jamais", "none")]),
    # a feeling of a group, not of anyone named
    ("Le proviseur du lycée Lapicque, Henri Masson, a fait visiter les ateliers. La colère des "
     "parents est grande : « Nos enfants n'ont plus de cours de dessin depuis un an. »",
     [(None, "Nos enfants n'ont", "none")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS, ids=[str(i) for i in range(len(SPEAKERS))])
def test_local_speakers(extract: Callable[..., dict], text: str,
                        expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PITFALLS, ids=[str(i) for i in range(len(PITFALLS))])
def test_local_pitfalls(extract: Callable[..., dict], text: str,
                        expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected
