"The public API from outside the notebooks."
import numpy as np, torch, pytest
import lrada
from lrada.range_test import RangeTestResult
from lrada.sgdr import sgdr_lr, sgdr_epochs
from lrada.dlr import group_lrs, GroupLRs

def test_version(): assert lrada.__version__

def test_range_test_restores_and_suggests(learn):
    w = {k: v.clone() for k, v in learn.model.state_dict().items()}
    rng = torch.get_rng_state()
    res = learn.range_test(num_it=20, n_repeats=2, seed=0, show_plot=False)
    assert isinstance(res, RangeTestResult) and res.n_batches <= 40
    assert set(res.summary().index) == {'inflexion', 'steep', 'valley', 'minimum'}
    assert all(np.isfinite(res.suggestion(r)) and res.suggestion(r) > 0 for r in res.summary().index)
    assert all(torch.equal(w[k], v) for k, v in learn.model.state_dict().items())
    assert torch.equal(rng, torch.get_rng_state())

def test_seeded_range_test_is_deterministic(learn):
    a = learn.range_test(num_it=15, seed=3, show_plot=False)
    b = learn.range_test(num_it=15, seed=3, show_plot=False)
    np.testing.assert_array_equal(a.losses[0], b.losses[0])

def test_full_recipe_runs(learn):
    rec = GroupLRs(accumulate=True)
    learn.coarse_fit(1, lr=1e-3, cbs=rec)
    learn.fit_dlr(2, lr=1e-3, spread=3., cycle_mult=2, cbs=rec)
    n = len(learn.dls.train)
    assert len(rec.lrs) == n * (1 + sgdr_epochs(2, 1, 2))
    np.testing.assert_allclose(rec.lrs[n], group_lrs(1e-3, 3, 3.))
    assert len(learn.recorder.values) == 3

def test_sgdr_restart_points():
    lrs = [sgdr_lr(s, 1., 4, 2) for s in range(28)]
    assert [i for i in range(1, 28) if lrs[i] > lrs[i-1]] == [4, 12]
