"""JCR Desk: the desktop workbench on which credit-rating analysts prepare rating committees."""

__version__ = "0.1.0"

APP_NAME = "JCR Desk"
ORG_NAME = "JCR Desk"
