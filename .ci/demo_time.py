"""Time the README's main job as a new user runs it and write results/demo_time.json, which the README quotes.
A fresh fastai home (CIFAR-10 extracted again from `$LRADA_ARCHIVES`, the weights from `$LRADA_WEIGHTS`) and a fresh
output folder: `python .ci/demo_time.py` on an otherwise idle machine."""
import json, os, subprocess, sys, tempfile, time
from pathlib import Path

root = Path(__file__).resolve().parent.parent
COMMAND = ['lrada', 'run', 'results', '--scale', 'demo']

if __name__ == '__main__':
    from lrada.repro.provenance import provenance, cpu_class
    with tempfile.TemporaryDirectory() as home:
        start = time.perf_counter()
        r = subprocess.run([sys.executable, '-m', *COMMAND, '--out', f'{home}/out'], env={**os.environ, 'FASTAI_HOME': home},
                           capture_output=True, text=True)
        seconds = time.perf_counter() - start
    if r.returncode: sys.exit(f"{' '.join(COMMAND)} failed:\n{r.stderr[-2000:]}")
    p = provenance()
    out = dict(command=' '.join(COMMAND), seconds=round(seconds), cpu=cpu_class(), threads=os.cpu_count(), commit=p['commit'], date=p['date'])
    (root/'results'/'demo_time.json').write_text(json.dumps(out, indent=1) + '\n')
    print(out)
