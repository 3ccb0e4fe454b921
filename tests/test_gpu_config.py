"The `gpu` scale cannot run here (no GPU, no torchvision downloads); check on CPU that its configuration builds."
import torch, pytest
from lrada.experiments import table_config
from lrada.data import image_dls
from lrada.models import lrada_learner
from lrada.sgdr import sgdr_epochs

@pytest.mark.parametrize('table', ['baseline', 'results', 'application'])
def test_gpu_config_resolves(table):
    cfg = table_config(table, 'gpu')
    assert cfg['archs'] == ['resnet34', 'resnet50', 'resnet101', 'resnet152', 'densenet161']
    assert cfg['weights'] == 'imagenet' and cfg['precision'] == 'auto' and cfg['needs_gpu'] and cfg['n_per_class'] is None

@pytest.mark.parametrize('arch', table_config('results', 'gpu')['archs'])
def test_gpu_archs_build_with_groups_and_schedule(arch, synth):
    dls = image_dls(synth, size=32, bs=4)
    learn = lrada_learner(dls, arch, weights=None, n_groups=3)
    groups = learn.splitter(learn.model)
    assert len(groups) == 3 and all(len(g) for g in groups)
    learn.freeze()
    assert learn.opt.frozen_idx == 2
    xb, _ = dls.one_batch()
    with torch.no_grad(): assert learn.model.eval()(xb).shape == (4, 3)
    assert sgdr_epochs(3, 1, 2) == 7
