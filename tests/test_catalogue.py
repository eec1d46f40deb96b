"""Tests of the actor catalogue: packaged data, alias and office lookup, user dictionaries."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml

from graphkit.actors import Agent, Catalogue
from graphkit.actors.catalogue import normalise_title, packaged_data
from graphkit.errors import InputError
from graphkit.extraction import Extractor
from graphkit.models import Actor, Document, Role

DATA = packaged_data()


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    """The packaged catalogue, loaded once."""
    return Catalogue.load()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("country", "title", "day", "expected"),
    [
        ("UKR", "president", dt.date(2025, 3, 1), "volodymyr-zelensky"),
        ("NGA", "president", dt.date(2024, 1, 10), "bola-tinubu"),
        ("KEN", "president", dt.date(2023, 5, 1), "william-ruto"),
        ("SLV", "president", dt.date(2024, 3, 1), "nayib-bukele"),
        ("KHM", "prime minister", dt.date(2024, 2, 1), "hun-manet"),
        ("MMR", "state counsellor", dt.date(2018, 6, 1), "aung-san-suu-kyi"),
        ("UKR", "president", dt.date(2016, 5, 1), "petro-poroshenko"),
        ("USA", "president", dt.date(2018, 6, 1), "donald-trump"),
        ("USA", "president", dt.date(2022, 6, 1), "joe-biden"),
        ("USA", "president", dt.date(2025, 6, 1), "donald-trump"),
        ("USA", "secretary of state", dt.date(2023, 1, 1), "antony-blinken"),
        ("USA", "defense secretary", dt.date(2025, 6, 1), "pete-hegseth"),
        ("IRN", "foreign minister", dt.date(2025, 6, 23), "abbas-araghchi"),
        ("IRN", "Foreign Minister", dt.date(2022, 1, 1), "hossein-amir-abdollahian"),
        ("IRN", "supreme leader", dt.date(2025, 6, 23), "ali-khamenei"),
        ("RUS", "defence minister", dt.date(2023, 1, 1), "sergei-shoigu"),
        ("RUS", "minister of defense", dt.date(2025, 1, 1), "andrei-belousov"),
        ("GBR", "prime minister", dt.date(2022, 10, 1), "liz-truss"),
        ("GBR", "foreign secretary", dt.date(2024, 9, 1), "david-lammy"),
        ("DEU", "chancellor", dt.date(2024, 1, 1), "olaf-scholz"),
        ("CHN", "premier", dt.date(2024, 1, 1), "li-qiang"),
        ("IGOWSTNAT", "secretary-general", dt.date(2020, 1, 1), "jens-stoltenberg"),
    ],
)
def test_catalogue_office_holder_by_date(
    catalogue: Catalogue, country: str, title: str, day: dt.date, expected: str
) -> None:
    holder = catalogue.office_holder(country, title, day)
    assert holder is not None and holder.id == expected


def test_catalogue_office_holder_none_when_vacant_or_unknown(catalogue: Catalogue) -> None:
    assert catalogue.office_holder("UKR", "president", dt.date(1950, 1, 1)) is None
    assert catalogue.office_holder("UKR", "grand vizier", dt.date(2025, 1, 1)) is None


def test_catalogue_office_holder_without_day_is_current_holder(catalogue: Catalogue) -> None:
    holder = catalogue.office_holder("UKR", "president", None)
    assert holder is not None and holder.id == "volodymyr-zelensky"


def test_catalogue_role_code_on_day(catalogue: Catalogue) -> None:
    trump = catalogue.get("donald-trump")
    assert trump is not None
    assert trump.code_on(dt.date(2019, 1, 1)) == "USAGOV"
    assert trump.code_on(dt.date(2023, 1, 1)) == "USAELI"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Kremlin", "RUS"),
        ("Moscow", "RUS"),
        ("Russians", "RUS"),
        ("Tehran", "IRN"),
        ("Iranian", "IRN"),
        ("U.S.", "USA"),
        ("Washington", "USA"),
        ("Downing Street", "GBR"),
        ("Kyiv", "UKR"),
        ("Putin", "vladimir-putin"),
        ("Zelenskyy", "volodymyr-zelensky"),
        ("Ayatollah Khamenei", "ali-khamenei"),
        ("Ansar Allah", "houthis"),
        ("Daesh", "islamic-state"),
        ("IAEA", "iaea"),
        ("north atlantic treaty organization", "nato"),
    ],
)
def test_catalogue_alias_lookup(catalogue: Catalogue, text: str, expected: str) -> None:
    assert [actor.id for actor in catalogue.lookup(text)] == [expected]


def test_catalogue_aliases_are_natural_case_with_label_first(catalogue: Catalogue) -> None:
    forms = [alias for alias, actor in catalogue.aliases() if actor.id == "vladimir-putin"]
    assert forms[0] == "Vladimir Putin"
    assert "Putin" in forms and "Prime Minister Putin" in forms  # the latter from PETRARCH
    assert all(not form.isupper() for form in forms)


def test_catalogue_drops_risky_aliases(catalogue: Catalogue) -> None:
    surface = {alias.casefold() for alias, _ in catalogue.aliases()}
    assert {"us", "uk", "eu", "un"} <= surface  # short codes kept on purpose
    assert not {"the", "may", "he"} & surface
    assert all(re.search(r"[a-z].*[a-z0-9]", form) for form in surface)  # "G7" fine, "313" not


def test_catalogue_curated_entry_merges_with_converted(catalogue: Catalogue) -> None:
    putin = catalogue.get("vladimir-putin")
    assert putin is not None and putin.label == "Vladimir Putin" and putin.code == "RUSELI"
    presidencies = [role for role in putin.roles if role.code == "RUSGOV"]
    assert all(role.title for role in presidencies)  # overlapping untitled duplicates dropped
    assert len({(role.start, role.end) for role in putin.roles}) == len(putin.roles)


def test_catalogue_by_code(catalogue: Catalogue) -> None:
    assert "nato" in {actor.id for actor in catalogue.by_code("IGOWSTNAT")}
    assert [actor.id for actor in catalogue.by_code("IRN")] == ["IRN"]


def test_catalogue_agents(catalogue: Catalogue) -> None:
    assert catalogue.agents["military"] == Agent(code="MIL")
    assert catalogue.agents["foreign minister"].title == "foreign minister"
    assert catalogue.agents["secretary of state"].title == "foreign minister"
    assert catalogue.agents["rebels"].code == "REB"


def test_catalogue_normalise_title() -> None:
    assert normalise_title(" Secretary  of Defense ") == "defence minister"
    assert normalise_title("premier") == "prime minister"


def test_catalogue_data_headers() -> None:
    for name in ("actors.jsonl", "agents.jsonl"):
        with (DATA / name).open(encoding="utf-8") as fh:
            meta = json.loads(fh.readline())["_meta"]
        assert meta["license"] == "MIT, Open Event Data Alliance"
        assert "PETRARCH" in meta["source"] and meta["script"] == "scripts/build_actor_catalogue.py"
        dt.date.fromisoformat(meta["generated"])
    assert "MIT License" in (DATA / "PETRARCH-LICENSE").read_text(encoding="utf-8")
    curated = yaml.safe_load((DATA / "actors_current.yaml").read_text(encoding="utf-8"))
    assert curated["checked"] >= dt.date(2026, 11, 21)


def test_catalogue_packaged_records_are_valid() -> None:
    lines = (DATA / "actors.jsonl").read_text(encoding="utf-8").splitlines()[1:]
    actors = [Actor.model_validate_json(line) for line in lines]
    assert len({actor.id for actor in actors}) == len(actors) > 20_000
    for actor in actors:
        pattern = r"[A-Z]{3}" if actor.type == "state" else r"[a-z0-9]+(-[a-z0-9]+)*"
        assert re.fullmatch(pattern, actor.id), actor.id


def test_catalogue_packaged_data_loads_without_problems(catalogue: Catalogue) -> None:
    assert catalogue.problems == ()
    assert len(catalogue) > 20_000 and "RUS" in catalogue
    assert re.fullmatch(r"[0-9a-f]{12}", catalogue.version)


def test_catalogue_user_yaml_overrides_and_adds(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(
        tmp_path / "actors.yaml",
        """\
- id: vladimir-putin
  label: V. Putin
  type: person
  code: RUSGOV
  country: RUS
- id: arash-azizi
  label: Arash Azizi
  type: person
  code: USAEDU
  aliases: [Azizi]
""",
    )
    loaded = Catalogue.load(extra=[path])
    putin = loaded.get("vladimir-putin")
    assert putin is not None and putin.label == "V. Putin" and putin.roles == ()
    assert [actor.id for actor in loaded.lookup("Azizi")] == ["arash-azizi"]
    assert loaded.problems == () and loaded.version != catalogue.version


def test_catalogue_user_csv(tmp_path: Path) -> None:
    path = write(
        tmp_path / "actors.csv",
        "id,label,type,code,country,aliases,roles\n"
        "jane-doe,Jane Doe,person,FRAELI,FRA,Doe;Mrs Doe,FRAGOV:2030-01-01::foreign minister\n",
    )
    loaded = Catalogue.load(extra=[path])
    jane = loaded.get("jane-doe")
    assert jane is not None and jane.aliases == ("Doe", "Mrs Doe")
    assert jane.roles == (Role(code="FRAGOV", start=dt.date(2030, 1, 1), title="foreign minister"),)
    assert loaded.office_holder("FRA", "foreign minister", dt.date(2031, 1, 1)) == jane


def test_catalogue_malformed_entries_reported_with_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "actors.yaml",
        """\
- id: good-one
  label: Good One
  type: organisation
  code: NGO
- id: bad-type
  label: Bad Type
  type: nation
  code: XYZ
- id: Not A Slug
  label: Bad Id
  type: group
  code: XYZ
- just a string
- id: typo
  label: Typo
  type: group
  code: XYZ
  alias: [Typo Group]
""",
    )
    loaded = Catalogue.load(extra=[path])
    assert loaded.get("good-one") is not None and loaded.get("typo") is not None
    assert loaded.get("bad-type") is None
    problems = "\n".join(loaded.problems)
    assert f"{path}:7: field 'type': 'nation' is not one of 'state', 'person'" in problems
    assert f"{path}:9: field 'id': 'Not A Slug' is not lower-kebab-case" in problems
    assert f"{path}:13: an actor entry must be a mapping" in problems
    assert f"{path}:18: unknown field 'alias' ignored" in problems
    assert len(loaded.problems) == 4


def test_catalogue_malformed_csv_row_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path / "actors.csv",
        "id,label,type,code,country,aliases,roles\n"
        "ok,Ok,group,XYZ,,,\n"
        "late,Late,person,XYZ,,,XYZGOV:2020-13-01:\n",
    )
    loaded = Catalogue.load(extra=[path])
    assert loaded.get("ok") is not None and loaded.get("late") is None
    assert loaded.problems[0].startswith(f"{path}:3: field 'roles.0.start'")


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("broken.yaml", "- id: [unclosed\n", "not valid YAML"),
        # a parser in C would crash the process on this; the message must name the file instead
        ("nested.yaml", "- id: " + "[" * 100_000 + "]" * 100_000 + "\n", "not valid YAML"),
        ("scalar.yaml", "just text\n", "expected a list of actors"),
        ("columns.csv", "name,kind\nx,y\n", "missing column(s) id, label, type, code"),
    ],
)
def test_catalogue_unusable_dictionary_raises(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = write(tmp_path / name, text)
    with pytest.raises(InputError, match=re.escape(message)) as info:
        Catalogue.load(extra=[path])
    assert str(path) in str(info.value)


def test_catalogue_missing_dictionary_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read actor dictionary"):
        Catalogue.load(extra=[tmp_path / "absent.yaml"])


def test_catalogue_example_dictionary_loads() -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "actors.yaml"
    loaded = Catalogue.load(extra=[example])
    assert loaded.problems == ()
    assert [actor.id for actor in loaded.lookup("Abbas Arakchi")] == ["abbas-araghchi"]


def test_catalogue_example_user_dictionary_loads_cleanly() -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "actors.yaml"
    catalogue = Catalogue.load(extra=[example])
    assert catalogue.problems == ()
    corps = catalogue.get("africa-corps")
    assert corps is not None and corps.country == "RUS"
    assert [a.id for a in catalogue.lookup("Araqchi")] == ["abbas-araghchi"]


_ADJECTIVES = {
    "Swedish": "SWE", "Danish": "DNK", "Finnish": "FIN", "Norwegian": "NOR", "Polish": "POL",
    "Scottish": "GBR",
    "Irish": "IRL", "Dutch": "NLD", "Turkish": "TUR", "Greek": "GRC", "Georgian": "GEO", "Azerbaijani": "AZE",
    "Lebanese": "LBN", "Sudanese": "SDN", "Eritrean": "ERI", "Burundian": "BDI", "Nigerien": "NER",
    "Chadian": "TCD", "Malawian": "MWI", "Botswanan": "BWA", "Emirati": "ARE", "Nepali": "NPL",
    "Nepalese": "NPL", "Burmese": "MMR", "Laotian": "LAO", "Mongolian": "MNG", "Kazakh": "KAZ",
    "Kyrgyz": "KGZ", "Tajik": "TJK", "Turkmen": "TKM", "Salvadoran": "SLV", "Honduran": "HND",
    "Slovenian": "SVN", "Montenegrin": "MNE", "Moldovan": "MDA", "Icelandic": "ISL", "Cypriot": "CYP",
    "Ivorian": "CIV", "Togolese": "TGO", "Mauritanian": "MRT", "Djiboutian": "DJI", "Malagasy": "MDG",
}  # fmt: skip
"""States' adjectives as wire copy prints them ("*Swedish* diplomats left Iraq")."""


@pytest.mark.parametrize(("adjective", "code"), sorted(_ADJECTIVES.items()))
def test_catalogue_knows_the_adjective_of_each_state(catalogue: Catalogue, adjective: str, code: str) -> None:
    assert code in {actor.code for actor in catalogue.lookup(adjective)}


@pytest.mark.parametrize(
    ("text", "day", "codes"),
    [
        ("Tinubu met Ruto in Abuja.", "2024-01-10", {"NGAGOV", "KENGOV"}),
        ("Bukele spoke with Noboa by phone.", "2024-03-01", {"SLVGOV", "ECUGOV"}),
        ("Min Aung Hlaing received Hun Manet in Naypyidaw.", "2024-02-05", {"MMRGOV", "KHMGOV"}),
        ("Aung San Suu Kyi met Abiy Ahmed.", "2019-03-01", {"MMRGOV", "ETHGOV"}),
    ],
)
def test_current_leaders_of_africa_latin_america_and_asia(
    extractor: Extractor, text: str, day: str, codes: set[str]
) -> None:
    """Heads of state and government the PETRARCH lists predate hold their office on the day."""
    document = Document(id="t", text=text, date=dt.date.fromisoformat(day))
    assert codes <= {m.code for m in extractor.extract(document).mentions}
