__version__ = "0.1.0"

def __getattr__(name):
    # `lrada.load_model(path)` without making `import lrada` import fastai
    if name == 'load_model':
        from .recipe import load_model
        return load_model
    raise AttributeError(f"module 'lrada' has no attribute {name!r}")
