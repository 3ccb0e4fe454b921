"""Several processes on CPU (gloo), as `accelerate launch` or torchrun start them: the recipe's decisions and weights are
the same on every rank, files are written once; and a table made in shards is the table made in one go."""
import os, sys, subprocess, socket, pytest, torch, pandas as pd
from pathlib import Path
from lrada.data import synthetic_images

pytest.importorskip('accelerate')
HERE = Path(__file__).parent

def _free_port():
    with socket.socket() as s: s.bind(('127.0.0.1', 0)); return str(s.getsockname()[1])

def torchrun(*args, cwd, n=2, timeout=600):
    "`torchrun --nproc_per_node n ...` on the loopback interface, one thread per process (2 processes share the CI's 2 cores)"
    env = {**os.environ, 'OMP_NUM_THREADS': '1', 'GLOO_SOCKET_IFNAME': 'lo'}
    cmd = [sys.executable, '-m', 'torch.distributed.run', '--nproc_per_node', str(n), '--master_addr', '127.0.0.1',
           '--master_port', _free_port(), *args]
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-5000:]
    return r

@pytest.fixture(scope='module')
def folder(tmp_path_factory):
    return synthetic_images(tmp_path_factory.mktemp('ddp')/'images', n_classes=3, n_per_class=40, size=32)

@pytest.mark.parametrize('recipe', ['paper', 'fixed'])   # the range test on every rank; the frozen stage on cached features, unsharded
def test_ranks_take_the_same_decisions(folder, tmp_path, recipe):
    torchrun(str(HERE/'ddp_worker.py'), str(folder), str(tmp_path), recipe, cwd=tmp_path)
    r0, r1 = (torch.load(tmp_path/f'rank{i}.pt', weights_only=False) for i in (0, 1))
    assert r0['world'] == r1['world'] == 2
    assert r0['guard'] == r1['guard'] and r0['suggestion'] == r1['suggestion'] and r0['lr'] == r1['lr']
    # every group's LR at every batch: range-test sweeps, coarse fit and SGDR + CLM over the DLR groups
    assert len(r0['group_lrs']) > (20 if recipe == 'paper' else 10) and r0['group_lrs'] == r1['group_lrs']
    assert len(set(r0['group_lrs'][-1])) == 3                       # discriminative: three different group LRs
    assert r0['accuracy'] == r1['accuracy']                          # validation metrics gathered over both ranks
    assert r0['state'].keys() == r1['state'].keys()
    for k in r0['state']: assert torch.equal(r0['state'][k], r1['state'][k]), k   # weights and BatchNorm statistics

def test_fit_under_torchrun_writes_once(folder, tmp_path):
    r = torchrun('-m', 'lrada', 'fit', str(folder), '--arch', 'squeezenet1_1', '--weights', 'none', '--size', '32', '--bs', '8',
                 '--set', 'num_it=12 dlr_cycles=1', '--out', str(tmp_path/'out'), cwd=tmp_path)
    assert (tmp_path/'out'/'model.pkl').is_file() and (tmp_path/'out'/'report.txt').is_file()
    assert len(pd.read_csv(tmp_path/'out'/'runs.csv')) == 1          # one row, from rank 0
    assert r.stdout.count('confusion matrix') == 1                   # one report printed
    assert not (folder/'models').exists()                            # nothing written into the user's folder

def lrada_run(*args, cwd):
    return subprocess.Popen([sys.executable, '-m', 'lrada', 'run', 'results', '--scale', 'smoke', *args], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

def _wait(*procs):
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, out[-2000:] + err[-3000:]

COLS = ['run_key', 'protocol', 'arch', 'seed', 'epochs', 'accuracy', 'test_accuracy']

def test_shards_make_the_same_table(smoke_table, tmp_path):
    # the smoke table made in one go (conftest), then two shards at once into one folder (a locked, atomic registry), and the table made from all their rows
    _wait(lrada_run('--out', 'both', '--shard', '1/2', cwd=tmp_path), lrada_run('--out', 'both', '--shard', '2/2', cwd=tmp_path))
    one, both = (pd.read_csv(d/'runs.csv')[COLS].sort_values('run_key', ignore_index=True) for d in (smoke_table[1], tmp_path/'both'))
    assert len(one) == 3
    pd.testing.assert_frame_equal(one, both)
    # a third machine merges the shard's registry into its own and writes the table from it, training nothing
    r = subprocess.run([sys.executable, '-m', 'lrada', 'run', 'results', '--scale', 'smoke', '--out', 'merged',
                        '--merge', str(tmp_path/'both'/'runs.csv')], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    merged = pd.read_csv(tmp_path/'merged'/'runs.csv')[COLS].sort_values('run_key', ignore_index=True)
    pd.testing.assert_frame_equal(one, merged)
    assert 'Incomplete' not in (tmp_path/'merged'/'results_smoke.md').read_text()

def test_table_under_torchrun_registers_once(tmp_path):
    r = torchrun('-m', 'lrada', 'run', 'results', '--scale', 'smoke', '--set', 'protocols=["lrada"]', '--out', 'tab', cwd=tmp_path)
    df = pd.read_csv(tmp_path/'tab'/'runs.csv')
    assert len(df) == 1 and 'x2 processes' in df.machine[0]         # one row, and it says how it was made
    assert r.stdout.count('# Results table') == 1
