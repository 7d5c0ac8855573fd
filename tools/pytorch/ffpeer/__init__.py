"""An independent PyTorch implementation of the Forward-Forward "paper" recipe (loeweX/Forward-Forward's semantics),
used to check FFRepro's training step numerically and to time FFRepro against PyTorch on the same shapes."""
