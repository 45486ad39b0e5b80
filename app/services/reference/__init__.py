"""Reference data and first-run setup: the shipped district data, this device, its users.

Other features use these names from the package: `from app.services.reference import centre_of`.
"""

from app.services.reference.regions import centre_of
from app.services.reference.setup import ensure_device

__all__ = ["centre_of", "ensure_device"]
