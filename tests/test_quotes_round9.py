"""Quotations of wire and local reports (issue 13, round 9): a speaker named after a long
title and its complement, after the place, medium or occasion of the saying, or by a title
and a name in apposition; a body named by its class noun after the sentence about it; a
name in apposition whose complement names a body; verbs that quote a phrase ("invoque",
"qualifie de"); "le nouveau curé" for the holder of the office; "l'intéressé" for the one
the article is about. One row per construction, then the pitfalls where nobody is."""

from collections.abc import Callable

import pytest

from test_quotes import facts_of

SPEAKERS = [
    # a long title with its complement, then the name in apposition
    ("« Les stocks de semences ne tiendront pas jusqu'au printemps », a prévenu la "
     "coordinatrice pour l'Afrique australe de la FAO, Lena Brandt.",
     [("Lena Brandt", "Les stocks de", "incise")]),
    # the occasion and the place of the saying between the verb and its subject
    ("« Nous rouvrirons les écoles dès que les routes seront sûres », a affirmé lors d'une "
     "visite à Goma le représentant de l'Unicef, Marc Dumont.",
     [("Marc Dumont", "Nous rouvrirons les", "incise")]),
    # the medium is not the speaker: the name after it is
    ("« On nous demande de produire plus avec deux fois moins de monde », a dénoncé sur RTL "
     "Julie Perrin, secrétaire du syndicat Sud-Santé.",
     [("Julie Perrin", "On nous demande", "incise")]),
    # a title, then a second title and the name in apposition
    ("« Ce traitement réduit de moitié les rechutes chez les patients âgés », a résumé la "
     "directrice de l'institut, la professeure Claire Vasseur.",
     [("Claire Vasseur", "Ce traitement réduit", "incise")]),
    # "X, président de <body>, se réjouit :" — the parser taking the body for the subject
    ("L'usine ouvrira en mars. Bernard Huguenin, président de la communauté de communes du "
     "pays de Saint-Amé, se félicite : « Voilà quatre-vingts emplois qui restent dans la "
     "vallée. »",
     [("Bernard Huguenin", "Voilà quatre-vingts emplois", "verb_before")]),
    # "l'ONG" after a sentence about one NGO, another body having been named more often
    ("La Croix-Rouge a ouvert deux centres d'accueil. La Croix-Rouge a aussi envoyé des "
     "tentes. Action contre la faim (ACF) a dépêché mercredi une équipe à Bouaké. L'ONG dit "
     "avoir distribué « plus de deux mille rations en trois jours ».",
     [("Action contre la faim", "plus de deux", "verb_before")]),
    # a phrase quoted after "invoque", said by the body the subject stands for
    ("Le groupe Ferlac fermera son site d'Épinal en juin. Pour justifier sa décision, le groupe "
     "invoque « une baisse continue des commandes depuis trois ans ».",
     [("Ferlac", "une baisse continue", "verb_before")]),
    # "qualifie ... de « ... »"
    ("Le maire de Rambervillers, Paul Jacquot, qualifie le projet de « meilleure nouvelle pour "
     "la ville depuis dix ans ».",
     [("Paul Jacquot", "meilleure nouvelle pour", "verb_before")]),
    # "le nouveau curé": the holder of the office, the adjective aside
    ("L'abbé Marc Lhuillier, nouveau curé de Bains-les-Bains, a célébré sa première messe. "
     "« Je veux d'abord rencontrer les familles de chaque village », a expliqué le nouveau "
     "curé.",
     [("Marc Lhuillier", "Je veux d'abord", "incise")]),
    # "l'intéressé": the one the article is about, not the last one named
    ("La boulangère Odile Marchal prend sa retraite\n\nAprès 40 ans de fournil, Odile Marchal "
     "a fermé samedi sa boutique de Darney. Le maire, Jean Vautrin, a salué une commerçante "
     "\"infatigable\". \"Je garderai le goût du pain chaud à quatre heures du matin\", confie "
     "l'intéressée.",
     [("Odile Marchal", "Je garderai le", "incise")]),
    # a body that speaks "par la voix de" someone: that person
    ("Le collectif des riverains, par la voix de sa présidente Irène Colas, a réclamé « un vrai "
     "plan de circulation pour tout le quartier ».",
     [("Irène Colas", "un vrai plan", "verb_before")]),
    # a sentence that opens after a quotation closed on its full stop is a sentence of its own
    ("Le club de Mirecourt a perdu 2-0 à Golbey. L'entraîneur Alain Mougel ne cherchait pas "
     "d'excuses. \"On a manqué d'envie du début à la fin du match.\" Son capitaine, Yves Thomas, "
     "partageait cette analyse. \"Nous devons nous remettre au travail dès mardi soir.\"",
     [("Alain Mougel", "On a manqué", "introduced"),
      ("Yves Thomas", "Nous devons nous", "introduced")]),
    # the medium after "à la radio": the name after it speaks
    ("« L'eau est montée d'un mètre en moins d'une heure dans la rue », a raconté à la radio "
     "RTL Gilbert Aubry, un habitant du quartier.",
     [("Gilbert Aubry", "L'eau est montée", "incise")]),
    # a fronted participle the parser takes for the subject
    ("Le ministre Paul Jeannin a été mis en examen mardi. Interrogé par les journalistes, Paul "
     "Jeannin s'est dit « serein et confiant dans la justice de son pays ».",
     [("Paul Jeannin", "serein et confiant", "verb_before")]),
    # "X a indiqué que <a capital> souhaitait « ... »": the one who reports it
    ("Le porte-parole du gouvernement belge, Luc Van Damme, a indiqué que Bruxelles souhaitait "
     "« un accord rapide avec les partenaires européens ».",
     [("Luc Van Damme", "un accord rapide", "verb_before")]),
    # one of a group named in apposition
    ("« Nous ne lâcherons rien tant que l'usine restera fermée », a lancé l'une des déléguées, "
     "Marie Collin.",
     [("Marie Collin", "Nous ne lâcherons", "incise")]),
    # a sentence opened by the same pronoun goes on with the same person, not the one it
    # names after ("Elle succède à Louis Fabre")
    ("La direction des musées a nommé lundi Claire Odent à la tête du musée de l'Image "
     "d'Épinal. Elle succède à Louis Fabre, qui dirigeait le musée depuis 1995. Âgée de 45 ans, "
     "la nouvelle directrice était jusqu'ici conservatrice à Nancy. « Je veux que les écoles du "
     "département viennent chaque année », a-t-elle expliqué.",
     [("Claire Odent", "Je veux que", "incise")]),
    # a quotation paragraph, a blank line, then the sentence saying who (a participle of
    # feeling the parser reads as a passive)
    ("Les basketteuses de Darney ont battu Vittel 61-58 samedi.\n\n\"On a tremblé jusqu'au "
     "bout. Mais les filles ont tenu, je suis fière d'elles.\"\n\nL'entraîneuse Martine Aubert "
     "était soulagée après le match.",
     [("Martine Aubert", "On a tremblé", "named_after")]),
    # a relation ("son coéquipier") is no function: "le coureur" may still be that man
    ("Le Belge Tom Peeters a gagné l'étape devant son coéquipier Luc Janssens. Janssens, lui, "
     "est resté discret. « J'ai roulé pour l'équipe, c'était le plan du matin », a dit le "
     "coureur.",
     [("Luc Janssens", "J'ai roulé pour", "incise")]),
    # a straight mark with the French space inside, opening the body under the date line
    ("date 2003-05-12\n\n\" Nous avons doublé le nombre de licenciés en deux ans \", explique le "
     "président du club, Marc Voinson.",
     [("Marc Voinson", "Nous avons doublé", "incise")]),
    # "le jeune homme" in the sentence before: the one person named, who holds no function
    ("Un ouvrier de Thaon, Loïc Hanriot, 31 ans, était jugé hier pour vol. À la barre, le jeune "
     "homme a reconnu les faits. \"J'avais perdu mon travail, je ne savais plus comment payer le "
     "loyer.\"",
     [("Loïc Hanriot", "J'avais perdu mon", "verb_before")]),
    # the parser starting a sentence at the colon: the clause before it still says who
    ("Les pompiers ont évacué l'immeuble samedi soir. Sa voisine de palier, Mme Odile Grosjean, "
     "était encore sous le choc lundi : \"J'ai senti la fumée et j'ai frappé à toutes les "
     "portes.\"",
     [("Odile Grosjean", "J'ai senti la", "colon")]),
    # "explique-t-on à la direction départementale de <body>": that body
    ("La Poste va fermer le bureau de Rehaupal. \"La fréquentation ne justifie plus une "
     "ouverture tous les jours\", explique-t-on à la direction départementale de La Poste.",
     [("La Poste", "La fréquentation ne", "incise")]),
    # a letter read out: its author's words
    ("Le sénateur Paul Roy a lu devant la presse une lettre du préfet Marc Aubert : « Nous "
     "n'avons plus les moyens d'entretenir cette route de montagne. »",
     [("Marc Aubert", "Nous n'avons plus", "colon")]),
    # the title a later paragraph (the list of officers) gives to the one named before
    ("L'amicale des pêcheurs de Darney a tenu son assemblée sous la présidence de Mme Lucienne "
     "Grandidier. La présidente a salué les bénévoles. « Sans eux, il n'y aurait ni concours ni "
     "alevinage cette année », a-t-elle souligné.\nLe bureau : présidente, Lucienne Grandidier ; "
     "trésorier, Gérard Mathis.",
     [("Lucienne Grandidier", "Sans eux, il", "incise")]),
    # "Le président" after a list of officers: the president, not the vice-president named
    # after him (the role layer gave him the title again)
    ("La chorale de Darnieulles a tenu son assemblée sous la présidence de M. Robert Hanus. Le "
     "bureau a été réélu : président, Robert Hanus ; vice-président, Claude Marchal ; secrétaire, "
     "Josette Aubry ; trésorier, Henri Simon.\nLe président a fixé le cap : \"Nous chanterons à "
     "la cathédrale de Saint-Dié en décembre, c'est promis.\"",
     [("Robert Hanus", "Nous chanterons à", "colon")]),
    # "a pour sa part salué « ... »", the parser taking "a" for the main verb: its subject,
    # a title whose holder the text named
    ("Le maire, Yves Mathis, a ouvert la séance. Le directeur de l'hôpital, Henri Collot, "
     "était venu de Toul. Le directeur a de son côté regretté \"un manque criant de lits "
     "pour tout le secteur\".",
     [("Henri Collot", "un manque criant", "verb_before")]),
    # the defence "assurée par" a lawyer: the lawyer's words after it
    ("Le tribunal a jugé Marc Hanus pour vol. La défense, assurée par Me Lise Vincent, a plaidé "
     "la relaxe. \"Mon client n'a jamais mis les pieds dans ce garage de sa vie.\"",
     [("Lise Vincent", "Mon client n'a", "verb_before")]),
]

PITFALLS = [
    # "l'intéressé" when the lead names two men: who is it?
    ("Deux frères reprennent la ferme\n\nPaul et Luc Mangin, 30 et 28 ans, reprennent "
     "l'exploitation familiale à Mattaincourt. Le président de la chambre d'agriculture, "
     "Henri Voirin, les a félicités. « Je n'aurais jamais cru revenir un jour au village », "
     "glisse l'intéressé.",
     [(None, "Je n'aurais jamais", "none")]),
    # a description in the incise that points to nobody: not the sentence before's speaker
    ("Le tribunal a jugé Yves Hardy et Marc Colin. Le procureur Alain Thouvenot a rappelé les "
     "faits. « Je ne savais pas que le camion était volé », a assuré l'intéressé.",
     [(None, "Je ne savais", "none")]),
    # "le responsable de <firm>": one person, unnamed, not the firm
    ("Le chantier a pris du retard. Le responsable de l'entreprise Batinord a reconnu que « les "
     "livraisons de béton ont manqué tout l'hiver ».",
     [(None, "les livraisons de", "none")]),
    # the successor's words are not the speaker's of the quotation before, which ended its
    # sentence inside the marks
    ("Le capitaine Luc Vogel quitte la brigade de Remiremont. Il a salué ses hommes. \"Vous avez "
     "été une équipe formidable pendant six ans.\" Son successeur a présenté son programme : "
     "\"Nous renforcerons les patrouilles de nuit dans le canton.\"",
     [("Luc Vogel", "Vous avez été", "verb_before"), (None, "Nous renforcerons les", "none")]),
    # the agency the words were told to is not the speaker; an unnamed official is nobody
    ("« La route restera fermée jusqu'à lundi soir au moins », a déclaré à l'agence Reuters un "
     "responsable local.",
     [(None, "La route restera", "none")]),
    # one of a group, not named
    ("« Nous ne lâcherons rien tant que l'usine restera fermée », a lancé l'un des grévistes.",
     [(None, "Nous ne lâcherons", "none")]),
    # a deposition read out by the judge: not the judge's words, and its author is not named
    ("Le tribunal a entendu le prévenu. La présidente du tribunal, Anne Colin, a lu le "
     "témoignage de la fillette : « L'homme m'a suivie jusqu'à la gare sans rien dire ».",
     [(None, "L'homme m'a suivie", "none")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS, ids=[str(i) for i in range(len(SPEAKERS))])
def test_round9_speakers(extract: Callable[..., dict], text: str,
                         expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected


@pytest.mark.parametrize(("text", "expected"), PITFALLS, ids=[str(i) for i in range(len(PITFALLS))])
def test_round9_pitfalls(extract: Callable[..., dict], text: str,
                         expected: list[tuple[str | None, str, str]]) -> None:
    assert facts_of(extract(text)) == expected
