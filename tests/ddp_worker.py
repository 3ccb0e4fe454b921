"Run by `tests/test_distributed.py` under torchrun: the lrada recipe on every rank; each rank saves what it saw."
import sys, torch
from pathlib import Path
from fastai.vision.all import rank_distrib
from lrada.all import *
from lrada.distributed import once_first

data, out, recipe = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
dls = once_first(image_dls, data, size=32, bs=8, seed=0)
set_run_seed(0, dls)   # as run_protocol seeds a run: the same batches on every run
learn = lrada_learner(dls, 'squeezenet1_1', weights=None, n_groups=3, path=out)
lrs = LRRecorder(accumulate=True)
learn.add_cb(lrs)
with learn.ddp_ctx(), learn.no_bar(), learn.no_logging():
    rec = run_lrada(learn, recipe, range_test=dict(num_it=30), dlr_cycles=2)
    world = torch.distributed.get_world_size()
torch.save(dict(world=world, lr=rec.params['lr'], suggestion=rec.params.get('suggestion'), guard=rec.params.get('guard'),
                group_lrs=lrs.lrs, accuracy=[r['accuracy'] for r in rec.rows], n_train_batches=len(dls.train),
                state={k: v.clone() for k, v in learn.model.state_dict().items()}),
           out/f'rank{rank_distrib()}.pt')
