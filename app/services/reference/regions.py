"""Townships as the printed papers name them: the issuing centre and its mediation committee."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.printables import CentreInfo
from app.models import Region


def centre_of(session: Session, org_code: str) -> CentreInfo:
    """Return the issuing centre of a township."""
    town = session.scalars(select(Region).where(Region.code == org_code)).first()
    name = town.name if town else org_code
    return CentreInfo(
        name=f"岱岳区{name}社会治理综合服务中心",
        committee=f"{name}人民调解委员会",
    )
