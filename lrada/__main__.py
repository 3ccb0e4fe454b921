"`python -m lrada run ...` / `python -m lrada fit ...`: the same as the `lrada` console command"
from lrada.repro.cli import main
main()
