"""Enumerations of the domain. Values are the stored codes; labels are Chinese display text."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Chinese label for screens and slips."""

    label: str

    def __new__(cls, value: str, label: str = "") -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label or value
        return obj

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """Return (value, label) pairs in declaration order."""
        return [(m.value, m.label) for m in cls]


class RegionLevel(LabelledEnum):
    DISTRICT = "district", "区"
    TOWN = "town", "镇街"
    VILLAGE = "village", "村/社区"


class CaseKind(LabelledEnum):
    DISPUTE = "dispute", "矛盾纠纷"
    PETITION_SUGGESTION = "petition_suggestion", "信访·建议意见类"
    PETITION_ACCUSATION = "petition_accusation", "信访·检举控告类"
    PETITION_CLAIM = "petition_claim", "信访·申诉求决类"
    HELP = "help", "民生诉求"
    CONSULTATION = "consultation", "咨询"


class Channel(LabelledEnum):
    WALK_IN = "walk_in", "走访"
    PHONE = "phone", "电话"
    LETTER = "letter", "书信"
    ONLINE = "online", "网上"
    GRID = "grid", "网格员上报"
    DEPARTMENT = "department", "部门移交"
    HOTLINE_12345 = "hotline_12345", "12345转办"
    COURT = "court", "诉前委派"
    POLICE = "police", "警调移交"


class RiskGrade(LabelledEnum):
    NONE = "none", "一般"
    YELLOW = "yellow", "黄"
    ORANGE = "orange", "橙"
    RED = "red", "红"


class CaseStatus(LabelledEnum):
    REGISTERED = "registered", "登记"
    ACCEPTED = "accepted", "已受理"
    TO_DISPATCH = "to_dispatch", "待交办"
    TO_SIGN = "to_sign", "待签收"
    IN_PROGRESS = "in_progress", "办理中"
    EXTENDED = "extended", "延期"
    CLOSED = "closed", "已办结"
    TO_REVISIT = "to_revisit", "待回访"
    EVALUATED = "evaluated", "已评价"
    ARCHIVED = "archived", "已归档"
    REJECTED = "rejected", "不予受理"
    TRANSFERRED_OUT = "transferred_out", "已移送"


class Outcome(LabelledEnum):
    RESOLVED = "resolved", "化解成功"
    PARTLY = "partly", "部分化解"
    GUIDED = "guided", "未化解·已引导诉讼仲裁"
    NOT_ACCEPTED = "not_accepted", "不予受理"
    TRANSFERRED = "transferred", "移送"


class Satisfaction(LabelledEnum):
    SATISFIED = "satisfied", "满意"
    BASIC = "basic", "基本满意"
    UNSATISFIED = "unsatisfied", "不满意"


class PartyRole(LabelledEnum):
    APPLICANT = "applicant", "申请人"
    RESPONDENT = "respondent", "被申请人"
    THIRD = "third", "第三人"
    REPRESENTATIVE = "representative", "代理人/代表"


class PartyType(LabelledEnum):
    PERSON = "person", "自然人"
    ORGANISATION = "organisation", "单位"


class IdType(LabelledEnum):
    RESIDENT = "resident", "居民身份证"
    HKMO_PERMIT = "hkmo_permit", "港澳居民居住证"
    TW_PERMIT = "tw_permit", "台湾居民居住证"
    OTHER = "other", "其他证件"
    NONE = "none", "未提供"


class Sex(LabelledEnum):
    MALE = "M", "男"
    FEMALE = "F", "女"
    UNKNOWN = "U", "未知"


class TimeUnit(LabelledEnum):
    DAYS = "日", "日"
    WORKING_DAYS = "工作日", "工作日"


class WarningLevel(LabelledEnum):
    NONE = "none", "正常"
    YELLOW = "yellow", "黄色预警"
    RED = "red", "红色预警(超期)"


class Role(LabelledEnum):
    FRONT_DESK = "front_desk", "窗口受理员"
    HANDLER = "handler", "部门承办人"
    SUPERVISOR = "supervisor", "中心负责人"
    DISTRICT_SUPERVISOR = "district_supervisor", "区督导"
    GRID_COORDINATOR = "grid_coordinator", "网格管理员"
    BOOKING_CLERK = "booking_clerk", "预约管理员"
    ADMIN = "admin", "系统管理员"


class WorkerPost(LabelledEnum):
    GRID_HEAD = "grid_head", "网格长"
    FULL_TIME = "full_time", "专职网格员"
    PART_TIME = "part_time", "兼职网格员"
    INSTRUCTOR = "instructor", "网格指导员"
    ASSISTANT = "assistant", "协管力量"


class Shift(LabelledEnum):
    MORNING = "morning", "上午"
    AFTERNOON = "afternoon", "下午"
    FULL_DAY = "full_day", "全天"
    NIGHT = "night", "夜间"


class DutyPost(LabelledEnum):
    WINDOW = "window", "矛调窗口"
    RECEPTION = "reception", "接访"
    PATROL = "patrol", "网格巡查"
    EMERGENCY = "emergency", "应急值守"
    LEADER = "leader", "带班领导"


class SiteLevel(LabelledEnum):
    DISTRICT_PLATFORM = "district_platform", "区级平台"
    TOWN_SCHOOL = "town_school", "镇街党校"
    TEACHING_SITE = "teaching_site", "教学现场"


class BookingSlot(LabelledEnum):
    MORNING = "am", "上午 09:00–11:30"
    AFTERNOON = "pm", "下午 14:30–17:00"


class BookingStatus(LabelledEnum):
    PENDING = "pending", "待审核"
    APPROVED = "approved", "已通过"
    REJECTED = "rejected", "已驳回"
    CANCELLED = "cancelled", "已取消"
    COMPLETED = "completed", "已完成"
    NO_SHOW = "no_show", "爽约"


class Activity(LabelledEnum):
    FIELD_TEACHING = "field_teaching", "现场教学"
    PARTY_LECTURE = "party_lecture", "党课"
    THEME_DAY = "theme_day", "主题党日"
    OATH = "oath", "重温入党誓词"
    TRAINING = "training", "专题培训"


class OpKind(LabelledEnum):
    INSERT = "insert", "新增"
    UPDATE = "update", "修改"
    DELETE = "delete", "删除"


class EventType(LabelledEnum):
    """Every kind of case event. The fold in app/services/workflow gives them meaning."""

    REGISTER = "register", "登记"
    ACCEPT = "accept", "受理"
    QUICK_RESOLVE = "quick_resolve", "快速处置"
    REJECT = "reject", "不予受理"
    TRANSFER_OUT = "transfer_out", "移送"
    DISPATCH = "dispatch", "交办"
    SIGN = "sign", "签收"
    RETURN = "return", "退回"
    RULE_REASSIGN = "rule_reassign", "改派"
    RULE_INSIST = "rule_insist", "维持交办"
    PROGRESS = "progress", "办理进展"
    EXTEND_REQUEST = "extend_request", "申请延期"
    EXTEND_APPROVE = "extend_approve", "批准延期"
    EXTEND_DENY = "extend_deny", "驳回延期"
    ASSIST_REPORT = "assist_report", "协办反馈"
    CLOSE = "close", "办结"
    REVISIT = "revisit", "回访评价"
    REOPEN = "reopen", "重办"
    ARCHIVE = "archive", "归档"
    SUPERVISE = "supervise", "督办"
    URGE = "urge", "催办"
    CONSULT = "consult", "会商研判"
    ESCALATE = "escalate", "升级督办"
    MEDIATION_AGREEMENT = "mediation_agreement", "调解协议"
    JUDICIAL_REMINDER = "judicial_reminder", "司法确认提醒"
    PRINT = "print", "打印"
    NOTE = "note", "备注"
    CORRECT = "correct", "更正"
    # 信访 statutory path (信访工作条例 2022 arts. 22-23, 34-36; docs/PETITIONS.md)
    ACCEPTANCE_NOTICE = "acceptance_notice", "受理告知"
    PETITION_OPINION = "petition_opinion", "处理意见书"
    REVIEW_REQUEST = "review_request", "复查申请"
    REVIEW_OPINION = "review_opinion", "复查意见"
    RECHECK_REQUEST = "recheck_request", "复核申请"
    RECHECK_OPINION = "recheck_opinion", "复核意见"
    PETITION_FINAL = "petition_final", "信访终结"


class PetitionStage(LabelledEnum):
    """Where a 信访 case stands on its statutory path (derived from its events)."""

    ROUTING = "routing", "登记待转送交办"
    ACCEPTANCE = "acceptance", "待决定是否受理"
    HANDLING = "handling", "办理中"
    NOT_ACCEPTED = "not_accepted", "不予受理"
    OPINION = "opinion", "已出具处理意见"
    REVIEW = "review", "复查中"
    REVIEW_OPINION = "review_opinion", "已出具复查意见"
    RECHECK = "recheck", "复核中"
    RECHECK_OPINION = "recheck_opinion", "已出具复核意见"
    FINAL = "final", "信访终结"
