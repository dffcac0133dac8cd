"""The ``medgloss`` command: a thin layer over the library.

Each command opens the glossary, calls one library function and prints the result: tables for
people, JSON (``--json``) for programs. Domain errors exit 1 with a one-line message on stderr,
usage errors exit 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from medgloss import __version__
from medgloss.errors import MedglossError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _db_option(f: Any) -> Any:
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None, envvar="MEDGLOSS_DB",
        help="Glossary file (default: glossary.db here, or $MEDGLOSS_DB).")(f)


def _db(db: Path | None) -> Path:
    """The glossary path: the command's --db, else the group's --db, else the default."""
    from medgloss.store.glossary import default_path

    if db is None:
        ctx = click.get_current_context(silent=True)
        root = ctx.find_root() if ctx else None
        if root is not None and root.obj:
            db = root.obj.get("db")
    return db or default_path()


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _progress(stage: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        click.echo(f"\r{stage}: {done}/{total}   ", nl=False, err=True)
        if done == total:
            click.echo("", err=True)


class MedglossGroup(click.Group):
    """Turns domain errors into one-line messages and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MedglossError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            click.echo("interrupted; the glossary is unchanged", err=True)
            sys.exit(130)


@click.group(cls=MedglossGroup, context_settings=CONTEXT, invoke_without_command=True)
@click.version_option(__version__, "--version", prog_name="medgloss")
@_db_option
@click.pass_context
def main(ctx: click.Context, db: Path | None) -> None:
    """Russian ↔ English terminology aid for medical translators.

    Without a command, opens the terminal UI on the glossary, building it from the bundled corpus
    first if it does not exist.

    \b
    Example:
      medgloss lookup отеком
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is None:
        ctx.invoke(tui, db=db)


@main.command(context_settings=CONTEXT)
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--pair", "pairs", nargs=2, multiple=True, type=click.Path(path_type=Path), metavar="RU EN",
              help="Declare two files translations of each other (repeatable).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for the per-document analysis.")
@_db_option
def build(files: tuple[Path, ...], pairs: tuple[tuple[Path, Path], ...], jobs: int, db: Path | None) -> None:
    """(Re)build the glossary from FILES (default: the bundled corpus).

    Human decisions (approved, rejected, edited, user-added) survive a rebuild.

    \b
    Example:
      medgloss build article.ru.txt article.en.txt --pair article.ru.txt article.en.txt
    """
    from medgloss import build as builder

    path = _db(db)
    report = builder.build(path, list(files) or None, jobs=jobs, pairs=pairs, progress=_progress)
    langs = ", ".join(f"{n} {lang}" for lang, n in sorted(report.terms_by_lang.items()))
    click.echo(f"built {path}: {report.documents} documents, {report.words} words, {report.terms} terms ({langs})",
               err=True)


@main.command(context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64))
@_db_option
def add(files: tuple[Path, ...], jobs: int, db: Path | None) -> None:
    """Add documents to an existing glossary.

    \b
    Example:
      medgloss add new-article.txt
    """
    from medgloss import build as builder

    path = _db(db)
    report = builder.add(path, list(files), jobs=jobs, progress=_progress)
    for name in report.skipped:
        click.echo(f"skipped {name}: already in the glossary", err=True)
    click.echo(f"{path}: {report.documents} documents, {report.terms} terms", err=True)


def _open(db: Path | None):  # -> Glossary
    from medgloss.store.glossary import Glossary

    return Glossary(_db(db), create=False)


def _best_translation(term: dict[str, Any]) -> str:
    tr = [t for t in term["translations"] if t["status"] != "rejected"]
    return tr[0]["term"] if tr else ""


def _table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    widths = [min(w, 48) for w in widths]
    click.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    for r in rows:
        click.echo("  ".join(c[:w].ljust(w) for c, w in zip(r, widths)).rstrip())


@main.command(context_settings=CONTEXT)
@click.option("--lang", type=click.Choice(["ru", "en"]), help="Only terms of this language.")
@click.option("--status", type=click.Choice(["candidate", "approved", "rejected"]))
@click.option("--limit", type=int, default=None, help="At most this many terms.")
@click.option("--json", "as_json", is_flag=True, help="JSON for programs.")
@_db_option
def terms(lang: str | None, status: str | None, limit: int | None, as_json: bool, db: Path | None) -> None:
    """List terms with their best translations, best-scored first.

    \b
    Example:
      medgloss terms --lang ru --json
    """
    with _open(db) as g:
        rows = g.term_rows(lang=lang, status=status, limit=limit)
        items = [g.term_json(r) for r in rows]
    if as_json:
        _echo_json(items)
        return
    _table([[t["term"], t["lang"], _best_translation(t), f"{t['score']:.2f}", str(t["frequency"]), t["status"]]
            for t in items], ["term", "lang", "translation", "score", "freq", "status"])


@main.command(context_settings=CONTEXT)
@click.argument("query", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON for programs.")
@click.option("--limit", type=int, default=10, show_default=True)
@_db_option
def lookup(query: tuple[str, ...], as_json: bool, limit: int, db: Path | None) -> None:
    """Find terms by any inflected form, in either language.

    ё/е-, case-, hyphen- and dash-insensitive; finds abbreviations and prefixes; forgives one
    typo in words of five letters or more. Exit code 1 when nothing matches.

    \b
    Examples:
      medgloss lookup отеком
      medgloss lookup "restless legs" --json
    """
    from medgloss.lookup import lookup as find
    from medgloss.lookup import nearest

    text = " ".join(query)
    with _open(db) as g:
        hits = find(g, text, limit=limit)
        items = [g.term_json(h.row, with_context=True) | {"match": h.how} for h in hits]
        near = [] if hits else nearest(g, text)
    if not hits:
        msg = f"no term matches {text!r}"
        if near:
            msg += "; nearest: " + ", ".join(near)
        if as_json:
            _echo_json([])
        raise click.ClickException(msg)
    if as_json:
        _echo_json(items)
        return
    for t in items:
        tr = ", ".join(x["term"] for x in t["translations"][:3] if x["status"] != "rejected") or "—"
        click.echo(f"{t['term']}  [{t['lang']}, {t['pos']}, {t['status']}]  →  {tr}")
        if t["abbreviations"]:
            click.echo(f"    abbreviation: {', '.join(t['abbreviations'])}")
        if t.get("context"):
            ctx = " ".join(t["context"].split())
            click.echo(f"    « {ctx[:160]}{'…' if len(ctx) > 160 else ''} »")


def _detect_lang(text: str) -> str:
    from medgloss.normalize import script_counts

    cyr, lat = script_counts(text)
    return "ru" if cyr >= lat else "en"


@main.command(context_settings=CONTEXT)
@click.argument("phrases", nargs=-1, required=True)
@click.option("--from", "src", type=click.Choice(["ru", "en"]), help="Source language (default: by script).")
@click.option("--json", "as_json", is_flag=True, help="JSON for programs.")
@_db_option
def suggest(phrases: tuple[str, ...], src: str | None, as_json: bool, db: Path | None) -> None:
    """Propose translations for any phrase, in the glossary or not.

    With - as the only phrase, reads one phrase a line from standard input and writes one JSON
    line per phrase. Terms of the glossary (if there is one) count as corpus evidence, and
    translations approved there come first.

    \b
    Examples:
      medgloss suggest "блокаторы медленных кальциевых каналов"
      printf 'serum ferritin\\nсинтез дофамина\\n' | medgloss suggest -
    """
    from medgloss.suggest import Suggester

    path = _db(db)
    sugg = Suggester(path if path.exists() else None)
    if phrases == ("-",):
        for line in sys.stdin:
            phrase = line.strip()
            if not phrase:
                continue
            lang = src or _detect_lang(phrase)
            items = sugg.suggest(phrase, lang)
            click.echo(json.dumps({"phrase": phrase, "from": lang, "translations": items}, ensure_ascii=False))
        return
    results = []
    for phrase in phrases:
        lang = src or _detect_lang(phrase)
        results.append({"phrase": phrase, "from": lang, "translations": sugg.suggest(phrase, lang)})
    if as_json:
        _echo_json(results[0]["translations"] if len(results) == 1 else results)
        return
    for r in results:
        click.echo(f"{r['phrase']}  [{r['from']}]")
        if not r["translations"]:
            click.echo("    (no proposal)")
        for t in r["translations"]:
            mark = {"approved": "✓ ", "rejected": "✗ "}.get(t["status"], "  ")
            click.echo(f"  {mark}{t['term']}  {t['score']:.2f}  {'+'.join(t['methods'])}"
                       f"{'  (attested)' if t['attested'] else ''}")
            click.echo(f"      {t['evidence']}")


def _curate(term: str, translation: str, status: str, preferred: bool, db: Path | None) -> None:
    from medgloss.curate import set_translation

    with _open(db) as g:
        row, target = set_translation(g, term, translation, status, preferred=preferred)
    click.echo(f"{status}: {row['canonical']} → {target}", err=True)


@main.command(context_settings=CONTEXT)
@click.argument("term")
@click.argument("translation")
@click.option("--preferred", is_flag=True, help="Also mark it the preferred translation.")
@_db_option
def approve(term: str, translation: str, preferred: bool, db: Path | None) -> None:
    """Approve TRANSLATION of TERM (any form of either); adds it if the glossary lacks it.

    \b
    Example:
      medgloss approve "отёк головного мозга" "cerebral edema" --preferred
    """
    _curate(term, translation, "approved", preferred, db)


@main.command(context_settings=CONTEXT)
@click.argument("term")
@click.argument("translation")
@_db_option
def reject(term: str, translation: str, db: Path | None) -> None:
    """Reject TRANSLATION of TERM; a rebuild will not propose it again as the first choice.

    \b
    Example:
      medgloss reject "роды" "labor"
    """
    _curate(term, translation, "rejected", False, db)


@main.command(context_settings=CONTEXT)
@_db_option
def undo(db: Path | None) -> None:
    """Undo the last curation change (approve, reject, edit, add, delete, note).

    \b
    Example:
      medgloss undo
    """
    with _open(db) as g:
        what = g.undo()
    click.echo(f"undone: {what}" if what else "nothing to undo", err=True)


@main.command(name="export", context_settings=CONTEXT)
@click.option("--format", "fmt", type=click.Choice(["tbx", "tbx3", "tsv", "csv", "json"]), required=True,
              help="tbx: TBX v2 (OmegaT, Trados); tbx3: TBX-Basic v3; tsv: OmegaT glossary; csv; json: everything.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: standard output).")
@click.option("--approved-only", is_flag=True, help="Only approved terms and translations.")
@click.option("--lang-pair", type=click.Choice(["ru-en", "en-ru"]), default="ru-en", show_default=True,
              help="Source and target language (order of languages in TBX, columns in TSV/CSV).")
@_db_option
def export_cmd(fmt: str, output: Path | None, approved_only: bool, lang_pair: str, db: Path | None) -> None:
    """Export the glossary for CAT tools and spreadsheets.

    \b
    Examples:
      medgloss export --format tbx -o glossary.tbx --approved-only
      medgloss export --format tsv --lang-pair en-ru -o omegat/glossary/medgloss.txt
    """
    from medgloss.export import export

    with _open(db) as g:
        n = export(g, fmt, output, approved_only=approved_only, pair=lang_pair)
    if output is not None:
        click.echo(f"exported {n} entries to {output}", err=True)


@main.command(name="import", context_settings=CONTEXT)
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--prefer-import", is_flag=True, help="Let the file override human decisions (a backup is kept).")
@_db_option
def import_cmd(file: Path, prefer_import: bool, db: Path | None) -> None:
    """Import TBX (v2 or v3), TSV, CSV or JSON with merge semantics; all or nothing.

    Existing terms are updated, never duplicated; a conflict with a human decision is reported
    and skipped unless --prefer-import.

    \b
    Example:
      medgloss import client-termbase.tbx
    """
    from medgloss.export.importers import import_file

    path = _db(db)
    from medgloss.store.glossary import Glossary

    with Glossary(path) as g:
        report = import_file(g, file, prefer_import=prefer_import)
    for c in report.conflicts:
        click.echo(f"conflict: {c}", err=True)
    click.echo(f"imported {report.terms} terms and {report.translations} translations from {file} "
               f"({report.new_terms} new, {len(report.conflicts)} conflicts"
               f"{', overridden' if prefer_import and report.conflicts else ''})", err=True)


@main.command(context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True)
@_db_option
def stats(as_json: bool, db: Path | None) -> None:
    """Counts of documents, segments, terms, variants and translations.

    \b
    Example:
      medgloss stats --json
    """
    with _open(db) as g:
        data = g.stats()
    if as_json:
        _echo_json(data)
        return
    for k, v in data.items():
        click.echo(f"{k}: {v}")


@main.command(context_settings=CONTEXT)
@_db_option
def tui(db: Path | None) -> None:
    """Open the terminal UI (builds the glossary from the bundled corpus first if it is missing).

    \b
    Example:
      medgloss tui --db glossary.db
    """
    from medgloss import build as builder

    path = _db(db)
    if not path.exists():
        click.echo(f"building {path} from the bundled corpus…", err=True)
        builder.build(path, progress=_progress)
    try:
        from medgloss.tui.app import run
    except ImportError:
        click.echo(f"{path} is ready; the terminal UI is not available in this version. "
                   "Try: medgloss terms, medgloss lookup QUERY", err=True)
        return
    run(path)
