"""Quotes: a pronoun incise after sentences whose main subject is the same pronoun and whose
objects or complements name another person of the same gender (round 21m: a grid crossing
how the speaker is first named — an incise, a colon, "selon X", a plain subject, a title —
the sentences between and the quotation's incise or colon).

Class fixed: a sentence whose main subject is "il"/"elle" goes on with whom the pronoun
already meant, not with the person it names after it as an object or complement, also when
the pronoun does not open it: after an adverb or a fronted complement naming no one ("Puis
il a remercié Y", "Ensuite, elle a félicité Y", "Devant la classe, il a remis ... à Y"),
after the mark closing a quotation the parser runs into it, and when the parser reads "il"
as impersonal with a verb that takes no impersonal subject ("Il s'est tourné vers Y"):
QuoteReader.pronoun_subject, read by antecedent. Also: "X a rendu hommage à Y, « ... »",
a tribute paid in words (models/quotes.json speech_phrases); and the subject of a clause
opened by "que" that the sentence's words report ("Y rappelle que X est ...") is not the
pronoun's antecedent when the sentence names someone outside such a clause
(QuoteReader.in_reported_clause, read by antecedent).
Guards: the other person as the subject of the latest sentence, two people of the same
gender as the subject, a passive whose "elle" may be a thing, the other person of the other
gender. The sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # first named in an incise, then "Puis il a remercié Y", then "a-t-il ajouté"
    ("« Ce chantier a duré bien plus longtemps que prévu », a reconnu Gilbert Tavernier "
     "mardi. Puis il a remercié Octave Ruellan. « Grâce à son équipe, les enfants auront "
     "une cantine neuve à la rentrée », a-t-il ajouté.",
     ["Gilbert Tavernier", "Gilbert Tavernier"]),
    # a woman as the plain subject, "Ensuite, elle a félicité" another woman, "poursuit-elle"
    ("Amandine Corbière a ouvert jeudi la foire aux vins de Castelnoir. Ensuite, elle a "
     "félicité Rosine Daguerre. « Les vignerons du canton méritent enfin une vraie vitrine », "
     "poursuit-elle.", ["Amandine Corbière"]),
    # the pronoun after a fronted complement naming no one; the quotation after a colon
    ("Le maire Gilbert Tavernier a visité lundi l'école rénovée de Pradelles. Devant les "
     "élèves, il a remis un livre à Octave Ruellan. Il a conclu : « Nous avons tenu parole "
     "envers toutes les familles du bourg. »", ["Gilbert Tavernier"]),
    # "il s'est tourné vers Y": the parser's impersonal "il" with a verb that takes none
    ("Gilbert Tavernier a présidé samedi l'assemblée du comité des fêtes. Il s'est tourné "
     "vers Octave Ruellan. « Sans les bénévoles, aucune fête ne serait possible au "
     "village », a-t-il souligné.", ["Gilbert Tavernier"]),
    # first named before a colon; two sentences with "il" and the other man as complement,
    # the first run by the parser after the closing mark of the quotation
    ("Gilbert Tavernier a confié mardi : « Nous avons défendu ce projet pendant des années. » "
     "Il a salué Octave Ruellan. Il a cité l'exemple d'Octave Ruellan. « Les commerçants "
     "attendaient ce moment depuis longtemps », a-t-il ajouté.",
     ["Gilbert Tavernier", "Gilbert Tavernier"]),
    # a woman the name lexicon does not know as one, after "Puis il a remercié"
    ("Gilbert Tavernier a présidé samedi l'assemblée du comité des fêtes. Puis il a remercié "
     "Rosine Daguerre. « Sans les bénévoles, aucune fête ne serait possible au village », "
     "a-t-il souligné.", ["Gilbert Tavernier"]),
    # "selon X" first, then "Puis elle s'est tournée vers Y", "explique-t-elle"
    ("Selon Amandine Corbière, la récolte a souffert du gel d'avril. Puis elle s'est tournée "
     "vers Rosine Daguerre. « Il faudra replanter une partie des parcelles dès l'hiver », "
     "explique-t-elle.", ["Amandine Corbière"]),
])
def test_pronoun_subject_goes_on(extract: Callable[..., dict], text: str,
                                 speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # "rendre hommage à Y, « ... »": a tribute paid in words, the quotation in apposition to
    # the one praised is the subject's (models/quotes.json speech_phrases)
    ("Octave Ruellan a présidé vendredi la remise des prix du concours de pêche. Il a rendu "
     "hommage à Basile Fromentin, « un pêcheur que tout le canton connaît depuis quarante "
     "ans ».", ["Octave Ruellan"]),
    # guard: unnamed people paying the tribute give no speaker; not the one praised
    ("Les élus de Pradelles ont rendu hommage à Basile Fromentin, « un pêcheur que tout le "
     "canton connaît depuis quarante ans ».", [None]),
])
def test_tribute(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # the subject of a clause the sentence's words report ("rappelle que Y est ...") is what
    # is spoken of, not who goes on; here the parser loses the main subject in the club's name
    ("Du côté des pêcheurs, la nouvelle a surpris. Le président de l'amicale Les Joyeux "
     "Pêcheurs de Vaudrey, Anselme Garnotel, rappelle que Basile Fromentin est le deuxième "
     "trésorier à démissionner depuis l'hiver. « Il faut tout reconstruire avec de moins en "
     "moins de bénévoles », regrette-t-il.", ["Anselme Garnotel"]),
    # guard: a parse that finds the main subject, unchanged
    ("Du côté des pêcheurs, la nouvelle a surpris. Le porte-parole de l'association Les Amis "
     "du Val-Fleuri, Anselme Garnotel, assure que Basile Fromentin reviendra au bureau dès "
     "l'automne. « Nous avons besoin de son expérience pour préparer le concours », a-t-il "
     "ajouté.", ["Anselme Garnotel"]),
    # guard: the latest sentence's own subject reports about a third man
    ("Anselme Garnotel a inauguré la passerelle. Octave Ruellan a expliqué que Basile "
     "Fromentin avait dessiné les plans. « Le bois vient entièrement des forêts du canton », "
     "a-t-il ajouté.", ["Octave Ruellan"]),
    # guard: a reply may be the one spoken of: none
    ("Anselme Garnotel estime que Basile Fromentin a fait du bon travail. « Je n'ai fait que "
     "mon devoir envers la commune », a-t-il répondu.", [None]),
])
def test_reported_clause(extract: Callable[..., dict], text: str,
                         speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # the other man becomes the subject of the latest sentence: the pronoun is his
    ("« Ce chantier a duré bien plus longtemps que prévu », a reconnu Gilbert Tavernier "
     "mardi. Puis Octave Ruellan a pris la parole. « Mon équipe a travaillé tout l'été pour "
     "finir à temps », a-t-il ajouté.", ["Gilbert Tavernier", "Octave Ruellan"]),
    # two men as the subject: whose words?
    ("Gilbert Tavernier et Octave Ruellan ont inauguré la cantine de Pradelles. « Les enfants "
     "mangeront enfin dans une salle lumineuse », a-t-il ajouté.", [None]),
    # "il" opening the sentence before: unchanged
    ("Gilbert Tavernier a présidé samedi l'assemblée du comité des fêtes. Il a remercié "
     "Octave Ruellan. « Sans les bénévoles, aucune fête ne serait possible au village », "
     "a-t-il souligné.", ["Gilbert Tavernier"]),
    # a passive after a fronted date: "elle" may be the building, its designer the speaker
    ("Amandine Corbière dirige la médiathèque de Pradelles. La médiathèque a ouvert ses portes "
     "en mai. En 2019, elle a été dessinée par Catherine Daguerre. « Je voulais un lieu "
     "lumineux, ouvert sur la place du village », explique-t-elle.", ["Catherine Daguerre"]),
    # the other person, a known woman, as the complement: unchanged
    ("Gilbert Tavernier a présidé samedi l'assemblée du comité des fêtes. Puis il a remercié "
     "Catherine Daguerre. « Sans les bénévoles, aucune fête ne serait possible au village », "
     "a-t-il souligné.", ["Gilbert Tavernier"]),
])
def test_guards(extract: Callable[..., dict], text: str, speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers
