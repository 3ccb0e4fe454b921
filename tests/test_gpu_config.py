"The `gpu` scale cannot run here (no GPU, no torchvision downloads); check on CPU that its configuration builds."
import torch, pytest
from lrada.repro.config import table_config
from lrada.data import image_dls
from lrada.models import lrada_learner
from lrada.schedule import sgdr_epochs

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
