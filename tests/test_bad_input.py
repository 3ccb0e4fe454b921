"Bad data and folders, as a user's files would have them: refused (or warned about) by name, before training. Bad calls of the library are tested in its notebooks."
import math, re, pytest, torch, numpy as np
from pathlib import Path
import torchvision
from lrada.all import image_dls, get_dataset, lrada_learner, get_image_files

def test_more_groups_than_layers(synth):
    dls = image_dls(synth, size=32, bs=16)
    with pytest.raises(ValueError, match=r'n_groups=50 is not possible: this body has 9 blocks'):
        lrada_learner(dls, 'squeezenet1_1', weights=None, n_groups=50)
    with pytest.raises(ValueError, match='n_groups=1'):
        lrada_learner(dls, 'squeezenet1_1', weights=None, n_groups=1)

def test_unknown_arch(synth):
    with pytest.raises(ValueError, match="Unknown arch 'resnet9'"):
        lrada_learner(image_dls(synth, size=32), 'resnet9', weights=None)

def test_empty_split(synth):
    with pytest.raises(ValueError, match='no validation images'):
        image_dls(synth, n_per_class=2, valid_pct=0.1)

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
from lrada.all import synthetic_images
from lrada.data import bad_images
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

