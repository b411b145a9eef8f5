from prometheus_client import generate_latest

from worker.stream.metrics import MAX_SOURCE_LABELS, Metrics


def lag_lines(metrics: Metrics) -> list[str]:
    return [line for line in generate_latest(metrics.registry).decode().splitlines()
            if line.startswith("akhbar_consumer_lag_messages{")]


def test_consumer_lag_of_a_revoked_partition_disappears_instead_of_going_stale():
    m = Metrics()
    m.set_consumer_lag("news.raw:0", 5)
    m.set_consumer_lag("news.raw:1", -3)  # a position past the cached high watermark is no lag
    assert lag_lines(m) == ['akhbar_consumer_lag_messages{partition="news.raw:0"} 5.0',
                            'akhbar_consumer_lag_messages{partition="news.raw:1"} 0.0']
    m.keep_consumer_lag({"news.raw:1", "news.raw:2"})  # a rebalance took partition 0 away
    assert lag_lines(m) == ['akhbar_consumer_lag_messages{partition="news.raw:1"} 0.0']
    assert m.lag_partitions == {"news.raw:1"}


def test_source_labels_are_bounded():
    m = Metrics()
    labels = [m.source_label(f"s{i}") for i in range(MAX_SOURCE_LABELS + 5)]
    assert labels[:MAX_SOURCE_LABELS] == [f"s{i}" for i in range(MAX_SOURCE_LABELS)]
    assert set(labels[MAX_SOURCE_LABELS:]) == {"other"} and m.source_label("") == "unknown"
