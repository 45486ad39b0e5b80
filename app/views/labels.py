"""The domain's fixed Chinese labels in the UI language.

app/domain has no Qt, so its enum labels are Chinese strings. This module repeats each one inside
QT_TRANSLATE_NOOP, with the enum's class name as the context, so `make i18n-update` puts them in
the catalogue; `enum_label()` and friends translate at display time. The same Chinese word in
two enums (登记 the status, 登记 the event) is two entries, so Linguist can word them apart
(tools/i18n_fill.py fills both with the one English of en_terms.tsv).
tests/gui/test_i18n_english.py checks that every label of every enum is in the catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.enums import LabelledEnum

_LISTED = (
    # app.domain.enums.RegionLevel
    QT_TRANSLATE_NOOP("RegionLevel", "区"),
    QT_TRANSLATE_NOOP("RegionLevel", "镇街"),
    QT_TRANSLATE_NOOP("RegionLevel", "村/社区"),
    # app.domain.enums.CaseKind
    QT_TRANSLATE_NOOP("CaseKind", "矛盾纠纷"),
    QT_TRANSLATE_NOOP("CaseKind", "信访·建议意见类"),
    QT_TRANSLATE_NOOP("CaseKind", "信访·检举控告类"),
    QT_TRANSLATE_NOOP("CaseKind", "信访·申诉求决类"),
    QT_TRANSLATE_NOOP("CaseKind", "民生诉求"),
    QT_TRANSLATE_NOOP("CaseKind", "咨询"),
    # app.domain.enums.Channel
    QT_TRANSLATE_NOOP("Channel", "走访"),
    QT_TRANSLATE_NOOP("Channel", "电话"),
    QT_TRANSLATE_NOOP("Channel", "书信"),
    QT_TRANSLATE_NOOP("Channel", "网上"),
    QT_TRANSLATE_NOOP("Channel", "网格员上报"),
    QT_TRANSLATE_NOOP("Channel", "部门移交"),
    QT_TRANSLATE_NOOP("Channel", "12345转办"),
    QT_TRANSLATE_NOOP("Channel", "诉前委派"),
    QT_TRANSLATE_NOOP("Channel", "警调移交"),
    # app.domain.enums.RiskGrade
    QT_TRANSLATE_NOOP("RiskGrade", "一般"),
    QT_TRANSLATE_NOOP("RiskGrade", "黄"),
    QT_TRANSLATE_NOOP("RiskGrade", "橙"),
    QT_TRANSLATE_NOOP("RiskGrade", "红"),
    # app.domain.enums.CaseStatus
    QT_TRANSLATE_NOOP("CaseStatus", "登记"),
    QT_TRANSLATE_NOOP("CaseStatus", "已受理"),
    QT_TRANSLATE_NOOP("CaseStatus", "待交办"),
    QT_TRANSLATE_NOOP("CaseStatus", "待签收"),
    QT_TRANSLATE_NOOP("CaseStatus", "办理中"),
    QT_TRANSLATE_NOOP("CaseStatus", "延期"),
    QT_TRANSLATE_NOOP("CaseStatus", "已办结"),
    QT_TRANSLATE_NOOP("CaseStatus", "待回访"),
    QT_TRANSLATE_NOOP("CaseStatus", "已评价"),
    QT_TRANSLATE_NOOP("CaseStatus", "已归档"),
    QT_TRANSLATE_NOOP("CaseStatus", "不予受理"),
    QT_TRANSLATE_NOOP("CaseStatus", "已移送"),
    # app.domain.enums.Outcome
    QT_TRANSLATE_NOOP("Outcome", "化解成功"),
    QT_TRANSLATE_NOOP("Outcome", "部分化解"),
    QT_TRANSLATE_NOOP("Outcome", "未化解·已引导诉讼仲裁"),
    QT_TRANSLATE_NOOP("Outcome", "不予受理"),
    QT_TRANSLATE_NOOP("Outcome", "移送"),
    # app.domain.enums.Satisfaction
    QT_TRANSLATE_NOOP("Satisfaction", "满意"),
    QT_TRANSLATE_NOOP("Satisfaction", "基本满意"),
    QT_TRANSLATE_NOOP("Satisfaction", "不满意"),
    # app.domain.enums.PartyRole
    QT_TRANSLATE_NOOP("PartyRole", "申请人"),
    QT_TRANSLATE_NOOP("PartyRole", "被申请人"),
    QT_TRANSLATE_NOOP("PartyRole", "第三人"),
    QT_TRANSLATE_NOOP("PartyRole", "代理人/代表"),
    # app.domain.enums.PartyType
    QT_TRANSLATE_NOOP("PartyType", "自然人"),
    QT_TRANSLATE_NOOP("PartyType", "单位"),
    # app.domain.enums.IdType
    QT_TRANSLATE_NOOP("IdType", "居民身份证"),
    QT_TRANSLATE_NOOP("IdType", "港澳居民居住证"),
    QT_TRANSLATE_NOOP("IdType", "台湾居民居住证"),
    QT_TRANSLATE_NOOP("IdType", "其他证件"),
    QT_TRANSLATE_NOOP("IdType", "未提供"),
    # app.domain.enums.Sex
    QT_TRANSLATE_NOOP("Sex", "男"),
    QT_TRANSLATE_NOOP("Sex", "女"),
    QT_TRANSLATE_NOOP("Sex", "未知"),
    # app.domain.enums.TimeUnit
    QT_TRANSLATE_NOOP("TimeUnit", "日"),
    QT_TRANSLATE_NOOP("TimeUnit", "工作日"),
    # app.domain.enums.WarningLevel
    QT_TRANSLATE_NOOP("WarningLevel", "正常"),
    QT_TRANSLATE_NOOP("WarningLevel", "黄色预警"),
    QT_TRANSLATE_NOOP("WarningLevel", "红色预警(超期)"),
    # app.domain.enums.Role
    QT_TRANSLATE_NOOP("Role", "窗口受理员"),
    QT_TRANSLATE_NOOP("Role", "部门承办人"),
    QT_TRANSLATE_NOOP("Role", "中心负责人"),
    QT_TRANSLATE_NOOP("Role", "区督导"),
    QT_TRANSLATE_NOOP("Role", "网格管理员"),
    QT_TRANSLATE_NOOP("Role", "预约管理员"),
    QT_TRANSLATE_NOOP("Role", "系统管理员"),
    # app.domain.enums.WorkerPost
    QT_TRANSLATE_NOOP("WorkerPost", "网格长"),
    QT_TRANSLATE_NOOP("WorkerPost", "专职网格员"),
    QT_TRANSLATE_NOOP("WorkerPost", "兼职网格员"),
    QT_TRANSLATE_NOOP("WorkerPost", "网格指导员"),
    QT_TRANSLATE_NOOP("WorkerPost", "协管力量"),
    # app.domain.enums.Shift
    QT_TRANSLATE_NOOP("Shift", "上午"),
    QT_TRANSLATE_NOOP("Shift", "下午"),
    QT_TRANSLATE_NOOP("Shift", "全天"),
    QT_TRANSLATE_NOOP("Shift", "夜间"),
    # app.domain.enums.DutyPost
    QT_TRANSLATE_NOOP("DutyPost", "矛调窗口"),
    QT_TRANSLATE_NOOP("DutyPost", "接访"),
    QT_TRANSLATE_NOOP("DutyPost", "网格巡查"),
    QT_TRANSLATE_NOOP("DutyPost", "应急值守"),
    QT_TRANSLATE_NOOP("DutyPost", "带班领导"),
    # app.domain.enums.SiteLevel
    QT_TRANSLATE_NOOP("SiteLevel", "区级平台"),
    QT_TRANSLATE_NOOP("SiteLevel", "镇街党校"),
    QT_TRANSLATE_NOOP("SiteLevel", "教学现场"),
    # app.domain.enums.BookingSlot
    QT_TRANSLATE_NOOP("BookingSlot", "上午 09:00–11:30"),
    QT_TRANSLATE_NOOP("BookingSlot", "下午 14:30–17:00"),
    # app.domain.enums.BookingStatus
    QT_TRANSLATE_NOOP("BookingStatus", "待审核"),
    QT_TRANSLATE_NOOP("BookingStatus", "已通过"),
    QT_TRANSLATE_NOOP("BookingStatus", "已驳回"),
    QT_TRANSLATE_NOOP("BookingStatus", "已取消"),
    QT_TRANSLATE_NOOP("BookingStatus", "已完成"),
    QT_TRANSLATE_NOOP("BookingStatus", "爽约"),
    # app.domain.enums.Activity
    QT_TRANSLATE_NOOP("Activity", "现场教学"),
    QT_TRANSLATE_NOOP("Activity", "党课"),
    QT_TRANSLATE_NOOP("Activity", "主题党日"),
    QT_TRANSLATE_NOOP("Activity", "重温入党誓词"),
    QT_TRANSLATE_NOOP("Activity", "专题培训"),
    # app.domain.enums.OpKind
    QT_TRANSLATE_NOOP("OpKind", "新增"),
    QT_TRANSLATE_NOOP("OpKind", "修改"),
    QT_TRANSLATE_NOOP("OpKind", "删除"),
    # app.domain.enums.EventType
    QT_TRANSLATE_NOOP("EventType", "登记"),
    QT_TRANSLATE_NOOP("EventType", "受理"),
    QT_TRANSLATE_NOOP("EventType", "快速处置"),
    QT_TRANSLATE_NOOP("EventType", "不予受理"),
    QT_TRANSLATE_NOOP("EventType", "移送"),
    QT_TRANSLATE_NOOP("EventType", "交办"),
    QT_TRANSLATE_NOOP("EventType", "签收"),
    QT_TRANSLATE_NOOP("EventType", "退回"),
    QT_TRANSLATE_NOOP("EventType", "改派"),
    QT_TRANSLATE_NOOP("EventType", "维持交办"),
    QT_TRANSLATE_NOOP("EventType", "办理进展"),
    QT_TRANSLATE_NOOP("EventType", "申请延期"),
    QT_TRANSLATE_NOOP("EventType", "批准延期"),
    QT_TRANSLATE_NOOP("EventType", "驳回延期"),
    QT_TRANSLATE_NOOP("EventType", "协办反馈"),
    QT_TRANSLATE_NOOP("EventType", "办结"),
    QT_TRANSLATE_NOOP("EventType", "回访评价"),
    QT_TRANSLATE_NOOP("EventType", "重办"),
    QT_TRANSLATE_NOOP("EventType", "归档"),
    QT_TRANSLATE_NOOP("EventType", "督办"),
    QT_TRANSLATE_NOOP("EventType", "催办"),
    QT_TRANSLATE_NOOP("EventType", "会商研判"),
    QT_TRANSLATE_NOOP("EventType", "升级督办"),
    QT_TRANSLATE_NOOP("EventType", "调解协议"),
    QT_TRANSLATE_NOOP("EventType", "司法确认提醒"),
    QT_TRANSLATE_NOOP("EventType", "打印"),
    QT_TRANSLATE_NOOP("EventType", "备注"),
    QT_TRANSLATE_NOOP("EventType", "更正"),
    QT_TRANSLATE_NOOP("EventType", "受理告知"),
    QT_TRANSLATE_NOOP("EventType", "处理意见书"),
    QT_TRANSLATE_NOOP("EventType", "复查申请"),
    QT_TRANSLATE_NOOP("EventType", "复查意见"),
    QT_TRANSLATE_NOOP("EventType", "复核申请"),
    QT_TRANSLATE_NOOP("EventType", "复核意见"),
    QT_TRANSLATE_NOOP("EventType", "信访终结"),
    # app.domain.enums.PetitionStage
    QT_TRANSLATE_NOOP("PetitionStage", "登记待转送交办"),
    QT_TRANSLATE_NOOP("PetitionStage", "待决定是否受理"),
    QT_TRANSLATE_NOOP("PetitionStage", "办理中"),
    QT_TRANSLATE_NOOP("PetitionStage", "不予受理"),
    QT_TRANSLATE_NOOP("PetitionStage", "已出具处理意见"),
    QT_TRANSLATE_NOOP("PetitionStage", "复查中"),
    QT_TRANSLATE_NOOP("PetitionStage", "已出具复查意见"),
    QT_TRANSLATE_NOOP("PetitionStage", "复核中"),
    QT_TRANSLATE_NOOP("PetitionStage", "已出具复核意见"),
    QT_TRANSLATE_NOOP("PetitionStage", "信访终结"),
    # app.domain.transfer.Queue
    QT_TRANSLATE_NOOP("Queue", "待交办"),
    QT_TRANSLATE_NOOP("Queue", "待签收"),
    QT_TRANSLATE_NOOP("Queue", "办理中"),
    QT_TRANSLATE_NOOP("Queue", "延期"),
    QT_TRANSLATE_NOOP("Queue", "待回访"),
    QT_TRANSLATE_NOOP("Queue", "已办结"),
    QT_TRANSLATE_NOOP("Queue", "超期预警"),
    QT_TRANSLATE_NOOP("Queue", "升级督办"),
    # app.domain.transfer.ReturnReason
    QT_TRANSLATE_NOOP("ReturnReason", "不属本部门职责"),
    QT_TRANSLATE_NOOP("ReturnReason", "不属本辖区"),
    QT_TRANSLATE_NOOP("ReturnReason", "材料不全、事实不清"),
    QT_TRANSLATE_NOOP("ReturnReason", "已进入诉讼、仲裁或行政复议程序"),
    QT_TRANSLATE_NOOP("ReturnReason", "重复交办"),
    QT_TRANSLATE_NOOP("ReturnReason", "其他"),
    # app.domain.transfer.CorrectedField
    QT_TRANSLATE_NOOP("CorrectedField", "事项摘要"),
    QT_TRANSLATE_NOOP("CorrectedField", "事实经过"),
    QT_TRANSLATE_NOOP("CorrectedField", "诉求"),
    QT_TRANSLATE_NOOP("CorrectedField", "类别"),
    QT_TRANSLATE_NOOP("CorrectedField", "姓名/名称"),
    QT_TRANSLATE_NOOP("CorrectedField", "联系电话"),
    QT_TRANSLATE_NOOP("CorrectedField", "地址"),
    QT_TRANSLATE_NOOP("CorrectedField", "证件号码"),
    # app.domain.transfer.SupervisionLevel
    QT_TRANSLATE_NOOP("SupervisionLevel", "一般督办"),
    QT_TRANSLATE_NOOP("SupervisionLevel", "重点督办"),
    QT_TRANSLATE_NOOP("SupervisionLevel", "挂牌督办"),
    # app.domain.intake.WindowAction
    QT_TRANSLATE_NOOP("WindowAction", "受理"),
    QT_TRANSLATE_NOOP("WindowAction", "快速处置"),
    QT_TRANSLATE_NOOP("WindowAction", "不予受理"),
    QT_TRANSLATE_NOOP("WindowAction", "移送"),
    # app.domain.permissions.Action
    QT_TRANSLATE_NOOP("Action", "登记案件"),
    QT_TRANSLATE_NOOP("Action", "修改考核权重"),
    QT_TRANSLATE_NOOP("Action", "修改职责清单"),
    QT_TRANSLATE_NOOP("Action", "提交预约"),
    QT_TRANSLATE_NOOP("Action", "审核预约"),
    QT_TRANSLATE_NOOP("Action", "登记预约结果"),
    QT_TRANSLATE_NOOP("Action", "取消或删除预约"),
    QT_TRANSLATE_NOOP("Action", "维护网格"),
    QT_TRANSLATE_NOOP("Action", "维护网格员"),
    QT_TRANSLATE_NOOP("Action", "调整网格员任职"),
    QT_TRANSLATE_NOOP("Action", "排班"),
    QT_TRANSLATE_NOOP("Action", "签到签退和巡查记录"),
    QT_TRANSLATE_NOOP("Action", "处理同步冲突"),
    QT_TRANSLATE_NOOP("Action", "查看完整证件号码和电话"),
    QT_TRANSLATE_NOOP("Action", "查看审计日志"),
    QT_TRANSLATE_NOOP("Action", "导出审计日志"),
    QT_TRANSLATE_NOOP("Action", "重置他人密码"),
    # app.domain.permissions.Scope
    QT_TRANSLATE_NOOP("Scope", "本镇街"),
    QT_TRANSLATE_NOOP("Scope", "区级"),
    # app.services.intake.idcard.ReaderKind
    QT_TRANSLATE_NOOP("ReaderKind", "不使用读卡器"),
    QT_TRANSLATE_NOOP("ReaderKind", "键盘式读卡器（自动输入号码）"),
    QT_TRANSLATE_NOOP("ReaderKind", "二代证读卡器（termb 接口）"),
    QT_TRANSLATE_NOOP("ReaderKind", "模拟读卡器（演示、培训）"),
)


def enum_label(member: LabelledEnum) -> str:
    """Return `member`'s label in the UI language."""
    return QCoreApplication.translate(type(member).__name__, member.label)


def enum_text(cls: type[LabelledEnum], value: str, fallback: str = "") -> str:
    """Return the label of `cls(value)` in the UI language; `fallback` (or `value`) if unknown."""
    member = cls._value2member_map_.get(value)
    if member is None:
        return fallback or value
    return enum_label(member)  # type: ignore[arg-type]


def enum_choices(
    cls: type[LabelledEnum], members: tuple[LabelledEnum, ...] | None = None
) -> list[tuple[str, str]]:
    """Return (value, label in the UI language) pairs of `members` (default: all of `cls`)."""
    return [(m.value, enum_label(m)) for m in (members if members is not None else tuple(cls))]
