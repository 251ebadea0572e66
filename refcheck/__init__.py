"""refcheck: make a paper's references trustworthy."""

__version__ = "0.1.2"
