"The command line from outside: the smoke table, `lrada fit` on a folder it has never seen, and every bad option."
import subprocess, sys, pytest, pandas as pd
from pathlib import Path
from lrada.data import synthetic_images

def lrada(*args, cwd=None):
    "The real console command, in a subprocess"
    return subprocess.run([sys.executable, '-m', 'lrada', *args], capture_output=True, text=True, cwd=cwd)

def lrada_in_process(capsys, monkeypatch, cwd, *args):
    "`lrada.cli.main` in this process (no fastai import per call): exit status and stderr"
    from lrada.cli import main
    from fastai.learner import defaults
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(defaults, 'callbacks', list(defaults.callbacks))   # `main` swaps the progress bar for a plain one: undone after the test
    with pytest.raises(SystemExit) as e: main(list(args))
    return e.value.code, capsys.readouterr().err

@pytest.mark.parametrize('args,msg', [
    (['run', 'results', '--scale', 'huge'], "Unknown scale 'huge'"),
    (['run', 'tables'], "Unknown table 'tables'"),
    (['run', 'results', '--set', 'sise=3'], "Unknown setting 'sise'"),
    (['run', 'results', '--set', 'size'], "is not key=value"),
    (['run', 'results', '--set', 'archs=["vgg_nope"]'], "Unknown arch 'vgg_nope'"),
    (['fit', '/no/such/folder'], 'is not a folder'),
    (['fit', '.', '--arch', 'resnet9'], "Unknown arch 'resnet9'"),
    (['fit', '.', '--compare', 'adam'], "--compare 'adam'"),
    # settings are checked before any data is loaded or any run starts
    (['run', 'results', '--scale', 'smoke', '--set', 'lrada.lr_mult=abc'], "lr_mult='abc'"),
    (['run', 'results', '--scale', 'smoke', '--set', 'lrada.lr_mult=nan'], 'lr_mult=nan'),
    (['run', 'results', '--scale', 'smoke', '--set', 'lrada.dlr_cycles=0'], 'dlr_cycles=0'),
    (['run', 'results', '--scale', 'smoke', '--set', 'lrada.foo=1'], "Unknown option 'foo' of lrada"),
    (['run', 'results', '--scale', 'smoke', '--set', 'archs=x'], "archs='x': give a non-empty list"),
    (['run', 'results', '--scale', 'smoke', '--set', 'seeds=[]'], 'seeds=[]'),
    (['run', 'results', '--scale', 'smoke', '--set', 'size=abc'], "size='abc'"),
    (['run', 'results', '--scale', 'smoke', '--set', 'bs=0'], 'bs=0'),
    (['run', 'results', '--scale', 'smoke', '--set', 'baseline.lr_candidates=[]'], 'non-empty list'),
])
def test_bad_option_is_one_line_error(args, msg, tmp_path, capsys, monkeypatch):
    code, err = lrada_in_process(capsys, monkeypatch, tmp_path, *args)
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and msg in err, err

def test_bad_option_from_the_console(tmp_path):
    r = lrada('run', 'results', '--scale', 'huge', cwd=tmp_path)
    assert r.returncode == 2 and r.stderr.strip() == "lrada run: error: Unknown scale 'huge': choose one of smoke, demo, cpu, gpu."

def test_gpu_scale_without_gpu(tmp_path, capsys, monkeypatch):
    import torch
    if torch.cuda.is_available(): pytest.skip('has a GPU')
    code, err = lrada_in_process(capsys, monkeypatch, tmp_path, 'run', 'results', '--scale', 'gpu')
    assert code == 2 and 'needs a CUDA GPU' in err

def test_missing_weights_file(tmp_path, capsys, monkeypatch):
    synthetic_images(tmp_path/'imgs', n_per_class=6, n_test=2)
    code, err = lrada_in_process(capsys, monkeypatch, tmp_path, 'fit', str(tmp_path/'imgs'), '--weights', str(tmp_path/'nope.pth'), '--size', '32')
    assert code == 2 and 'not found' in err

def test_smoke_table(smoke_table):
    r, out = smoke_table
    reg = pd.read_csv(out/'runs.csv')
    assert list(reg.protocol) == ['baseline', 'lrada', 'fine_tune']
    assert {'machine', 'torch', 'fastai', 'commit', 'date', 'seed', 'params'} <= set(reg.columns)
    assert '# Results table, smoke scale' in r.stdout and "The paper's table" in r.stdout

def test_fit_on_unseen_folder(tmp_path):
    synthetic_images(tmp_path/'imgs', n_classes=3, n_per_class=16, n_test=4)
    r = lrada('fit', str(tmp_path/'imgs'), '--arch', 'squeezenet1_1', '--weights', 'none', '--size', '32', '--bs', '8',
              '--out', str(tmp_path/'out'), '--compare', 'fine_tune', '--set', 'num_it=20 dlr_cycles=1')
    assert r.returncode == 0, r.stderr[-2000:]
    for f in ('model.pkl', 'report.txt', 'report.png', 'epochs.csv', 'confusion_matrix.csv', 'runs.csv'): assert (tmp_path/'out'/f).exists(), f
    png = (tmp_path/'out'/'report.png').read_bytes()
    assert png[:8] == b'\x89PNG\r\n\x1a\n' and len(png) > 10_000
    cm = pd.read_csv(tmp_path/'out'/'confusion_matrix.csv', index_col=0)
    assert cm.values.sum() == 12 and list(cm.index) == ['c0', 'c1', 'c2']
    assert 'confusion matrix (test set)' in r.stdout and 'eta' in r.stdout

def test_smoke_runs_are_deterministic(smoke_table, tmp_path):
    "The same table again, in this process and into another registry: the same accuracies and validation losses at every epoch"
    import json
    from lrada.repro.runner import run_table
    a, b = pd.read_csv(smoke_table[1]/'runs.csv'), run_table('results', 'smoke', tmp_path, verbose=False)
    pd.testing.assert_series_equal(a.accuracy, b.accuracy)
    losses = lambda df: list(df.curve.map(lambda c: [r['valid_loss'] for r in json.loads(c)]))
    assert losses(a) == losses(b)

@pytest.fixture
def folder(tmp_path):
    return synthetic_images(tmp_path/'imgs', n_per_class=8, n_test=2)

FIT = ['--arch', 'squeezenet1_1', '--weights', 'none', '--size', '32', '--bs', '8']

@pytest.mark.parametrize('args,msg', [
    (['--n-per-class', '-1'], 'n_per_class=-1'),
    (['--size', '0'], 'size=0'),
    (['--bs', '1'], 'bs=1'),
    (['--seed', '-1'], 'seed=-1'),
    (['--set', 'dlr_cycles=0'], 'dlr_cycles=0'),
    (['--set', 'lr_mult=abc'], "lr_mult='abc'"),
    (['--recipe', 'fast'], "recipe='fast': choose from paper, fixed, fixed_auto, swept_head_auto"),
    (['--recipe', 'fixed', '--set', 'lr=None'], "sweeps the head alone"),
])
def test_fit_bad_option_before_compute(folder, args, msg, tmp_path, capsys, monkeypatch):
    code, err = lrada_in_process(capsys, monkeypatch, tmp_path, 'fit', str(folder), *FIT, *args)
    assert code == 2 and msg in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path/'lrada_fit'/'report.txt').exists()

def test_fit_bad_folders(tmp_path, capsys, monkeypatch):
    import shutil
    cases = []
    one = synthetic_images(tmp_path/'one', n_classes=1, n_per_class=8); cases.append((one, [], 'needs at least 2'))
    extra = synthetic_images(tmp_path/'extra', n_per_class=8); shutil.copytree(extra/'test'/'c0', extra/'test'/'zz')
    cases.append((extra, [], "test/ has classes that train/ lacks: ['zz']"))
    bad = synthetic_images(tmp_path/'bad', n_per_class=8); (bad/'train'/'c1'/'0001.png').write_bytes(b'not a png')
    cases.append((bad, [], 'bad image(s), first'))
    out_file = tmp_path/'out.txt'; out_file.write_text('x')
    cases.append((one.parent/'extra', ['--out', str(out_file)], 'is a file'))
    weights = tmp_path/'w.pth'; weights.write_text('not weights')
    cases.append((one.parent/'extra', ['--weights', str(weights)], 'is not a torchvision state dict'))
    for path, args, msg in cases:
        fit = [a for a in FIT if a not in ('--weights', 'none')] if '--weights' in args else FIT
        code, err = lrada_in_process(capsys, monkeypatch, tmp_path, 'fit', str(path), *fit, *args)
        assert code == 2 and msg in err and len(err.strip().splitlines()) == 1, (msg, err)

def test_bad_images_can_be_skipped(tmp_path):
    bad = synthetic_images(tmp_path/'bad', n_classes=3, n_per_class=12, n_test=4); (bad/'train'/'c1'/'0001.png').write_bytes(b'not a png')
    r = lrada('fit', str(bad), *FIT, '--out', str(tmp_path/'out'), '--skip-bad-images', '--set', 'num_it=20 dlr_cycles=1')
    assert r.returncode == 0, r.stderr[-2000:]
    assert 'skipped 1 bad image(s)' in r.stderr
    assert 'lrada.load_model' in (tmp_path/'out'/'report.txt').read_text()

@pytest.mark.parametrize('recipe', ['paper', 'fixed_auto'])
def test_fit_recipe_round_trips(recipe, folder, tmp_path):
    "`--recipe NAME` runs that recipe: report.txt and the registry row name it, and its options are the ones that ran"
    import json
    r = lrada('fit', str(folder), *FIT, '--out', str(tmp_path/'out'), '--recipe', recipe, '--set', 'num_it=20 max_epochs=3')
    assert r.returncode == 0, r.stderr[-2000:]
    report = (tmp_path/'out'/'report.txt').read_text()
    assert report.startswith(f'recipe: {recipe} '), report[:200]
    params = json.loads(pd.read_csv(tmp_path/'out'/'runs.csv').params[0])
    assert params['recipe'] == recipe and params['frozen_stage'] == ('cached' if recipe == 'fixed_auto' else 'train_bn')
    assert ('cycle_ends' in params) == (recipe == 'fixed_auto') and ('auto, at most 3 epochs' in report) == (recipe == 'fixed_auto')
