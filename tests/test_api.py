"The public API as a user's code sees it: one import gives everything, and `Learner` is patched."
import subprocess, sys

def test_all_gives_the_api_and_patches_learner():
    code = ("import fastai.vision.all as fv, sys\n"
            "from fastai.distributed import DistributedDL\n"
            "broadcast, before = DistributedDL._broadcast, set(dir())\n"
            "from lrada.all import *\n"
            "names = ['Learner', 'vision_learner', 'preserved', 'LRRecorder', 'image_dls', 'lrada_learner', 'RangeTestCallback',\n"
            "         'SGDR', 'group_lrs', 'run_lrada']\n"
            "missing = [n for n in names if n not in globals()]\n"
            "assert not missing, missing\n"
            "assert all(hasattr(Learner, m) for m in ('range_test', 'recipe_lr', 'fit_warm_restarts', 'snapshot_preds', 'coarse_fit', 'fit_dlr', 'ddp_ctx'))\n"
            "ours = set(dir()) - before - set(dir(fv)) - {'names', 'missing', 'before', 'broadcast'}\n"
            "assert len(ours) <= 43, (len(ours), sorted(ours))\n"
            "assert not any(m.startswith('lrada.repro') for m in sys.modules), 'lrada.all imported the harness'\n"
            "assert DistributedDL._broadcast is broadcast, 'importing lrada patched fastai'\n"
            "print(len(ours))")
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    assert r.returncode == 0 and 30 <= int(r.stdout.strip()) <= 43, r.stderr[-2000:]

def test_transfer_table_draws_a_split_per_seed(tmp_path):
    "With `vary_split` each seed has its own train/valid split, and every protocol of a seed shares it"
    from lrada.repro.config import table_config
    from lrada.repro.runner import run_table, table_data
    cfg = table_config('transfer', 'smoke', 'seeds=[0,1]')
    items = [set(map(str, table_data(cfg, split_seed=s)[0].train_ds.items)) for s in (0, 1)]
    assert items[0] != items[1]
    df = run_table('transfer', 'smoke', tmp_path, 'seeds=[0,1] fine_tune_valley.epochs=1 fine_tune_valley.num_it=20 fine_tune.epochs=1',
                   verbose=False)
    assert sorted(df.protocol.unique()) == ['baseline', 'fine_tune', 'fine_tune_valley', 'lrada', 'prodigy', 'schedule_free'] and len(df) == 12
    assert all('"split_seed": %d' % s in k for s, k in zip(df.seed, df.run_key))
    again = run_table('transfer', 'smoke', tmp_path, 'seeds=[0,1] fine_tune_valley.epochs=1 fine_tune_valley.num_it=20 fine_tune.epochs=1',
                      verbose=False)
    assert list(again.run_id) == list(df.run_id)   # every run reused from the registry, none repeated
