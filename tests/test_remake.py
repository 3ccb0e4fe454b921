"Every committed table and reproduction notebook output re-made from the registry and its sittings, training nothing, is byte-identical to what is committed."
import json, shutil
from pathlib import Path
import pytest
from lrada.repro.config import TABLES
from lrada.repro.remake import remade_notebooks, remake_notebook, trains

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

NOTEBOOKS = [p.relative_to(root/'nbs').as_posix() for p in remade_notebooks(root/'nbs')]

def test_the_remade_notebooks_are_the_reproduction_notebooks():
    assert 'repro/11_results_table.ipynb' in NOTEBOOKS and 'studies/recipe_choice.ipynb' in NOTEBOOKS and len(NOTEBOOKS) >= 9

@pytest.mark.parametrize('nb', NOTEBOOKS)
def test_notebook_remade_from_the_registry_is_byte_identical(nb, tmp_path):
    "Executed again at cpu scale in a copy of the checkout, training nothing, every cell but a `#| trains` one shows what is committed"
    for d in ('nbs', 'results'): shutil.copytree(root/d, tmp_path/d)
    remake_notebook(tmp_path/'nbs'/nb, train=False)
    assert (tmp_path/'results'/'runs.csv').read_bytes() == (root/'results'/'runs.csv').read_bytes()   # no run made
    new, old = (json.loads((d/'nbs'/nb).read_text())['cells'] for d in (tmp_path, root))
    assert [c['id'] for c in new] == [c['id'] for c in old]
    for a, b in zip(new, old):
        if b['cell_type'] == 'code' and not trains(b):
            assert a['outputs'] == b['outputs'], f"nbs/{nb}, cell {b['id']}: its output no longer follows from results/: `python -m lrada.repro.remake nbs/{nb}` re-makes it"
