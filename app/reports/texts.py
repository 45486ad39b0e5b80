"""Fixed wording printed on documents: statutory rights, privacy notice, copy notes."""

from __future__ import annotations

# 《中华人民共和国人民调解法》第二十三条 and 第四条 (statutory text).
MEDIATION_RIGHTS = (
    "依照《中华人民共和国人民调解法》第二十三条，当事人在人民调解活动中享有下列权利："
    "（一）选择或者接受人民调解员；（二）接受调解、拒绝调解或者要求终止调解；"
    "（三）要求调解公开进行或者不公开进行；（四）自主表达意愿、自愿达成调解协议。"
    "依照该法第四条，人民调解委员会调解民间纠纷，不收取任何费用。"
)

# PIPL arts. 13(3), 34, 35: processing under statutory duty, limited to need, with notice.
PRIVACY_NOTICE = (
    "个人信息告知：本中心依法履行职责收集您的个人信息，仅用于本事项的受理、办理、回访和统计，"
    "不作他用，依法予以保密；本回执上的证件号码和电话已作隐去处理。"
    "您可以向本中心查阅、更正您的个人信息。"
)

AGREEMENT_COPIES = "本协议一式三份，双方当事人各执一份，调解委员会留存一份。"

AGREEMENT_EFFECT = (
    "本协议经双方当事人签名（盖章或按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。"
    "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。"
)

JUDICIAL_CONFIRMATION = (
    "依照《中华人民共和国人民调解法》第三十三条，双方当事人认为有必要的，可以自本协议生效之日起"
    "三十日内共同向人民法院申请司法确认。人民法院依法确认调解协议有效，一方当事人拒绝履行或者"
    "未全部履行的，对方当事人可以向人民法院申请强制执行。"
)

RECEIPT_KEEP = "请妥善保管本回执，查询、补充材料或领取结果时请出示。"


def progress_hint(phone: str, case_no: str, query_code: str) -> str:
    """Return how a resident asks about progress: phone, case number and 查询码."""
    via_phone = f"拨打 {phone} " if phone else ""
    return (
        f"查询办理进度：请{via_phone}或到中心窗口，提供受理编号 {case_no} 和查询码 {query_code}；"
        "也可扫描本回执上的二维码。"
    )
