"`from lrada.all import *`: fastai's vision API and lrada's library (not the reproduction harness, `lrada.repro`), with `Learner` patched with `range_test`, `recipe_lr`, `fit_warm_restarts`, `snapshot_preds`, `coarse_fit`, `fit_dlr`, `ddp_ctx` and `to_speed`"
from fastai.vision.all import *
from .core import preserved, learner_state, assert_same_state, set_run_seed, LRRecorder
from .data import DATASETS, get_dataset, image_dls, test_dl, stratified_split, synthetic_images, ImageCache, cifar_dls, ham_dls
from .models import ARCHS, DEFAULT_ARCH, pretrained_model, layer_groups, lrada_learner, DeviceMixedPrecision, tune_allocator
from .distributed import init_distributed, rank0_value, MeanLossAcrossRanks
from .range_test import SUGGESTION_RULES, SuggestionRule, RangeTestCallback, RangeTestResult, steepest_descent, zero_lag
from .schedule import SGDR, sgdr_lr, sgdr_epochs, plot_sgdr, group_lrs, CycleEndTracker
from .probe import probe_learner
from .recipe import RECIPES, AutoCycles, RunMeter, RunRecord, run_lrada, plot_report   # `lrada.load_model`: fastai.vision.all has a `load_model` of its own
