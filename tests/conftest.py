import os, pytest
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
