"Every bad input gets a clear error naming the fix, and leaves the learner as it was."
import math, pytest, torch, numpy as np
from pathlib import Path
import torchvision
from lrada.data import image_dls, get_dataset, stratified_split
from lrada.models import lrada_learner, pretrained_model, layer_groups
from lrada.core import learner_state, assert_same_state
from lrada import range_test, dlr  # noqa: F401, patch Learner

BAD_CALLS = [
    (lambda l: l.range_test(start_lr=0), 'start_lr=0'),
    (lambda l: l.range_test(start_lr=-1e-3), 'start_lr=-0.001'),
    (lambda l: l.range_test(end_lr=math.nan), 'end_lr=nan'),
    (lambda l: l.range_test(num_it=3), 'num_it=3'),
    (lambda l: l.range_test(mode='cubic'), "mode='cubic'"),
    (lambda l: l.fit_warm_restarts(2, lr_max=0.), 'finite numbers > 0'),
    (lambda l: l.fit_warm_restarts(2, lr_max=math.nan), 'finite numbers > 0'),
    (lambda l: l.fit_warm_restarts(2, cycle_len=0), 'cycle_len=0'),
    (lambda l: l.fit_warm_restarts(2, cycle_len=-1), 'cycle_len=-1'),
    (lambda l: l.fit_warm_restarts(2, cycle_mult=0), 'cycle_mult=0'),
    (lambda l: l.fit_warm_restarts(2, cycle_mult=1.5), 'cycle_mult=1.5'),
    (lambda l: l.fit_warm_restarts(2, eta_min=-1.), 'eta_min=-1.0'),
    (lambda l: l.fit_dlr(2, lr=-1.), 'finite numbers > 0'),
    (lambda l: l.fit_dlr(2, lr=1e-3, cycle_mult=0.5), 'cycle_mult=0.5'),
    (lambda l: l.fit_dlr(2, lr=1e-3, spread=[1, 2]), '2 ratios in spread for 3'),
    (lambda l: l.coarse_fit(1, lr=math.inf), 'finite numbers > 0'),
    (lambda l: l.snapshot_preds(), 'No snapshots'),
]

@pytest.mark.parametrize('call,msg', BAD_CALLS)
def test_bad_call_leaves_learner_untouched(learn, call, msg):
    before = learner_state(learn)
    with pytest.raises(ValueError, match=msg.replace('(', r'\(').replace('[', r'\[').replace('.', r'\.')):
        call(learn)
    assert_same_state(before, learner_state(learn))

def test_more_groups_than_layers(synth):
    dls = image_dls(synth, size=32, bs=16)
    with pytest.raises(ValueError, match=r'n_groups=50 is not possible: this body has 9 blocks'):
        lrada_learner(dls, 'squeezenet1_1', weights=None, n_groups=50)
    with pytest.raises(ValueError, match='n_groups=1'):
        lrada_learner(dls, 'squeezenet1_1', weights=None, n_groups=1)

def test_unknown_arch(synth):
    with pytest.raises(ValueError, match="Unknown arch 'resnet9'"):
        lrada_learner(image_dls(synth, size=32), 'resnet9', weights=None)

def test_wrong_weights_file(synth, tmp_path):
    f = tmp_path/'squeezenet.pth'
    torch.save(torchvision.models.squeezenet1_1().state_dict(), f)
    with pytest.raises(ValueError, match='does not hold `resnet18` weights'):
        pretrained_model('resnet18', f)
    with pytest.raises(FileNotFoundError, match='not found'):
        pretrained_model('resnet18', tmp_path/'missing.pth')

def test_empty_data(tmp_path):
    (tmp_path/'train'/'a').mkdir(parents=True)
    with pytest.raises(FileNotFoundError, match='No images under'):
        image_dls(tmp_path)

def test_empty_split(synth):
    with pytest.raises(ValueError, match='no validation images'):
        image_dls(synth, n_per_class=2, valid_pct=0.1)

def test_missing_dataset_offline_names_the_fix(tmp_path, monkeypatch):
    monkeypatch.delenv('LRADA_ARCHIVES', raising=False)
    with pytest.raises(FileNotFoundError, match=r'tar xzf ham10000\.tgz'):
        get_dataset('ham10000', data_dir=tmp_path)

def test_local_archive_is_extracted(tmp_path, synth):
    import tarfile
    archives = tmp_path/'archives'; archives.mkdir()
    with tarfile.open(archives/'ham10000.tgz', 'w:gz') as t: t.add(synth, arcname='ham10000')
    path = get_dataset('ham10000', data_dir=tmp_path/'data', archive_dir=archives)
    assert (path/'train'/'c0').is_dir()

def test_datasets_found_in_fastai_data_folder(tmp_path, monkeypatch):
    "With FASTAI_HOME set (as in CI), datasets extracted into $FASTAI_HOME/data are found without any download"
    import subprocess, sys
    (tmp_path/'data'/'ham10000'/'train').mkdir(parents=True)
    code = "from lrada.data import get_dataset; print(get_dataset('ham10000'))"
    env = {**__import__('os').environ, 'FASTAI_HOME': str(tmp_path)}
    env.pop('LRADA_DATA', None)
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-500:]
    assert r.stdout.strip() == str(tmp_path/'data'/'ham10000')
