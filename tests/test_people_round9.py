"""People of wire news, round 9 (issue 11): one person per person named, however the story
varies the name, and no person where the story names a thing after someone. Each row is a
sentence or a short story in our own words; `people` is the whole set of person entities
factx should give, name -> mentions."""

from collections.abc import Callable

import pytest

from conftest import mentions_by_name


def _people(extract: Callable[..., dict], text: str) -> dict[str, set[str]]:
    return mentions_by_name(extract(text), "person")


# one person under several names: a compound given name alone, a compound given name
# coordinated with a full name, a double surname after a civility, a birth name or a real
# name given after the name in use, a married double surname and one half of it
VARIANTS = [
    ("L'acteur Jean-Michel Corbière est mort lundi. Jean-Michel, comme l'appelaient ses "
     "partenaires, avait débuté au théâtre.",
     {"Jean-Michel Corbière": {"Jean-Michel Corbière", "Jean-Michel"}}),
    # two people open with it: nobody is meant
    ("Jean-Michel Corbière et Jean-Michel Lotte ont signé. Jean-Michel a souri.",
     {"Jean-Michel Corbière": {"Jean-Michel Corbière"}, "Jean-Michel Lotte": {"Jean-Michel Lotte"},
      "Jean-Michel": {"Jean-Michel"}}),
    ("Les parents, Jean-Pierre et Solange Kerhervé, ont porté plainte mardi.",
     {"Jean-Pierre Kerhervé": {"Jean-Pierre"}, "Solange Kerhervé": {"Solange Kerhervé"}}),
    ("Hélène Martin-Lasalle a été entendue jeudi par les juges. Mme Martin-Lasalle conteste "
     "les faits.",
     {"Hélène Martin-Lasalle": {"Hélène Martin-Lasalle", "Mme Martin-Lasalle"}}),
    ("Odile Texier, née Ramonet, a témoigné à la barre vendredi.",
     {"Odile Texier": {"Odile Texier", "Ramonet"}}),
    ("Le chanteur Bruno Vélin, de son vrai nom Bruno Vélinsky, sort un album.",
     {"Bruno Vélin": {"Bruno Vélin", "Bruno Vélinsky"}}),
    ("La sénatrice Claire Dumont-Ferrat a démissionné. Claire Ferrat avait été élue en 2017.",
     {"Claire Dumont-Ferrat": {"Claire Dumont-Ferrat", "Claire Ferrat"}}),
    # two people in one sentence stay two, a given name apart stays apart
    ("Claire Dumont-Ferrat et sa cousine Claire Ferrat ont voté contre.",
     {"Claire Dumont-Ferrat": {"Claire Dumont-Ferrat"}, "Claire Ferrat": {"Claire Ferrat"}}),
    ("Paul Dumont-Ferrat a démissionné. Claire Ferrat le remplace.",
     {"Paul Dumont-Ferrat": {"Paul Dumont-Ferrat"}, "Claire Ferrat": {"Claire Ferrat"}}),
    ("Les obsèques de Lucienne Farge née Thiébaut ont eu lieu jeudi à Mirecourt.",
     {"Lucienne Farge": {"Lucienne Farge", "Thiébaut"}}),
    # a nickname the story explains is its first person's
    ("La skieuse Léa Bonnaz a pris sa retraite, a annoncé Marc Ruiz. Lolo, comme la surnomment "
     "ses coéquipières, avait gagné deux globes.",
     {"Léa Bonnaz": {"Léa Bonnaz", "Lolo"}, "Marc Ruiz": {"Marc Ruiz"}}),
    # a generation ("Jr.") is no surname to share
    ("Ses enfants, Ivana et Robert Jr., étaient présents.", {"Ivana": {"Ivana"}, "Robert Jr": {"Robert Jr"}}),
    # a birth name opening a sentence is the person named last before it of that gender
    ("L'hommage à Lucie Varenne a eu lieu mardi, a dit Paul Terrier. Née Lucie Morvan à "
     "Brest, la chanteuse avait débuté à seize ans.",
     {"Lucie Varenne": {"Lucie Varenne", "Lucie Morvan"}, "Paul Terrier": {"Paul Terrier"}}),
    # a surname in capitals the model read as a place is the person's
    ("Football : Mbappé quitte le PSG\n\nPARIS — KYLIAN MBAPPÉ a officialisé vendredi son départ. "
     "Mbappé avait inscrit 256 buts, rappelle Luc Henry.",
     {"Mbappé": {"Mbappé", "MBAPPÉ"}, "Luc Henry": {"Luc Henry"}}),
    # a title kept before a surname ("l'abbé Pierre") is the person named in full
    ("Le père Marek Nowicki a été installé dimanche. Le père Nowicki vient de Cracovie.",
     {"Marek Nowicki": {"Marek Nowicki", "père Nowicki"}}),
    ("Le cardinal Ouellet a reçu les fidèles. Marc Ouellet, 79 ans, prend sa retraite.",
     {"Marc Ouellet": {"Marc Ouellet", "cardinal Ouellet"}}),
    ("L'abbé Pierre a rencontré Pierre Lemoine, le maire, mardi.",
     {"abbé Pierre": {"abbé Pierre"}, "Pierre Lemoine": {"Pierre Lemoine"}}),
    # "né" after something else than a person's name joins nobody
    ("Le projet, né à Lyon, est porté par Amélie Gorce.", {"Amélie Gorce": {"Amélie Gorce"}}),
]


@pytest.mark.parametrize(("text", "people"), VARIANTS, ids=[str(i) for i in range(len(VARIANTS))])
def test_one_person_under_several_names(extract: Callable[..., dict], text: str,
                                        people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people


# a person's name that names a thing: a title in quotation marks, "Saint" with a capital
# before a name, "Chez" with a capital inside a sentence, "chez X, on ...", a publisher in
# parentheses after a title, a name the story also writes after the noun of a thing
THINGS = [
    ("Le réalisateur Paul Vernet présente « Marthe Lagarde », son nouveau film, à Cannes.",
     {"Paul Vernet": {"Paul Vernet"}}),
    ("« Irène Castel », le premier roman de Sonia Perret, a reçu le prix des lecteurs.",
     {"Sonia Perret": {"Sonia Perret"}}),
    ("Le roman « Le Comte de Monte-Cristo » d'Alexandre Dumas sera adapté par Pierre Lemaire.",
     {"Alexandre Dumas": {"Alexandre Dumas"}, "Pierre Lemaire": {"Pierre Lemaire"}}),
    # a person inside a short title after the noun of a work
    ("Son documentaire « Sur les traces de Che Guevara » sort mercredi, annonce Lucie Mon.",
     {"Lucie Mon": {"Lucie Mon"}}),
    # a person inside a quotation stays a person
    ("« Merci Bernadette », a écrit le chef de l'État, Emmanuel Macron.",
     {"Bernadette": {"Bernadette"}, "Emmanuel Macron": {"Emmanuel Macron"}}),
    # a nickname and a given name alone in quotation marks stay people
    ("Le vieil éleveur, ce cher « Toto », a remporté le concours de Bar-le-Duc.",
     {"Toto": {"Toto"}}),
    # a nickname after "dit" is another surface form of the same person (GUIDELINE: mentions
    # are every form the text uses for that person; round 16i)
    ("Le boxeur Karim Said, dit « Kid Said », remonte sur le ring samedi.",
     {"Karim Said": {"Karim Said", "Kid Said"}}),
    ("La créatrice de la maison Saint Cyprien, Lise Arnaud, quitte son poste.",
     {"Lise Arnaud": {"Lise Arnaud"}}),
    ("Les gendarmes ont incendié la paillote Chez Mathieu, sur la plage de Cala d'Orzu.",
     {}),
    ("Chez Berthier, on assure que les salariés seront reclassés, a dit Luc Mortier.",
     {"Luc Mortier": {"Luc Mortier"}}),
    # after "chez" a person's home stays a person's
    ("Les enquêteurs ont perquisitionné chez Luc Mortier mardi.", {"Luc Mortier": {"Luc Mortier"}}),
    ("Son dernier livre, « La Pente » (Albin Michel), sort jeudi, écrit Anne Roussel.",
     {"Anne Roussel": {"Anne Roussel"}}),
    ("Nadia Lemaire publie un essai sur la dette (Robert Laffont, 240 p., 21 euros).",
     {"Nadia Lemaire": {"Nadia Lemaire"}}),
    ("La tempête Armelle a touché la côte landaise. Selon les prévisionnistes, Armelle "
     "faiblira jeudi.", {}),
    ("La famille Vasseur détient encore 40 % du capital du groupe.", {}),
    ("Les époux Lacombe ont été relaxés. Leur fils, Tom Lacombe, était absent.",
     {"Tom Lacombe": {"Tom Lacombe"}}),
    # a given name after "les frères" is one of the brothers
    ("Les frères Hugo et Théo Marchal ont ouvert un garage.",
     {"Hugo Marchal": {"Hugo"}, "Théo Marchal": {"Théo Marchal"}}),
    ("Les dons pour Notre-Dame dépassent le milliard, selon Paul Ferrand.",
     {"Paul Ferrand": {"Paul Ferrand"}}),
    # the land of a title of rank is a place
    ("Le prince William devient prince de Galles, a annoncé Buckingham.", {"William": {"William"}}),
    # two names joined by a hyphen after the noun of a thing only people name are two people
    ("Les syndicats rejettent les chartes Bayrou-Lang, jugées trop floues.",
     {"Bayrou": {"Bayrou"}, "Lang": {"Lang"}}),
    # not two towns, nor a country
    ("Le plan Paris-Berlin prévoit une ligne à grande vitesse.", {}),
    # a given name and a surname joined by a hyphen name a school, a street, a square
    ("Les élèves de Louis-Pasteur ont visité la caserne des pompiers, raconte Anne Roussel.",
     {"Anne Roussel": {"Anne Roussel"}}),
    # not a double surname nor a compound given name the story gives a person
    ("Le député Hugo Martin-Lasalle a été réélu dimanche. « Je remercie les électeurs », a "
     "déclaré Martin-Lasalle.",
     {"Hugo Martin-Lasalle": {"Hugo Martin-Lasalle", "Martin-Lasalle"}}),
    # the "de" complement of a law of science, whatever town bears the name
    ("Selon la loi de Moore, la puissance des puces double tous les deux ans, note Léa Roux.",
     {"Léa Roux": {"Léa Roux"}}),
    # a person's life dates in parentheses are no publisher's
    ("Le poète Jean Lorrain (1855-1906) est né à Fécamp.", {"Jean Lorrain": {"Jean Lorrain"}}),
]


@pytest.mark.parametrize(("text", "people"), THINGS, ids=[str(i) for i in range(len(THINGS))])
def test_thing_named_after_a_person(extract: Callable[..., dict], text: str,
                                    people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people


# a surname alone, with several people of that surname in the story: a relative the story
# introduces as such ("son père", "sa fille", ", son épouse") is named in full or by the
# given name, so the surname alone is the main person's
SURNAMES = [
    ("Le pilote Lucas Ferrero a signé chez Alpine. Son père et manager, Marco Ferrero, a "
     "négocié le contrat. Ferrero disputera sa première course en mars.",
     {"Lucas Ferrero": {"Lucas Ferrero", "Ferrero"}, "Marco Ferrero": {"Marco Ferrero"}}),
    ("La députée Inès Garnier a été réélue. Paul Garnier, son mari, était à ses côtés. Garnier "
     "a remercié ses électeurs.",
     {"Inès Garnier": {"Inès Garnier", "Garnier"}, "Paul Garnier": {"Paul Garnier"}}),
    # no relative: the one named last before it
    ("Le juge Marc Fabre a entendu Hugo Fabre, sans lien de parenté. Fabre a nié les faits.",
     {"Marc Fabre": {"Marc Fabre"}, "Hugo Fabre": {"Hugo Fabre", "Fabre"}}),
]


@pytest.mark.parametrize(("text", "people"), SURNAMES, ids=[str(i) for i in range(len(SURNAMES))])
def test_surname_of_the_main_person(extract: Callable[..., dict], text: str,
                                    people: dict[str, set[str]]) -> None:
    assert _people(extract, text) == people


# given names alone in one list are all people, whatever type the model gave one of them
LISTED = [
    ("Les enfants, Lucas, Emma et Nadia, jouaient dans la cour.", {"Lucas", "Emma", "Nadia"}),
    ("Trois lycéennes, Jade, Nadia et Lina, ont signalé l'incendie.", {"Jade", "Nadia", "Lina"}),
    ("Les témoins, Kevin et Nadia, ont été entendus par les gendarmes jeudi.", {"Kevin", "Nadia"}),
]


@pytest.mark.parametrize(("text", "names"), LISTED, ids=[str(i) for i in range(len(LISTED))])
def test_listed_given_names(extract: Callable[..., dict], text: str, names: set[str]) -> None:
    assert set(_people(extract, text)) == names


# the lead engineer's row (round 9): a surname given by its initial keeps its full stop,
# as the press writes it ("Thomas B."), in the name and in every mention
@pytest.mark.parametrize(("text", "name"), [
    ("Le prévenu, Dylan V., 22 ans, a reconnu les faits devant le tribunal d'Épinal.", "Dylan V."),
    ("Le tribunal a condamné hier Julie P., 34 ans, à six mois avec sursis.", "Julie P."),
])
def test_a_surname_by_its_initial_keeps_its_stop(extract: Callable[..., dict], text: str, name: str) -> None:
    people = [e for e in extract(text)["entities"] if e["type"] == "person"]
    assert [e["name"] for e in people] == [name]
    assert all(m["text"] == name for m in people[0]["mentions"])
