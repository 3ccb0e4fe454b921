"The README's *What we found* follows from the registry: recomputed here, it must be the block the README holds."
from pathlib import Path
import importlib.util

root = Path(__file__).resolve().parent.parent

def test_readme_findings_follow_from_the_registry():
    spec = importlib.util.spec_from_file_location('readme', root/'.ci'/'readme.py')
    readme = importlib.util.module_from_spec(spec); spec.loader.exec_module(readme)
    block = readme.findings_block()
    assert block in (root/'README.md').read_text(), "README's What we found no longer follows from results/runs.csv: run `python .ci/readme.py --findings`."
