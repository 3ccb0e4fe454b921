"`from lrada.all import *`: fastai's vision API, lrada's whole public API, and `Learner` patched with `range_test`, `fit_warm_restarts`, `snapshot_preds`, `coarse_fit` and `fit_dlr` (as `fastai.vision.all` does for fastai)"
from fastai.vision.all import *
from .core import *
from .data import *
from .models import *
from .range_test import *
from .sgdr import *
from .dlr import *
from .protocols import *
from .results import *
from .experiments import *
from .bench import *
from .lr_free import *
from .distributed import *
