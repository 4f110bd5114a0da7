"""Session 14: the English tagger reads Brown clusters, so what it learnt of one word carries to
words the web uses alike (assistant/redact/word_clusters.py)."""

from __future__ import annotations

from assistant.redact.learned_ner import ENGLISH, THAI, features
from assistant.redact.word_clusters import cluster_features, cluster_path


def test_towns_share_a_cluster_branch_that_given_names_do_not():
    towns = [cluster_path(w) for w in ("Manchester", "Medellin", "Lagos")]
    names = [cluster_path(w) for w in ("Sarah", "Fatima", "Nguyen")]
    assert all(towns) and all(names)
    assert len({t[:6] for t in towns}) == 1
    assert len({n[:6] for n in names}) == 1
    assert towns[0][:6] != names[0][:6]


def test_a_word_too_rare_to_place_gets_one_unplaced_feature():
    # most clients' names were too rare on the web to be clustered: the feature says so
    assert cluster_path("Kanokwan") is None
    assert cluster_features("Kanokwan") == ["bc-"]


def test_the_english_tagger_sees_a_words_cluster_and_its_neighbours():
    seq = ENGLISH.tokens("met Fatima today")
    feats = features(ENGLISH, seq)
    fatima = cluster_path("Fatima")
    assert f"f=bc6={fatima[:6]}" in feats[1]
    assert f"-1:f=bc6={fatima[:6]}" in feats[2]  # the word after it sees it too


def test_the_thai_tagger_does_not_read_clusters():
    # measured on development sets 46, 47, 49 and keep5: clusters on the Latin words of the Thai
    # tagger lost four Thai identifiers there
    seq = THAI.tokens("พี่ Fatima มาหา")
    assert not any("bc" in f for token in features(THAI, seq) for f in token)
