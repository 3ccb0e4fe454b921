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
