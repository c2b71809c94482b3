"""Test setup: the estate folder on sys.path, and a throw-away data folder and instance."""

import atexit
import os
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

ESTATE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ESTATE))

# Every table the tests write goes to a temporary folder, never a real instance's data.
_scratch = Path(tempfile.mkdtemp(prefix="dagster-estate-tests-"))
atexit.register(shutil.rmtree, _scratch, ignore_errors=True)
os.environ["DAGSTER_ESTATE_DATA"] = str(_scratch / "data")
os.environ["DAGSTER_HOME"] = str(_scratch / "home")
(_scratch / "home").mkdir()
(_scratch / "home" / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")

import dagster as dg  # noqa: E402

warnings.filterwarnings("ignore", category=dg.BetaWarning)
warnings.filterwarnings("ignore", category=dg.PreviewWarning)
