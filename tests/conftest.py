from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = sorted(p.stem for p in FIXTURES.glob("0*.txt"))


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def expected_metadata() -> dict:
    return json.loads(read(FIXTURES / "expected" / "metadata.json"))


@pytest.fixture(scope="session")
def expected_removals() -> dict:
    return json.loads(read(FIXTURES / "expected" / "removals.json"))
