"""Loading benefit_claims without a dbt manifest parses the project, or says what to do."""

import shutil
from pathlib import Path

import pytest

from estate_platform.dbt import prepared_project

PROJECT = Path(__file__).resolve().parents[1] / "benefit_claims" / "dbt_project"


def copy_without_target(destination: Path) -> Path:
    shutil.copytree(PROJECT, destination, ignore=shutil.ignore_patterns("target", "logs"))
    return destination


def test_a_missing_manifest_is_parsed(tmp_path):
    project = prepared_project(copy_without_target(tmp_path / "dbt_project"))
    assert project.manifest_path.exists()


def test_a_project_that_cannot_parse_fails_clearly(tmp_path):
    project_dir = copy_without_target(tmp_path / "dbt_project")
    (project_dir / "profiles.yml").unlink()
    with pytest.raises(RuntimeError, match="manifest .* is missing and `dbt parse` failed"):
        prepared_project(project_dir)
