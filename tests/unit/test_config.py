import argparse

import pytest

from worker import config
from worker.config import ConfigError, Settings
from tests.conftest import ROOT


def test_env_then_flag_precedence():
    env = {"AKHBAR_PARTITIONS": "8", "AKHBAR_BOOTSTRAP": "k1:9092,k2:9092", "AKHBAR_CREATE_TOPICS": "false"}
    s = Settings.from_env(env)
    assert (s.partitions, s.bootstrap, s.create_topics) == (8, "k1:9092,k2:9092", False)
    parser = argparse.ArgumentParser()
    config.add_arguments(parser)
    s = config.settings_from_args(parser.parse_args(["--partitions", "3"]), env)
    assert s.partitions == 3 and s.bootstrap == "k1:9092,k2:9092"


@pytest.mark.parametrize("env", [{"AKHBAR_PARTITIONS": "many"}, {"AKHBAR_PROCESSING_GUARANTEE": "maybe"},
                                 {"AKHBAR_CREATE_TOPICS": "perhaps"}, {"AKHBAR_MIN_ARABIC_RATIO": "2"}])
def test_bad_values_are_refused(env):
    with pytest.raises(ConfigError):
        Settings.from_env(env)


def test_secrets_are_redacted():
    s = Settings.from_env({"AKHBAR_SASL_PASSWORD": "hunter2"})
    assert s.sasl_password == "hunter2"
    assert "hunter2" not in repr(s.redacted())


def test_readme_table_is_the_generated_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert config.markdown_table() in readme, "README config table is stale: paste `akhbar settings --markdown`"
