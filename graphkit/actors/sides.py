"""Which actors are one side: a state and its own leader, government or army.

>>> from graphkit.models import Actor
>>> usa = Actor(id="USA", label="United States", type="state", code="USA", country="USA")
>>> army = Actor(id="USAMIL", label="United States (military)", type="military", code="USAMIL", country="USA")
>>> police = Actor(id="USACOP", label="United States (police)", type="group", code="USACOP", country="USA")
>>> one_side(usa, army), one_side(usa, police)
(True, False)
"""

from __future__ import annotations

from graphkit.models import Actor

__all__ = ["one_side"]

_STATE_TYPES = {"state", "person", "government", "military"}


def one_side(a: Actor, b: Actor) -> bool:
    """Whether ``a`` and ``b`` are a state and its own leader, government or army ("Trump … a
    threat to America"): no relation joins them, and what one moves of the other is moved, not
    acted on ("Nigeria will withdraw *its* peacekeeping force from Chad")."""
    if a.country is None or a.country != b.country:
        return False
    return "state" in {a.type, b.type} and {a.type, b.type} <= _STATE_TYPES
