"""Which actors are one side: a state and its own leader, government or army (not a region's).

>>> from graphkit.models import Actor
>>> usa = Actor(id="USA", label="United States", type="state", code="USA", country="USA")
>>> army = Actor(id="USAMIL", label="United States (military)", type="military", code="USAMIL", country="USA")
>>> police = Actor(id="USACOP", label="United States (police)", type="group", code="USACOP", country="USA")
>>> krg = Actor(id="krg", label="Kurdistan Regional Government", type="government", code="IRQGOV",
...             country="IRQ")
>>> iraq = Actor(id="IRQ", label="Iraq", type="state", code="IRQ", country="IRQ")
>>> one_side(usa, army), one_side(usa, police), one_side(iraq, krg)
(True, False, False)
"""

from __future__ import annotations

from graphkit.models import Actor

__all__ = ["one_side"]

_STATE_TYPES = {"state", "person", "government", "military"}
_REGIONAL_WORDS = frozenset({"regional", "provincial", "autonomous"})


def one_side(a: Actor, b: Actor) -> bool:
    """Whether ``a`` and ``b`` are a state and its own leader, government or army ("Trump … a
    threat to America"): no relation joins them, and what one moves of the other is moved, not
    acted on ("Nigeria will withdraw *its* peacekeeping force from Chad")."""
    if a.country is None or a.country != b.country or _regional(a) or _regional(b):
        return False
    return "state" in {a.type, b.type} and {a.type, b.type} <= _STATE_TYPES


def _regional(actor: Actor) -> bool:
    """Whether the actor is a region's own government ("the Kurdistan Regional Government"), a
    side of its own in the state's politics: Baghdad and Erbil sign deals and dispute revenues."""
    return actor.type == "government" and not _REGIONAL_WORDS.isdisjoint(actor.label.lower().split())
