"""Quotes: the speaker of a quotation with no verb of saying in its sentence (round 23o: grids
crossing relative quotations after a verb that does not say, and bare first-person
quotations after a sentence that opens on a phrase of time or place, x titles x names).

Classes fixed: a quotation that opens on a relative pronoun ("« qui ... »", "« où ... »",
five words at least) right after the noun it qualifies is the words of the person subject of
the verb governing that noun, the sentence having no verb of saying
(QuoteReader.relative_quoted); a fronted phrase of place ("À X,", "Sur le marché de X,")
before the name of the sentence that introduces a bare first-person quotation
(opening_subject_verb, scene_set); a fronted phrase of time or place before the description
subject ("Mardi soir, le maire ...", "Ce jour-là, ...") of that sentence
(introduced_by_pronoun, fronted); "la direction" with no complement takes up the body of the
story like "l'entreprise", never a union (models/quotes.json org_generic, management_nouns;
org_named). Guards: a body as the subject, a text noun before the
relative ("la lettre « qui ... »"), a short relative phrase, a fronted "Chez X,". The
sentences are written for this audit, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import speaker_quotes

MATCH = "L'AS Morvillers a gagné la coupe du district dimanche face au FC Tréveray (3-1).\n\n"
VOTE = "Gérard Plantier a été élu maire de Sauzelles dimanche avec 56 % des voix.\n\n"
MEETING = "Roland Besse, maire de Quincerot, a réuni les habitants jeudi à la salle polyvalente.\n\n"
STRIKE = ("Les ouvriers du groupe Orvalis Câbles ont cessé le travail lundi. « Nous tiendrons "
          "le temps qu'il faudra », a lancé Hervé Saulnier, délégué du personnel.\n\n")
UNION = ("La CGT appelle à la grève chez Orvalis Câbles. La CGT exige une prime de fin d'année. "
         "Pour la CGT, « la patience des salariés a des limites ».\n\n")
SHOPS = "Les commerces du bourg peinent à recruter des vendeurs.\n\n"


def spoken(extract: Callable[..., dict], text: str, opening: str) -> list[str | None]:
    return [sp for sp, t in speaker_quotes(extract(text)) if t.startswith(opening)]


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    # a relative quotation after a verb that does not say, a title then the name as subject
    (MATCH + "L'entraîneuse de l'AS Morvillers, Lucie Tarral, a dédié le titre aux bénévoles "
     "« qui ont tracé les lignes du terrain chaque samedi matin ». La fête a duré tard.",
     "qui ont tracé", "Lucie Tarral"),
    # the same after a comma, "où", the subject a pronoun taking up the one just named
    (VOTE + "Il a cité en premier la halle du marché, « où la charpente menace de céder depuis "
     "l'hiver dernier ».", "où la charpente", "Gérard Plantier"),
    # a bare name as the subject, a verb of showing
    (MATCH + "Samir Oukaci a montré aux journalistes le vestiaire « qui n'a pas vu un coup de "
     "peinture depuis vingt ans ».", "qui n'a pas vu", "Samir Oukaci"),
    # a fronted phrase of place before the name, then a bare first-person quotation
    (SHOPS + "À Brévilly, Nadia Ferron, gérante de la fromagerie, en sait quelque chose. « J'ai "
     "cherché un vendeur pendant six mois, personne ne s'est présenté. »",
     "J'ai cherché", "Nadia Ferron"),
    # a fronted phrase of time before the description that takes the mayor up
    (MEETING + "Vendredi matin, le maire ne cachait pas sa satisfaction. « Je n'avais jamais vu "
     "autant de monde dans cette salle. »", "Je n'avais", "Roland Besse"),
    # "ce jour-là": the demonstrative's "-là" is no pronoun subject
    (MEETING + "Ce jour-là, le maire est resté confiant pour la suite. « Je crois que nous "
     "trouverons une solution avant l'été. »", "Je crois", "Roland Besse"),
    # "la direction" with no complement takes up the firm of the story, through "elle" too
    (STRIKE + "La direction se dit inquiète. Dans une note diffusée mardi, elle rappelle que "
     "« le site ne peut pas supporter un arrêt aussi long ».", "le site ne peut", "Orvalis Câbles"),
    # "la direction" facing a union named more often: the firm, never the union
    (UNION + "La direction a déclaré qu'elle « ne peut pas aller au-delà de deux pour cent cette "
     "année ».", "ne peut pas aller", "Orvalis Câbles"),
])
def test_speaker_without_saying(extract: Callable[..., dict], text: str, opening: str, speaker: str) -> None:
    assert spoken(extract, text, opening) == [speaker]


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    # no fronted phrase: the description introduces the quotation (as before)
    (MEETING + "Le maire ne cachait pas sa satisfaction. « Je n'avais jamais vu autant de monde "
     "dans cette salle. »", "Je n'avais", "Roland Besse"),
    # a verb of saying before the relative quotation: its own rule (as before)
    (VOTE + "Le nouveau maire a promis une halle « où les producteurs du canton auront enfin "
     "leur place ».", "où les producteurs", "Gérard Plantier"),
])
def test_unchanged(extract: Callable[..., dict], text: str, opening: str, speaker: str) -> None:
    assert spoken(extract, text, opening) == [speaker]


@pytest.mark.parametrize(("text", "opening"), [
    # a body as the subject of a verb that does not say: nobody's words
    (VOTE + "La mairie de Sauzelles a inauguré la halle, « où les producteurs locaux vendront "
     "leurs légumes le samedi ».", "où les producteurs"),
    # a text's words: the letter's, not the reader's
    (VOTE + "Gérard Plantier a lu la lettre « qui dénonce la fermeture de la dernière classe "
     "du village ».", "qui dénonce"),
    # a short relative phrase is no quotation
    (VOTE + "Gérard Plantier a présenté un projet « qui dérange ». Le vote aura lieu en mai.",
     "qui dérange"),
    # "Chez X," names someone else before the subject
    (SHOPS + "Chez Paul Gaudin, Nadia Ferron en sait quelque chose. « J'ai cherché un vendeur "
     "pendant six mois, personne ne s'est présenté. »", "J'ai cherché"),
    # "la direction" with only unions named before: none of them
    ("La CGT et FO ont défilé devant la sous-préfecture. Les syndicats demandent à être reçus.\n\n"
     "La direction a déclaré « ne pas être concernée par ce mouvement national ».", "ne pas être"),
])
def test_guards(extract: Callable[..., dict], text: str, opening: str) -> None:
    assert all(sp is None for sp in spoken(extract, text, opening))
