"The README's figures against the committed files they quote: a re-made bench that changes them fails here until the prose follows."
import json, re
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def test_speed_sentence_quotes_the_committed_protocol_bench():
    bench = json.loads((root/'results'/'bench_protocols.json').read_text())
    run = {(r['scale'], r['protocol']): r for r in bench['runs']}
    cpu_class = re.search(r'\((.+?)\)', bench['info']['machine']).group(1)   # 'AMD EPYC (AVX2) x2 threads' -> 'AVX2'
    lrada, cached = run['cpu', 'lrada'], run['cpu', 'lrada+cached']
    quoted = (f"with {cpu_class}, one run each (seed {bench['info']['seed']}, CIFAR-10, {lrada['n_train']} training images, 128 px): "
              f"a whole run of the recipe {lrada['whole']:.0f} s, its frozen stage (feature cache, range test, coarse fit) "
              f"{lrada['frozen_stage_share']:.2f} of the run; with the frozen stage on cached features {cached['whole']:.0f} s and "
              f"{cached['frozen_stage_share']:.2f}; fastai's `fine_tune` {run['cpu', 'fine_tune']['whole']:.0f} s; "
              f"the paper's baseline {run['cpu', 'baseline']['whole']:.0f} s.")
    readme = ' '.join((root/'README.md').read_text().split())   # the prose is wrapped at any word
    assert quoted in readme, f"README's speed sentence differs from results/bench_protocols.json; it should read: {quoted}"

def test_demo_time_quotes_the_committed_measurement():
    demo = json.loads((root/'results'/'demo_time.json').read_text())
    quoted = f"{demo['seconds']} s measured on {demo['threads']} threads of an {demo['cpu']}"
    readme = ' '.join((root/'README.md').read_text().split())
    assert quoted in readme, f"README's demo time differs from results/demo_time.json ({demo['date']}); it should say: {quoted}"
