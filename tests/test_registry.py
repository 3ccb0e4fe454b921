"The registry never loses a row: writers killed at random points (SIGKILL, SIGINT) and concurrent writers."
import os, signal, subprocess, sys, time, random
import pandas as pd, pytest
from pathlib import Path

# A writer appends rows named `<tag>-<i>` one by one and prints each name once its append has returned.
WRITER = '''
import sys
from lrada.repro.registry import append_results   # pandas only: a writer starts in a second
path, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
print('ready', flush=True)
sys.stdin.readline()   # wait for 'go', so that several writers start appending together
for i in range(n):
    append_results([dict(name=f'{tag}-{i}', value=i, payload='x' * 200)], path)
    print(f'{tag}-{i}', flush=True)
'''

def start_writer(path, tag, n):
    p = subprocess.Popen([sys.executable, '-c', WRITER, str(path), tag, str(n)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=Path(path).parent)
    assert p.stdout.readline().strip() == 'ready'   # imports done: from here on it only appends
    return p

def go(*procs):
    for p in procs: p.stdin.write('go\n'); p.stdin.flush()

def check(path, acknowledged):
    df = pd.read_csv(path)                 # parses
    assert not df.name.duplicated().any()  # no row twice
    missing = set(acknowledged) - set(df.name)
    assert not missing, f'{len(missing)} acknowledged rows lost'
    return df

@pytest.mark.parametrize('sig', [signal.SIGKILL, signal.SIGINT])
def test_killed_writers_lose_nothing(tmp_path, sig):
    path, acknowledged, rng = tmp_path/'runs.csv', [], random.Random(0)
    # a registry of 20,000 rows (5 MB), so that each rewrite takes a while and kills land inside writes
    pd.DataFrame(dict(name=[f'old-{i}' for i in range(20000)], value=0, payload='x' * 200)).to_csv(path, index=False)
    acknowledged += [f'old-{i}' for i in range(20000)]
    for k in range(5):
        p = start_writer(path, f'w{k}', 1000)
        go(p)
        time.sleep(rng.uniform(0.2, 1.5))
        p.send_signal(sig)
        # an interrupted append ends the writer at once; SIGINT can also land where Python only reports it ('Exception
        # ignored in ...') and the writer goes on appending: then a SIGKILL lands in a later append, a second kill
        try: out, _ = p.communicate(timeout=3)
        except subprocess.TimeoutExpired: p.kill(); out, _ = p.communicate()
        acknowledged += [l for l in out.split() if l.startswith(f'w{k}-')]
        check(path, acknowledged)
    assert len(acknowledged) > 20000, 'no append completed: the test did not exercise anything'

def test_concurrent_writers(tmp_path):
    path, n, tags = tmp_path/"runs.csv", 20, ['a', 'b', 'c']
    # 5,000 rows already there: each append then takes long enough for writers to overlap
    pd.DataFrame(dict(name=[f'old-{i}' for i in range(5000)], value=0, payload='x' * 200)).to_csv(path, index=False)
    procs = [start_writer(path, t, n) for t in tags]
    go(*procs)
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    df = check(path, [l for o in outs for l in o.split()])
    assert len(df) == 5000 + n * len(tags)
    # the writers overlapped: their rows interleave in the file, not one writer's block after another's
    order = df.name.iloc[5000:].str.partition('-')[0]
    assert (order != order.shift()).sum() > len(tags), f'the writers did not overlap: {"".join(order)}'
