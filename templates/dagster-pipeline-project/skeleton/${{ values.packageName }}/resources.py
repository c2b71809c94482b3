"""The project's resources: the DuckDB warehouse, the S3 landing zone and the source API.

All settings come from environment variables, read by Dagster when a run starts (EnvVar),
so no secret is ever written in code or shown in the Dagster UI. Every setting has a local
default, so `dagster dev` works on a laptop without AWS or the real API.
"""

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import requests
from dagster import ConfigurableResource, EnvVar
from dagster_aws.s3 import S3Resource
from dagster_duckdb import DuckDBResource
from pydantic import Field

from .sample_data import sample_cases


def env_or_default(name: str, default: Any) -> Any:
    """EnvVar(name) when the variable is set in this environment, else the local default."""
    return EnvVar(name) if os.getenv(name) else default


class CasesApiResource(ConfigurableResource):
    """The source system's case API. Without a base URL it serves made-up sample records."""

    base_url: str = Field(default="", description="API root; empty for local sample data.")
    api_token: str = Field(default="", description="Bearer token, from CASES_API_TOKEN.")
    timeout_seconds: float = Field(default=30.0, description="Timeout for each request.")

    def fetch_cases(self, start: datetime, end: datetime) -> list[dict[str, Any]]:
        """Case records submitted in [start, end), as the source sends them."""
        if not self.base_url:
            return sample_cases(start, end)
        headers = {"Accept": "application/json"}
        if self.api_token:
            headers["Authorization"] = f"Bearer {self.api_token}"
        response = requests.get(
            f"{self.base_url.rstrip('/')}/cases",
            params={"submitted_from": start.isoformat(), "submitted_to": end.isoformat()},
            headers=headers,
            timeout=self.timeout_seconds,
        )
        response.raise_for_status()
        body = response.json()
        return body["records"] if isinstance(body, dict) else body


class LandingZoneResource(ConfigurableResource):
    """Where raw files land before loading: an S3 bucket, or a local folder if none is set."""

    s3: S3Resource
    bucket: str = Field(default="", description="Landing bucket; empty to use local_dir.")
    prefix: str = Field(default="landing", description="Key prefix inside the bucket.")
    local_dir: str = Field(default="data/landing", description="Folder used without a bucket.")

    def write_json(self, key: str, payload: Any) -> str:
        """Store `payload` as JSON under `key` and return where it went."""
        body = json.dumps(payload, default=str, indent=1).encode()
        if self.bucket:
            object_key = f"{self.prefix.strip('/')}/{key}"
            self.s3.get_client().put_object(
                Bucket=self.bucket, Key=object_key, Body=body, ContentType="application/json"
            )
            return f"s3://{self.bucket}/{object_key}"
        path = Path(self.local_dir, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)
        return str(path)


def build_resources() -> dict[str, Any]:
    """The resources for Definitions, configured from the environment."""
    s3_settings = {
        "region_name": env_or_default("AWS_REGION", "eu-west-2"),
        "endpoint_url": env_or_default("S3_ENDPOINT_URL", None),
    }
    return {
        "duckdb": DuckDBResource(
            database=env_or_default("DUCKDB_DATABASE", "data/warehouse.duckdb")
        ),
        "landing": LandingZoneResource(
            s3=S3Resource(**{name: value for name, value in s3_settings.items() if value}),
            bucket=env_or_default("LANDING_BUCKET", ""),
        ),
        "source_api": CasesApiResource(
            base_url=env_or_default("CASES_API_URL", ""),
            api_token=env_or_default("CASES_API_TOKEN", ""),
        ),
    }
