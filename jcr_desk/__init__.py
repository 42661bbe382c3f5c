"""JCR Desk: the desktop workbench on which credit-rating analysts prepare rating committees."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("jcr-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "JCR Desk"
ORG_NAME = "JCR Desk"
