"""Write README.md from nbs/index.ipynb (quarto, which `nbdev-readme` needs, is not available offline).
`python .ci/readme.py` writes it; `python .ci/readme.py --check` fails if README.md is out of date."""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
def render():
    out = []
    for c in json.loads((root/'nbs'/'index.ipynb').read_text())['cells']:
        src = ''.join(c['source']).strip()
        if not src or src.startswith('#|'): continue
        out.append(src if c['cell_type'] == 'markdown' else f'```python\n{src}\n```')
    return '\n\n'.join(out) + '\n\n<!-- generated from nbs/index.ipynb by .ci/readme.py: edit the notebook, not this file -->\n'

if __name__ == '__main__':
    text, readme = render(), root/'README.md'
    if '--check' in sys.argv:
        if readme.read_text() != text: sys.exit('README.md is out of date with nbs/index.ipynb: run `python .ci/readme.py`.')
    else: readme.write_text(text)
