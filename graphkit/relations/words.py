"""Classes of verbs the relation rules, attribution and modality read, from one data file.

``graphkit/data/rules/words.yaml`` defines each class once; modules import :data:`WORDS` rather
than keeping lists of their own.

>>> "say" in WORDS.reporting and "condemn" in WORDS.observing and "say" in WORDS.observing
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

from graphkit.io import load_yaml

__all__ = ["WORDS", "WORDS_FILE", "Words"]

WORDS_FILE = "rules/words.yaml"


@dataclass(frozen=True)
class GoodsRefinement:
    """How goods of a kind make a code of no kind said finer (words.yaml ``goods_in_kind``)."""

    kinds: Mapping[str, str]
    """The finer code for each kind of goods ("072": "0332")."""
    preposition: str
    """The preposition that may carry the goods beside a direct object ("supplied Kyiv *with*")."""
    given: bool
    """Whether goods of a kind given *for* someone reach them ("sent weapons *for* Ukraine")."""
    patterns_stand: bool
    """Whether a dictionary pattern naming the goods keeps its own code ("offered helicopters")."""


@dataclass(frozen=True)
class Words:
    """The verb classes of ``words.yaml``; ``support`` and ``observing`` include ``light`` and
    ``reporting`` as the rules read them."""

    calendar: frozenset[str]
    """Days and months, lower case ("monday", "june")."""
    reporting: frozenset[str]
    object_control: frozenset[str]
    purposing: frozenset[str]
    means: frozenset[str]
    buying: frozenset[str]
    topical: frozenset[str]
    concluding: frozenset[str]
    reciprocal: frozenset[str]
    exchange: frozenset[str]
    disputing: frozenset[str]
    """Verbs of fighting that, "over" a matter and with no armed side, say a quarrel ("clashed over")."""
    disputing_manners: frozenset[str]
    """Adverbs that make those verbs a quarrel whatever the sides ("clashed *diplomatically*")."""
    light: frozenset[str]
    support: frozenset[str]
    observing: frozenset[str]
    claiming: frozenset[str]
    blaming: Mapping[str, str]
    wresting: frozenset[str]
    responding: frozenset[str]
    judging: frozenset[str]
    gathering: frozenset[str]
    demonstrators: frozenset[str]
    aiming: frozenset[str]
    receiving: frozenset[str]
    denying: frozenset[str]
    """Verbs that deny an allegation they take as object: "*rejected* accusations that …"."""
    giving: str
    """The verb whose dictionary patterns code what is received from someone ("provide")."""
    reprisals: frozenset[str]
    feelings: frozenset[str]
    """Verbs of feeling, whose "by" names a cause ("*alarmed by* the detention of …")."""
    topic_prepositions: frozenset[str]
    conditional_marks: frozenset[str]
    instruments: frozenset[str]
    launching: frozenset[str]
    downing: frozenset[str]
    """Verbs whose object is the weapon launched ("*launched* drones"): see ``relations.means``."""
    harmless_modifiers: frozenset[str]
    """Modifiers that make a weapon's word no weapon of war ("*water* cannon")."""
    mediating: frozenset[str]
    sending: frozenset[str]
    permitting: frozenset[str]
    permitted_prepositions: frozenset[str]
    placing: frozenset[str]
    ousting: frozenset[str]
    seeking: frozenset[str]
    pursuing: frozenset[str]
    """Verbs whose person or group object is hunted, not courted ("a suspect *wanted by* Interpol")."""
    sheltering: frozenset[str]
    """Verbs that shelter only people or a group ("harbours hostility" shelters no one)."""
    heightening: frozenset[str]
    """Observing verbs that heighten a standing state rather than speak of it ("*raised* tensions")."""
    heightened: frozenset[str]
    """Levies those verbs raise as the subject's own ("raised *tariffs*")."""
    questioning: frozenset[str]
    asking: frozenset[str]
    """Nouns that ask for something ("*calls* for talks with the RSF")."""
    held_people: frozenset[str]
    persons: frozenset[str]
    """Nouns of people no agents file lists ("suspect", "figure"): see ``_names_people`` in rules."""
    holding: frozenset[str]
    """Nouns of being held, whose holder acts on those held ("tortured *in Israeli custody*")."""
    acting_in: frozenset[str]
    undergoing_verbs: frozenset[str]
    undergoing_prepositions: frozenset[str]
    undergoing_predicates: frozenset[str]
    depending: frozenset[str]
    """Verbs whose subject relies on what their "on" names: "Cuba *relies on* Venezuelan oil shipments"."""
    contesting_verbs: frozenset[str]
    """Verbs by which two sides contest what both would hold: "*dispute* maritime boundaries"."""
    contested: frozenset[str]
    """What they contest besides places: "sovereignty", "boundary"."""
    carrying_verbs: frozenset[str]
    carrying_vehicles: frozenset[str]
    """Vehicles whose participle names who is aboard: "a *boat* carrying migrants"."""
    entering: frozenset[str]
    """Verbs of going into an event named after "to": "*went to* war", "*returned to* talks"."""
    deeds: frozenset[str]
    """Nouns of what someone does, whose "of" names the doer: "the *efforts* of the African Union"."""
    fates: frozenset[str]
    """Nouns of what befalls someone, whose "of" names whom it befell: "the *death* of the president"."""
    partaking: frozenset[str]
    """Nouns of taking part in the event after "to": "all *parties* to the conflict"."""
    documents: frozenset[str]
    """Nouns of documents, whose participle says what their issuer says ("a *statement* condemning")."""
    issuing: frozenset[str]
    """Verbs whose subject puts a document out, and says what it says ("*issued* a statement")."""
    vantage_nouns: Mapping[str, str]
    object_kinds: Mapping[str, str]
    confronting: frozenset[str]
    """Verbs of a show of force whose object is another's, not forces moved: "*shadowed* a vessel"."""
    commenting: frozenset[str]
    """Verbs that comment on an act (the observing ones but those that report speech): "*condemned*
    the launch"."""
    recognising: frozenset[str]
    """Verbs that grant diplomatic recognition when their object is a state ("*recognised* Kosovo")."""
    recognised: frozenset[str]
    """Nouns that call an object of those verbs a state ("recognised a Palestinian *state*")."""
    recognition_code: str
    nominalisations: Mapping[str, str]
    """A noun of an act and the verb that does it ("invasion": "invade"), for an act named again."""
    force_nouns: frozenset[str]
    """Nouns that are force themselves, whose modifiers name its weapon ("traded *artillery* fire")."""
    means_of_force: Mapping[str, str]
    """A weapon's word and the CAMEO code of force carried out with it ("drone": "1952")."""
    phases: frozenset[str]
    """Nouns of a stretch of an event, whose "of" names it as a time ("the *start* of the war")."""
    goods_in_kind: Mapping[str, str]
    """Goods and the kind of aid their transfer is ("tank": "072")."""
    goods_refinements: Mapping[str, GoodsRefinement]
    """Codes of no kind said ("060", "030", "020") and how the goods named make them finer."""
    formal_protests: Mapping[str, str]
    """The code of a protest by a state or its government instead of a people's ("140": "114")."""
    formal_protest_words: frozenset[str]
    """The words whose protest by a state is an official complaint."""
    formal_protest_verbs: frozenset[str]
    """Verbs that deliver a protest named as their object ("*lodged* a protest")."""
    wrongs: frozenset[str]
    """Words of a wrong a verb of naming may call its object ("called the attack a war *crime*")."""
    accusing: str
    """The verb whose dictionary patterns code the accusation a naming makes ("accuse")."""
    reproaches: frozenset[str]
    """Adjectives of reproach a verb of naming may call its object ("called the minister *arrogant*")."""
    reproaching: str
    """The CAMEO code of calling someone by an adjective of reproach."""
    naming_not_after: frozenset[str]
    """Particles and prepositions that make a naming verb another: "*called for* talks"."""

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Words:
        """Read ``rules/words.yaml`` from ``data_dir`` (default: the package's data)."""
        root: Path | Traversable = data_dir if data_dir is not None else resources.files("graphkit") / "data"
        raw = load_yaml((root / WORDS_FILE).read_text("utf-8"))
        data = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
        return cls(
            calendar=data["calendar"],
            reporting=data["reporting"],
            object_control=data["object_control"],
            purposing=data["purposing"] | data["means"],
            means=data["means"],
            buying=data["buying"],
            topical=data["topical"],
            concluding=data["concluding"],
            reciprocal=data["reciprocal"],
            exchange=data["exchange"],
            disputing=data["disputing"],
            denying=data["denying"],
            force_nouns=data["force_nouns"],
            disputing_manners=data["disputing_manners"],
            light=data["light"],
            support=data["light"] | data["support"],
            observing=data["reporting"] | data["observing"],
            commenting=data["observing"] - data["reporting"],
            confronting=data["confronting"],
            claiming=data["claiming"],
            blaming=MappingProxyType(dict(raw["blaming"])),
            wresting=data["wresting"],
            responding=data["responding"],
            judging=data["judging"],
            gathering=data["gathering"],
            demonstrators=data["demonstrators"],
            aiming=data["aiming"],
            receiving=data["receiving"],
            giving=str(raw["giving"]),
            reprisals=data["reprisals"],
            feelings=data["feelings"],
            topic_prepositions=data["topic_prepositions"],
            conditional_marks=data["conditional_marks"],
            instruments=data["instruments"],
            launching=data["launching"],
            downing=data["downing"],
            harmless_modifiers=data["harmless_modifiers"],
            mediating=data["mediating"],
            sending=data["sending"],
            permitting=data["permitting"],
            permitted_prepositions=data["permitted_prepositions"],
            placing=data["placing"],
            ousting=data["ousting"],
            seeking=data["seeking"],
            pursuing=data["pursuing"],
            sheltering=data["sheltering"],
            heightening=data["heightening"],
            heightened=data["heightened"],
            questioning=data["questioning"],
            asking=data["asking"],
            held_people=data["held_people"],
            persons=data["persons"],
            holding=data["holding"],
            acting_in=data["acting_in"],
            undergoing_verbs=frozenset(raw["undergoing"]["verbs"]),
            undergoing_prepositions=frozenset(raw["undergoing"]["prepositions"]),
            undergoing_predicates=frozenset(raw["undergoing"]["predicates"]),
            depending=frozenset(raw["depending"]),
            partaking=frozenset(raw["partaking"]),
            contesting_verbs=frozenset(raw["contesting"]["verbs"]),
            contested=frozenset(raw["contesting"]["objects"]),
            carrying_verbs=frozenset(raw["carrying"]["verbs"]),
            carrying_vehicles=frozenset(raw["carrying"]["vehicles"]),
            entering=frozenset(raw["entering"]),
            deeds=frozenset(raw["deeds"]),
            fates=frozenset(raw["fates"]),
            documents=frozenset(raw["documents"]["nouns"]),
            issuing=frozenset(raw["documents"]["verbs"]),
            vantage_nouns=MappingProxyType(dict(raw["vantage_nouns"])),
            object_kinds=MappingProxyType(dict(raw["object_kinds"])),
            nominalisations=MappingProxyType(dict(raw["nominalisations"])),
            recognising=frozenset(raw["recognition"]["verbs"]),
            recognised=frozenset(raw["recognition"]["objects"]),
            recognition_code=str(raw["recognition"]["code"]),
            formal_protests=MappingProxyType(dict(raw["formal_protests"]["codes"])),
            formal_protest_words=frozenset(raw["formal_protests"]["words"]),
            formal_protest_verbs=frozenset(raw["formal_protests"]["verbs"]),
            wrongs=frozenset(raw["naming"]["wrongs"]),
            accusing=str(raw["naming"]["accusing"]),
            naming_not_after=frozenset(raw["naming"]["not_after"]),
            reproaches=frozenset(raw["naming"]["reproaches"]),
            reproaching=str(raw["naming"]["reproaching"]),
            means_of_force=MappingProxyType(
                {word: code for code, words in raw["means_of_force"].items() for word in words}
            ),
            phases=frozenset(raw["phases"]),
            goods_in_kind=MappingProxyType(
                {word: code for code, words in raw["goods_in_kind"]["goods"].items() for word in words}
            ),
            goods_refinements=MappingProxyType(
                {
                    code: GoodsRefinement(
                        MappingProxyType(entry["kinds"]),
                        entry["preposition"],
                        entry["given"],
                        entry["patterns_stand"],
                    )
                    for entry in raw["goods_in_kind"]["refines"].values()
                    for code in entry["codes"]
                }
            ),
        )


WORDS = Words.load()
"""The package's verb classes: read-only data, loaded once."""
