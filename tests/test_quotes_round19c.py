"""Quotes: the right speaker, or none (round 19c).

Classes of French found by invented regional and wire stories:
1. a source set right after a verb of saying whose subject names someone ("X a déclaré,
   selon l'AFP, que « ... »", "X a affirmé d'après Le Matin que « ... »", "X a assuré que
   « ... », selon Reuters"): the source is where the report comes from, the verb's subject
   said it; not a source inside a clause of its own ("des mesures qui, selon la CGT, sont
   « ... »") nor one after a participle qualifying a noun ("des mesures jugées « ... »");
2. a bare first-person quotation after a sentence of facts, the sentence before those facts
   taking the one person the story named up by "il"/"elle" or by a description ("Le jeune
   artisan a gardé ..."): that person's words; not when someone else acts in between;
3. "Pour X, ..." opening the sentence before a bare quotation, after a dateline's dash
   ("TOUL. - Pour X, ...") or with the name in apposition to a title ("Pour la présidente du
   club, X, ..."): X's words;
4. a sentence whose main verb takes a verb of saying as its infinitive ("X a tenu à remercier
   les bénévoles", "X a voulu rappeler ...") says a saying: the bare quotation after it, even
   with no first person, is X's; not another infinitive ("X a tenu à visiter le chantier");
5. a proper name between commas after a spokesperson's noun and its body ("Le porte-parole
   du parti X, Y, a appelé ...") is the spokesperson speaking, even when the types step took
   the name for a body.
The sentences are written for this round, with invented names.
"""

from collections.abc import Callable

import pytest

from conftest import quote_speakers as _speakers
from conftest import speaker_quotes


# 1. the source of the report is not the speaker
@pytest.mark.parametrize(("text", "speakers"), [
    ("PARIS (AFP). - Le ministre des Transports, Gaston Vernoubel, a déclaré, selon l'AFP, que « les trains "
     "circuleront normalement dès lundi matin ».", ["Gaston Vernoubel"]),
    ("La députée Margot Teyssandier a affirmé d'après le quotidien Le Matin que « la loi sera votée avant "
     "l'été prochain ».", ["Margot Teyssandier"]),
    ("Le préfet Hubert Cazemajou a assuré que « les routes seront toutes dégagées avant la nuit », selon "
     "l'agence Reuters.", ["Hubert Cazemajou"]),
    ("Le président Ottavio Brambillone a déclaré, selon son porte-parole Luca Ferrandi, que « le pays ne "
     "cédera à aucune pression étrangère ».", ["Ottavio Brambillone"]),
    # guards: a colon after the source; a source of its own clause, a participle, an incise, a
    # source opening the sentence, a source in the complement of the verb of saying
    ("Le maire Rémi Chauvelot a expliqué selon la radio locale : « Nous ne fermerons pas l'école du "
     "hameau cette année. »", ["Rémi Chauvelot"]),
    ("Le ministre Gaston Vernoubel a présenté des mesures qui, selon la CGT, sont « très insuffisantes et "
     "bien tardives ».", ["CGT"]),
    ("Le ministre Gaston Vernoubel a présenté des mesures jugées « très insuffisantes et bien tardives », "
     "selon la CGT.", ["CGT"]),
    ("« Les trains circuleront normalement dès lundi matin », a déclaré Gaston Vernoubel, selon l'AFP.",
     ["Gaston Vernoubel"]),
    ("Selon l'AFP, le ministre Gaston Vernoubel a affirmé que « les trains circuleront normalement dès "
     "lundi ».", ["Gaston Vernoubel"]),
    ("Le préfet a indiqué que, selon le maire Rémi Chauvelot, « les habitants seront relogés avant la fin "
     "du mois ».", ["Rémi Chauvelot"]),
])
def test_source_of_the_report(extract: Callable[..., dict], text: str,
        speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 2. the person taken up by a pronoun or a description, then a sentence of facts
@pytest.mark.parametrize(("text", "speakers"), [
    ("LIVERDUN. - La directrice de l'école maternelle, Odette Flambard, partira à la retraite en juillet. "
     "Elle a enseigné trente-deux ans dans l'établissement. Des générations de bambins sont passées dans sa "
     "classe. « J'ai parfois eu les enfants de mes anciens élèves, c'est une drôle d'impression. »",
     ["Odette Flambard"]),
    ("FROUARD. - Quentin Ravenel a repris la boulangerie de la rue Pasteur en janvier. Le jeune artisan, "
     "originaire de Metz, a gardé les deux vendeuses. La clientèle a suivi.\n« Je fais tout moi-même, du "
     "pain aux gâteaux, et je commence à trois heures du matin. »", ["Quentin Ravenel"]),
    # guards: someone else acts in between; two women before the pronoun
    ("BACCARAT. - Germaine Colombet a fêté ses cent ans mardi. Entourée de sa famille, la centenaire a "
     "soufflé ses bougies. Le maire lui a remis un bouquet. « J'ai toujours mangé de la soupe le soir, "
     "c'est mon secret. »", [None]),
    ("LIVERDUN. - Odette Flambard et Lucie Verjus partiront à la retraite en juillet. Elle a enseigné "
     "trente-deux ans dans l'établissement. Des générations de bambins sont passées dans sa classe. « J'ai "
     "parfois eu les enfants de mes anciens élèves, c'est une drôle d'impression. »", [None]),
])
def test_taken_up_before_the_facts(extract: Callable[..., dict], text: str,
        speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 3. "Pour X," after a dateline, or with the name in apposition to a title
@pytest.mark.parametrize(("text", "speakers"), [
    ("BELFORT. - Pour Armand Quellec, président de l'amicale, l'essentiel est ailleurs. « Les enfants se "
     "sont bien amusés, c'est le principal pour nous. »", ["Armand Quellec"]),
    ("BELFORT. - La kermesse a attiré la foule dimanche. Pour la présidente du comité des fêtes, Nadine "
     "Quellec, l'essentiel est ailleurs. « Les enfants se sont bien amusés, c'est le principal pour nous. »",
     ["Nadine Quellec"]),
    ("BELFORT. - La kermesse a attiré la foule dimanche. Pour l'organisateur, Armand Quellec, la journée "
     "est réussie. « Les enfants se sont bien amusés, c'est le principal pour nous. »", ["Armand Quellec"]),
    # guards: the name already right after "Pour"; a name in the title's complement
    ("BELFORT. - La kermesse a attiré la foule dimanche. Pour Armand Quellec, président de l'amicale, "
     "l'essentiel est ailleurs. « Les enfants se sont bien amusés, c'est le principal pour nous. »",
     ["Armand Quellec"]),
    ("BELFORT. - La kermesse a attiré la foule dimanche. Pour le voisin d'Armand Quellec, la fête a été "
     "une réussite. « Les enfants se sont bien amusés, c'est le principal pour nous. »", [None]),
])
def test_view_opening_the_sentence(extract: Callable[..., dict], text: str,
        speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 5. the spokesperson named in apposition
@pytest.mark.parametrize(("text", "speakers"), [
    ("BANGKOK (AFP). - Le porte-parole du Parti Chart Prachathipatai, Thaksin Pradit, a appelé les "
     "militants à « rester calmes et à ne pas répondre aux provocations ».", ["Thaksin Pradit"]),
    # guards: an acronym after an article is the body; a person typed as such; no name
    ("Le porte-parole de l'Union pour la rénovation, l'UPR, a déclaré que « le gouvernement ira au bout de "
     "la réforme ».", ["Union pour la rénovation"]),
    ("Le porte-parole de la Ligue pour la démocratie, Oumar Sangaré, a dénoncé « une mascarade électorale "
     "organisée par le pouvoir ».", ["Oumar Sangaré"]),
    ("Un communiqué du ministère de la Défense affirme que « les troupes resteront sur place jusqu'à nouvel "
     "ordre ».", ["ministère de la Défense"]),
])
def test_spokesperson_in_apposition(extract: Callable[..., dict], text: str,
        speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


# 4. a verb of saying as the infinitive of the sentence before
@pytest.mark.parametrize(("text", "speakers"), [
    ("HÉRICOURT. - Le maire, Lucien Brossard, a tenu à remercier les bénévoles. « Sans eux, rien n'aurait "
     "été possible cette année. »", ["Lucien Brossard"]),
    ("HÉRICOURT. - La présidente de la section, Mireille Vautrot, a voulu rappeler son histoire. « Elle est "
     "née en 1946 dans une ancienne grange du village. »", ["Mireille Vautrot"]),
    # guards: an infinitive that says nothing; a causative ("faire observer" a silence)
    ("HÉRICOURT. - Lucien Brossard a tenu à visiter le chantier. « Les travaux avancent plus vite que prévu "
     "cette année. »", [None]),
    ("HÉRICOURT. - Le maire Lucien Brossard a fait observer une minute de recueillement. « Personne au "
     "village n'oubliera la crue de cet hiver. »", [None]),
])
def test_saying_as_infinitive(extract: Callable[..., dict], text: str,
                              speakers: list[str | None]) -> None:
    assert _speakers(extract(text)) == speakers


def test_rule_is_kept(extract: Callable[..., dict]) -> None:
    """The evidence of the attribution: the rule's name in the fact."""
    result = extract("PARIS (AFP). - Le ministre des Transports, Gaston Vernoubel, a déclaré, selon l'AFP, "
                     "que « les trains circuleront normalement dès lundi matin ».")
    quote = next(f for f in result["facts"] if f["type"] == "quote")
    assert quote["rule"] == "verb_before" and quote["verb"] == "déclaré"
    assert speaker_quotes(result)[0][0] == "Gaston Vernoubel"
