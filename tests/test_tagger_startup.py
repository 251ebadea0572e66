"""pycrfsuite is imported without its training-only modules, and they still work when used.

refcheck.parser.tagger.import_pycrfsuite binds tempfile and fractions to stand-ins while
pycrfsuite loads (its extension imports them for training and model dumps only): the
check path does not pay for them, and training or Tagger.info() imports them on first use.
Run in a fresh interpreter, since pytest itself has imported both.
"""

from __future__ import annotations

import subprocess
import sys

CODE = r"""
import sys
from refcheck.parser.tagger import get_tagger
tagger = get_tagger()
assert "tempfile" not in sys.modules and "fractions" not in sys.modules, "imported at start-up"
print(tagger.tag([["w=smith", "case=title"], ["num=year"]]))
info = tagger.info()  # a model dump through a temporary file
assert info.state_features and info.transitions
import pycrfsuite, tempfile, os
trainer = pycrfsuite.Trainer(verbose=False)
trainer.append([["a"], ["b"]], ["x", "y"])
path = os.path.join(tempfile.mkdtemp(), "m.crfsuite")
trainer.train(path)  # parses the training log (fractions)
assert trainer.logparser.iterations
assert type(sys.modules["tempfile"]).__name__ == "module"
print("ok")
"""


def test_training_modules_deferred_and_working() -> None:
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("ok")


def test_model_info_equals_pycrfsuite_info() -> None:
    """The faster dump parser that constrained decoding reads the weights through gives
    exactly pycrfsuite's ParsedDump, for both shipped models."""
    import pycrfsuite

    from refcheck.parser.tagger import get_tagger, model_info, model_path

    assert isinstance(get_tagger(), pycrfsuite.Tagger)
    for name in ("tagger.crfsuite", "lines.crfsuite"):
        plain = pycrfsuite.Tagger()
        plain.open(str(model_path().with_name(name)))
        ours, theirs = model_info(plain), plain.info()
        for part in ("header", "labels", "attributes", "transitions", "state_features"):
            assert getattr(ours, part) == getattr(theirs, part), (name, part)
        assert ours.state_features
