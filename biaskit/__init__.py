"""biaskit: media-bias and sentiment analysis per actor, outlet and paragraph."""

__version__ = "0.1.0"
