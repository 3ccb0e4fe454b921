"The public API as a user's code sees it: one import gives everything, and `Learner` is patched."
import subprocess, sys
import lrada

def test_version(): assert lrada.__version__

def test_all_gives_the_api_and_patches_learner():
    code = ("from lrada.all import *\n"
            "names = ['Learner', 'vision_learner', 'preserved', 'GroupLRs', 'image_dls', 'lrada_learner', 'RangeTestCallback',\n"
            "         'SGDR', 'group_lrs', 'run_protocol', 'LowerLRRestarts', 'run_table', 'fit_folder', 'SCALES']\n"
            "missing = [n for n in names if n not in globals()]\n"
            "assert not missing, missing\n"
            "assert all(hasattr(Learner, m) for m in ('range_test', 'fit_warm_restarts', 'snapshot_preds', 'coarse_fit', 'fit_dlr'))\n"
            "print('ok')")
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == 'ok', r.stderr[-2000:]

def test_transfer_table_draws_a_split_per_seed(tmp_path):
    "With `vary_split` each seed has its own train/valid split, and every protocol of a seed shares it"
    from lrada.experiments import run_table, table_config, table_data
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
