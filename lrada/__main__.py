"`python -m lrada fit ...` / `python -m lrada run ...`: the same as the `lrada` console command"
from lrada.cli import main
main()
