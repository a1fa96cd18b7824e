"""Entry point for ``python -m biaskit``."""

from biaskit.cli import main

if __name__ == "__main__":
    main()
