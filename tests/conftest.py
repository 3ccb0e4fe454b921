import os, sys, subprocess, pytest
from pathlib import Path
from lrada.data import synthetic_images, image_dls
from lrada.models import lrada_learner

@pytest.fixture(scope='session')
def synth(tmp_path_factory):
    return synthetic_images(tmp_path_factory.mktemp('data')/'synth', n_classes=3, n_per_class=24, size=32)

@pytest.fixture
def learn(synth, tmp_path):
    dls = image_dls(synth, size=32, bs=16, seed=0)
    learn = lrada_learner(dls, 'squeezenet1_1', weights=None, n_groups=3, path=tmp_path)
    learn.freeze()
    return learn

@pytest.fixture(scope='session')
def smoke_table(tmp_path_factory):
    "The smoke Results table through the console command, made once per test session for every test that reads it"
    out = tmp_path_factory.mktemp('smoke')/'out'
    r = subprocess.run([sys.executable, '-m', 'lrada', 'run', 'results', '--scale', 'smoke', '--out', str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    return r, out
