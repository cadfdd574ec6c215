"""Safety: input normalisation, red-flag and crisis triage, the personal-advice guard, and the fixed notices
(the disclaimer lives in `notices`, the one module of this package that serving may import)."""
