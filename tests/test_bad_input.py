"Every bad input gets a clear error naming the fix, and leaves the learner as it was."
import math, re, pytest, torch, numpy as np
from pathlib import Path
import torchvision
from lrada.all import image_dls, get_dataset, lrada_learner, pretrained_model, learner_state, assert_same_state, get_image_files  # and the patched Learner

BAD_CALLS = [
    (lambda l: l.range_test(start_lr=0), 'start_lr=0'),
    (lambda l: l.range_test(start_lr=-1e-3), 'start_lr=-0.001'),
    (lambda l: l.range_test(end_lr=math.nan), 'end_lr=nan'),
    (lambda l: l.range_test(num_it=3), 'num_it=3'),
    (lambda l: l.range_test(mode='cubic'), "mode='cubic'"),
    (lambda l: l.range_test(start_lr=1e3, end_lr=1e6, num_it=30, show_plot=False), 'diverged at once'),
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


# --- data that would train but give a wrong or meaningless answer: refused or warned about, by name, before training
import shutil, warnings
from PIL import Image
from lrada.all import synthetic_images, bad_images, load_model
from lrada.all import test_dl as make_test_dl

def _copy(synth, tmp_path, name):
    dst = tmp_path/name; shutil.copytree(synth, dst); return dst

def _one_class(p): [shutil.rmtree(p/'train'/c) for c in ('c1', 'c2')]
def _valid_extra(p): shutil.copytree(p/'train'/'c0', p/'valid'/'c9'); shutil.copytree(p/'train'/'c1', p/'valid'/'c1')
def _truncated(p): (p/'train'/'c0'/'0000.png').write_bytes((p/'train'/'c0'/'0000.png').read_bytes()[:60])
def _not_an_image(p): (p/'train'/'c0'/'0001.png').write_text('hello')
def _sixteen_bit(p): Image.fromarray(np.full((32, 32), 40000, np.uint16)).save(p/'train'/'c1'/'0000.png')

@pytest.mark.parametrize('make,kwargs,msg', [
    (_one_class, {}, 'needs at least 2'),
    (_valid_extra, {}, "valid/ has classes that train/ lacks: ['c9']"),
    (_truncated, {}, 'bad image(s), first'),
    (_not_an_image, {}, 'unreadable'),
    (_sixteen_bit, {}, '16-bit image'),
    (None, dict(n_per_class=-1), 'n_per_class=-1'),
    (None, dict(n_per_class=0), 'n_per_class=0'),
    (None, dict(size=0), 'size=0'),
    (None, dict(size=99999), 'size=99999'),
    (None, dict(bs=0), 'bs=0'),
    (None, dict(bs=1), 'bs=1'),
    (None, dict(seed=-1), 'seed=-1'),
])
def test_bad_data_is_refused(synth, tmp_path, make, kwargs, msg):
    path = _copy(synth, tmp_path, 'd')
    if make: make(path)
    with pytest.raises(ValueError, match=re.escape(msg)):
        image_dls(path, **{"size": 32, **kwargs})

@pytest.mark.parametrize('make,msg', [
    (lambda p: shutil.copy(p/'train'/'c0'/'0000.png', p/'train'/'stray.png'), 'directly in'),
    (lambda p: [f.unlink() for f in sorted((p/'train'/'c2').ls())[2:]], "['c2'] have no validation image"),
])
def test_questionable_data_warns(synth, tmp_path, make, msg):
    path = _copy(synth, tmp_path, 'd'); make(path)
    with pytest.warns(UserWarning, match=re.escape(msg)):
        dls = image_dls(path, size=32)
    assert dls.vocab == ['c0', 'c1', 'c2']

def test_bad_test_folders(synth, tmp_path):
    dls = image_dls(synth, size=32)
    empty = _copy(synth, tmp_path, 'empty'); [shutil.rmtree(o) for o in (empty/'test').ls()]
    with pytest.warns(UserWarning, match='no images in test'): assert make_test_dl(dls, empty) is None
    extra = _copy(synth, tmp_path, 'extra'); shutil.copytree(extra/'test'/'c0', extra/'test'/'c9')
    with pytest.raises(ValueError, match=r"test/ has classes that train/ lacks: \['c9'\]"): make_test_dl(dls, extra)

def test_bad_images_named(synth, tmp_path):
    path = _copy(synth, tmp_path, 'd'); _truncated(path); _sixteen_bit(path)
    assert sorted(f.parent.name for f in bad_images(get_image_files(path/'train'))) == ['c0', 'c1']
    with pytest.warns(UserWarning, match='skipped 2 bad image'):
        dls = image_dls(path, size=32, skip_bad_images=True)
    assert len(dls.train_ds) + len(dls.valid_ds) == 70

def test_weights_files_that_are_not_state_dicts(tmp_path):
    (tmp_path/'t.pth').write_text('not weights')
    torch.save(torchvision.models.squeezenet1_1(), tmp_path/'whole.pth')
    for f in ('t.pth', 'whole.pth'):
        with pytest.raises(ValueError, match='is not a torchvision state dict'): pretrained_model('squeezenet1_1', tmp_path/f)

def test_nan_loss_range_test(synth, tmp_path):
    learn = lrada_learner(image_dls(synth, size=32, bs=16), 'squeezenet1_1', weights=None, path=tmp_path,
                          loss_func=lambda out, targ: out.mean() * float('nan'))
    before = learner_state(learn)
    with pytest.raises(ValueError, match=r'not finite \(NaN or inf\) from the first batch'): learn.range_test(num_it=20, show_plot=False)
    assert_same_state(before, learner_state(learn))

def test_load_model_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match='not found'): load_model(tmp_path/'model.pkl')
