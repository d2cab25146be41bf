"""Learning from SQuAD-format files, for `make train` and the benches: reading the files, the "found"
decision's examples and fit, and the reader's training (torch is imported only when it runs).
"""

from qa._calibration import BOOTSTRAP, as_follow_up, examples, fit
from qa._reader_training import main as train_reader
from qa._squad import SquadArticle, SquadQuestion, read_squad

__all__ = ["BOOTSTRAP", "SquadArticle", "SquadQuestion", "as_follow_up", "examples", "fit", "read_squad",
           "train_reader"]
