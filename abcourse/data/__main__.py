"""Check data files: ``python -m abcourse.data book/data/*.yml``; exit 1 if any is wrong."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .files import ContentError, load
from .kinds import kind_for


def main(argv: Sequence[str] | None = None) -> int:
    """Check each file named; print ``ok`` or the problem; 1 if any is wrong, 2 if none named."""
    paths = list(argv if argv is not None else sys.argv[1:])
    if not paths:
        print("usage: python -m abcourse.data book/data/FILE.yml ...", file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        try:
            load(path, kind_for(path))
        except ContentError as error:
            failed += 1
            print(error, file=sys.stderr)
        else:
            print(f"{path}: ok")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
