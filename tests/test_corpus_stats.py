"""The reduce's additive statistics: per-document summaries that sum to the corpus's."""

from __future__ import annotations

from medgloss.build import map_document, read_documents
from medgloss.terms.corpus import CorpusStats, Stats, reduce_all


def _stats(texts, tmp_path):
    from medgloss.align.lexicon import load
    from medgloss.nlp.pipeline import analyzer

    tmp_path.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts):
        p = tmp_path / f"d{i}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    stats = CorpusStats(load(), analyzer().key)
    for doc_id, doc in enumerate(read_documents(paths), 1):
        res = map_document(doc)
        stats.add_document(doc_id, res.stats, [(d.lang, d.abbr_key, d.full_key) for d in res.definitions])
    return stats


def test_stats_round_trip_through_storage():
    st = Stats("noun", 2, 1, "AN", False, 3, {"острый инсульт": 2, "острого инсульта": 1},
               {(True, "острый инсульт"): 3}, {"острый инсульт головного мозга": 1}, 1, [4, 7])
    again = Stats.load(st.dump())
    assert again == st


def test_statistics_add_up_over_documents(tmp_path):
    one = "Iron deficiency anemia is common. Iron deficiency anemia in pregnancy needs iron."
    two = "Severe iron deficiency anemia was treated with intravenous iron."
    both = _stats([one + " " + two], tmp_path / "both")
    split = _stats([one, two], tmp_path / "split")
    key = ("en", "iron deficiency anemia")
    assert split.raw[key].count == both.raw[key].count == 3
    assert split.raw[key].docs == [1, 2] and both.raw[key].docs == [1]
    assert split.raw[key].surfaces == both.raw[key].surfaces
    # "deficiency anemia" sits inside "iron deficiency anemia" each time it occurs: a fragment.
    inner = split.raw[("en", "deficiency anemia")]
    assert inner.covered == {"iron deficiency anemia": 3}
    terms = {r.key for r in reduce_all(split)}
    assert "iron deficiency anemia" in terms and "deficiency anemia" not in terms


def test_misspelling_counts_under_the_right_spelling(tmp_path):
    stats = _stats(["Restless legs syndrome is common. Restless legs syndrome worsens at night. "
                    "Restless legs syndrom was reported once."], tmp_path)
    records = {r.key: r for r in reduce_all(stats)}
    rls = records["restless leg syndrome"]
    assert "restless leg syndrom" not in records
    assert rls.frequency == 3 and "restless leg syndrom" in rls.keys
