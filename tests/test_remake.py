"Every committed table re-made from the registry and its sittings, training nothing, is byte-identical to its file in results/."
import shutil
from pathlib import Path
import pytest
from lrada.repro.config import TABLES

root = Path(__file__).resolve().parent.parent
COMMITTED = [t for t in TABLES if (root/'results'/f'{t}_cpu.md').exists()]

def test_every_committed_table_file_is_a_table():
    "No results/*.md outside the bench's is left over from a renamed or removed table: each is a table of TABLES"
    stems = {p.stem for p in (root/'results').glob('*.md')} - {'bench', 'bench_protocols'}
    assert stems == {f'{t}_cpu' for t in COMMITTED}

@pytest.mark.parametrize('table', COMMITTED)
def test_table_remade_from_the_registry_is_byte_identical(table, tmp_path):
    from lrada.repro.runner import run_table
    for f in ('runs.csv', 'runs.sittings.json'): shutil.copy(root/'results'/f, tmp_path/f)
    run_table(table, 'cpu', tmp_path, merge='.', verbose=False)   # --merge .: nothing runs
    assert len(open(tmp_path/'runs.csv').readlines()) == len(open(root/'results'/'runs.csv').readlines())   # no run made
    assert (tmp_path/f'{table}_cpu.md').read_text() == (root/'results'/f'{table}_cpu.md').read_text(), \
        f"results/{table}_cpu.md no longer follows from results/runs.csv: `lrada run {table} --scale cpu --merge .` re-makes it"
