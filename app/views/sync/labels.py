"""Human labels for what the conflict list shows: conflict kinds, tables and their fields.

A conflict names a synced table and one of its columns by their database names (`case_party`,
`lead_department_id`); reviewers read these labels instead, Chinese by default and English from
the catalogue. tests/gui/test_i18n_english.py checks that every column of every synced table has
a label here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SyncLabels"

KINDS = {
    "field": QT_TRANSLATE_NOOP("SyncLabels", "同字段修改"),
    "deleted": QT_TRANSLATE_NOOP("SyncLabels", "记录已删除"),
    "event": QT_TRANSLATE_NOOP("SyncLabels", "事件未生效"),
    "booking": QT_TRANSLATE_NOOP("SyncLabels", "预约冲突"),
    "rejected": QT_TRANSLATE_NOOP("SyncLabels", "被服务器拒绝"),
    "local": QT_TRANSLATE_NOOP("SyncLabels", "本机唯一值冲突"),
    "renumbered": QT_TRANSLATE_NOOP("SyncLabels", "受理编号已更改"),
}

ENTITIES = {
    "region": QT_TRANSLATE_NOOP("SyncLabels", "行政区划"),
    "department": QT_TRANSLATE_NOOP("SyncLabels", "部门"),
    "category": QT_TRANSLATE_NOOP("SyncLabels", "案件类别"),
    "duty_item": QT_TRANSLATE_NOOP("SyncLabels", "职责事项"),
    "routing_rule": QT_TRANSLATE_NOOP("SyncLabels", "分流规则"),
    "time_limit_rule": QT_TRANSLATE_NOOP("SyncLabels", "办理时限规则"),
    "person": QT_TRANSLATE_NOOP("SyncLabels", "人员"),
    "organisation": QT_TRANSLATE_NOOP("SyncLabels", "单位"),
    "case": QT_TRANSLATE_NOOP("SyncLabels", "案件"),
    "case_party": QT_TRANSLATE_NOOP("SyncLabels", "当事人"),
    "case_event": QT_TRANSLATE_NOOP("SyncLabels", "案件事件"),
    "attachment": QT_TRANSLATE_NOOP("SyncLabels", "附件"),
    "evaluation_weight": QT_TRANSLATE_NOOP("SyncLabels", "评价权重"),
    "grid": QT_TRANSLATE_NOOP("SyncLabels", "网格"),
    "grid_worker": QT_TRANSLATE_NOOP("SyncLabels", "网格员"),
    "grid_assignment": QT_TRANSLATE_NOOP("SyncLabels", "网格分配"),
    "duty_shift": QT_TRANSLATE_NOOP("SyncLabels", "值班"),
    "patrol_log": QT_TRANSLATE_NOOP("SyncLabels", "巡查日志"),
    "worker_leave": QT_TRANSLATE_NOOP("SyncLabels", "网格员请假"),
    "duty_rotation": QT_TRANSLATE_NOOP("SyncLabels", "轮换模板"),
    "edu_site": QT_TRANSLATE_NOOP("SyncLabels", "教育阵地"),
    "edu_room": QT_TRANSLATE_NOOP("SyncLabels", "阵地房间"),
    "booking": QT_TRANSLATE_NOOP("SyncLabels", "阵地预约"),
    "user": QT_TRANSLATE_NOOP("SyncLabels", "用户"),
}

# Column name → label; the same column name means the same thing in every table that has it,
# except where FIELDS_BY_ENTITY says otherwise.
FIELDS = {
    "id": QT_TRANSLATE_NOOP("SyncLabels", "记录标识"),
    "owner_org": QT_TRANSLATE_NOOP("SyncLabels", "所属镇街"),
    "created_at": QT_TRANSLATE_NOOP("SyncLabels", "创建时间"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncLabels", "删除时间"),
    "code": QT_TRANSLATE_NOOP("SyncLabels", "编码"),
    "name": QT_TRANSLATE_NOOP("SyncLabels", "名称"),
    "short": QT_TRANSLATE_NOOP("SyncLabels", "简称"),
    "level": QT_TRANSLATE_NOOP("SyncLabels", "层级"),
    "kind": QT_TRANSLATE_NOOP("SyncLabels", "类型"),
    "parent_id": QT_TRANSLATE_NOOP("SyncLabels", "上级区划"),
    "pinyin_initials": QT_TRANSLATE_NOOP("SyncLabels", "拼音首字母"),
    "name_initials": QT_TRANSLATE_NOOP("SyncLabels", "拼音首字母"),
    "name_pinyin": QT_TRANSLATE_NOOP("SyncLabels", "姓名拼音"),
    "active": QT_TRANSLATE_NOOP("SyncLabels", "启用"),
    "note": QT_TRANSLATE_NOOP("SyncLabels", "备注"),
    "stationing": QT_TRANSLATE_NOOP("SyncLabels", "驻点方式"),
    "phone": QT_TRANSLATE_NOOP("SyncLabels", "联系电话"),
    "limit_value": QT_TRANSLATE_NOOP("SyncLabels", "时限"),
    "limit_unit": QT_TRANSLATE_NOOP("SyncLabels", "时限单位"),
    "unit": QT_TRANSLATE_NOOP("SyncLabels", "时限单位"),
    "confidence": QT_TRANSLATE_NOOP("SyncLabels", "依据可信度"),
    "department_id": QT_TRANSLATE_NOOP("SyncLabels", "部门"),
    "category_id": QT_TRANSLATE_NOOP("SyncLabels", "案件类别"),
    "title": QT_TRANSLATE_NOOP("SyncLabels", "职责事项"),
    "basis": QT_TRANSLATE_NOOP("SyncLabels", "依据"),
    "lead_department_id": QT_TRANSLATE_NOOP("SyncLabels", "主办部门"),
    "assist_department_ids": QT_TRANSLATE_NOOP("SyncLabels", "协办部门"),
    "priority": QT_TRANSLATE_NOOP("SyncLabels", "优先级"),
    "step": QT_TRANSLATE_NOOP("SyncLabels", "办理环节"),
    "applies_to": QT_TRANSLATE_NOOP("SyncLabels", "适用范围"),
    "id_type": QT_TRANSLATE_NOOP("SyncLabels", "证件类型"),
    "id_number": QT_TRANSLATE_NOOP("SyncLabels", "证件号码"),
    "birth_date": QT_TRANSLATE_NOOP("SyncLabels", "出生日期"),
    "sex": QT_TRANSLATE_NOOP("SyncLabels", "性别"),
    "address": QT_TRANSLATE_NOOP("SyncLabels", "地址"),
    "village_id": QT_TRANSLATE_NOOP("SyncLabels", "村/社区"),
    "uscc": QT_TRANSLATE_NOOP("SyncLabels", "统一社会信用代码"),
    "legal_rep": QT_TRANSLATE_NOOP("SyncLabels", "法定代表人"),
    "case_no": QT_TRANSLATE_NOOP("SyncLabels", "受理编号"),
    "query_code": QT_TRANSLATE_NOOP("SyncLabels", "查询码"),
    "channel": QT_TRANSLATE_NOOP("SyncLabels", "来源渠道"),
    "town_id": QT_TRANSLATE_NOOP("SyncLabels", "镇街"),
    "grid_id": QT_TRANSLATE_NOOP("SyncLabels", "网格"),
    "occurred_at": QT_TRANSLATE_NOOP("SyncLabels", "发生时间"),
    "received_at": QT_TRANSLATE_NOOP("SyncLabels", "受理时间"),
    "summary": QT_TRANSLATE_NOOP("SyncLabels", "事项摘要"),
    "facts": QT_TRANSLATE_NOOP("SyncLabels", "反映情况"),
    "demands": QT_TRANSLATE_NOOP("SyncLabels", "诉求"),
    "people_count": QT_TRANSLATE_NOOP("SyncLabels", "涉及人数"),
    "is_group": QT_TRANSLATE_NOOP("SyncLabels", "群体性事件"),
    "risk_grade": QT_TRANSLATE_NOOP("SyncLabels", "风险等级"),
    "confidential": QT_TRANSLATE_NOOP("SyncLabels", "涉密"),
    "is_repeat": QT_TRANSLATE_NOOP("SyncLabels", "重复件"),
    "repeat_of_id": QT_TRANSLATE_NOOP("SyncLabels", "重复于"),
    "status": QT_TRANSLATE_NOOP("SyncLabels", "状态"),
    "due_at": QT_TRANSLATE_NOOP("SyncLabels", "办结期限"),
    "closed_at": QT_TRANSLATE_NOOP("SyncLabels", "办结时间"),
    "outcome": QT_TRANSLATE_NOOP("SyncLabels", "办理结果"),
    "satisfaction": QT_TRANSLATE_NOOP("SyncLabels", "满意度"),
    "deadline_at": QT_TRANSLATE_NOOP("SyncLabels", "当前期限"),
    "warn_at": QT_TRANSLATE_NOOP("SyncLabels", "预警时间"),
    "escalated": QT_TRANSLATE_NOOP("SyncLabels", "已升级督办"),
    "window_name": QT_TRANSLATE_NOOP("SyncLabels", "受理窗口"),
    "clerk_id": QT_TRANSLATE_NOOP("SyncLabels", "受理人"),
    "device_code": QT_TRANSLATE_NOOP("SyncLabels", "设备代号"),
    "is_demo": QT_TRANSLATE_NOOP("SyncLabels", "演示数据"),
    "case_id": QT_TRANSLATE_NOOP("SyncLabels", "案件"),
    "role": QT_TRANSLATE_NOOP("SyncLabels", "角色"),
    "party_type": QT_TRANSLATE_NOOP("SyncLabels", "当事人类型"),
    "person_id": QT_TRANSLATE_NOOP("SyncLabels", "人员"),
    "organisation_id": QT_TRANSLATE_NOOP("SyncLabels", "单位"),
    "represents_id": QT_TRANSLATE_NOOP("SyncLabels", "代理对象"),
    "type": QT_TRANSLATE_NOOP("SyncLabels", "事件类型"),
    "at": QT_TRANSLATE_NOOP("SyncLabels", "发生时间"),
    "actor_id": QT_TRANSLATE_NOOP("SyncLabels", "经办人"),
    "actor_name": QT_TRANSLATE_NOOP("SyncLabels", "经办人姓名"),
    "base_case_version": QT_TRANSLATE_NOOP("SyncLabels", "依据的案件版本"),
    "payload": QT_TRANSLATE_NOOP("SyncLabels", "事件内容"),
    "no_effect": QT_TRANSLATE_NOOP("SyncLabels", "未生效"),
    "server_seq": QT_TRANSLATE_NOOP("SyncLabels", "服务器序号"),
    "event_id": QT_TRANSLATE_NOOP("SyncLabels", "所属事件"),
    "filename": QT_TRANSLATE_NOOP("SyncLabels", "文件名"),
    "mime": QT_TRANSLATE_NOOP("SyncLabels", "文件类型"),
    "size": QT_TRANSLATE_NOOP("SyncLabels", "文件大小"),
    "sha256": QT_TRANSLATE_NOOP("SyncLabels", "校验值"),
    "metric": QT_TRANSLATE_NOOP("SyncLabels", "评价指标"),
    "weight": QT_TRANSLATE_NOOP("SyncLabels", "权重"),
    "households": QT_TRANSLATE_NOOP("SyncLabels", "户数"),
    "area": QT_TRANSLATE_NOOP("SyncLabels", "网格范围"),
    "complaint_phone": QT_TRANSLATE_NOOP("SyncLabels", "投诉监督电话"),
    "post": QT_TRANSLATE_NOOP("SyncLabels", "岗位"),
    "joined_on": QT_TRANSLATE_NOOP("SyncLabels", "入职日期"),
    "worker_id": QT_TRANSLATE_NOOP("SyncLabels", "网格员"),
    "start_date": QT_TRANSLATE_NOOP("SyncLabels", "开始日期"),
    "end_date": QT_TRANSLATE_NOOP("SyncLabels", "结束日期"),
    "date": QT_TRANSLATE_NOOP("SyncLabels", "日期"),
    "shift": QT_TRANSLATE_NOOP("SyncLabels", "班次"),
    "person_name": QT_TRANSLATE_NOOP("SyncLabels", "值班人员姓名"),
    "place": QT_TRANSLATE_NOOP("SyncLabels", "地点"),
    "signed_in_at": QT_TRANSLATE_NOOP("SyncLabels", "签到时间"),
    "signed_out_at": QT_TRANSLATE_NOOP("SyncLabels", "签退时间"),
    "substitute_id": QT_TRANSLATE_NOOP("SyncLabels", "替班人员"),
    "issue": QT_TRANSLATE_NOOP("SyncLabels", "发现问题"),
    "action": QT_TRANSLATE_NOOP("SyncLabels", "处置措施"),
    "result": QT_TRANSLATE_NOOP("SyncLabels", "处置结果"),
    "description": QT_TRANSLATE_NOOP("SyncLabels", "简介"),
    "guide_available": QT_TRANSLATE_NOOP("SyncLabels", "可提供讲解"),
    "site_id": QT_TRANSLATE_NOOP("SyncLabels", "阵地"),
    "capacity": QT_TRANSLATE_NOOP("SyncLabels", "容纳人数"),
    "room_id": QT_TRANSLATE_NOOP("SyncLabels", "房间"),
    "org_name": QT_TRANSLATE_NOOP("SyncLabels", "预约单位"),
    "contact_name": QT_TRANSLATE_NOOP("SyncLabels", "联系人"),
    "contact_phone": QT_TRANSLATE_NOOP("SyncLabels", "联系人电话"),
    "headcount": QT_TRANSLATE_NOOP("SyncLabels", "参加人数"),
    "audience": QT_TRANSLATE_NOOP("SyncLabels", "参加对象"),
    "slot": QT_TRANSLATE_NOOP("SyncLabels", "时段"),
    "starts_at": QT_TRANSLATE_NOOP("SyncLabels", "开始时间"),
    "ends_at": QT_TRANSLATE_NOOP("SyncLabels", "结束时间"),
    "activity": QT_TRANSLATE_NOOP("SyncLabels", "活动类型"),
    "topic": QT_TRANSLATE_NOOP("SyncLabels", "活动主题"),
    "guide_needed": QT_TRANSLATE_NOOP("SyncLabels", "需要讲解员"),
    "confirmed": QT_TRANSLATE_NOOP("SyncLabels", "已确认"),
    "attended": QT_TRANSLATE_NOOP("SyncLabels", "实到人数"),
    "rating": QT_TRANSLATE_NOOP("SyncLabels", "活动评价"),
    "reason": QT_TRANSLATE_NOOP("SyncLabels", "理由"),
    "group_id": QT_TRANSLATE_NOOP("SyncLabels", "同批预约"),
    "series_id": QT_TRANSLATE_NOOP("SyncLabels", "重复预约系列"),
    "username": QT_TRANSLATE_NOOP("SyncLabels", "用户名"),
    "display_name": QT_TRANSLATE_NOOP("SyncLabels", "显示姓名"),
    "password_hash": QT_TRANSLATE_NOOP("SyncLabels", "密码"),
}

FIELDS_BY_ENTITY = {
    ("person", "name"): QT_TRANSLATE_NOOP("SyncLabels", "姓名"),
    ("grid_worker", "name"): QT_TRANSLATE_NOOP("SyncLabels", "姓名"),
    ("worker_leave", "reason"): QT_TRANSLATE_NOOP("SyncLabels", "事由"),
    ("duty_rotation", "name"): QT_TRANSLATE_NOOP("SyncLabels", "模板名称"),
    ("duty_rotation", "days"): QT_TRANSLATE_NOOP("SyncLabels", "轮换周期（天）"),
    ("duty_rotation", "pattern"): QT_TRANSLATE_NOOP("SyncLabels", "轮换排班"),
    ("case_party", "name"): QT_TRANSLATE_NOOP("SyncLabels", "当事人姓名或名称"),
    ("case", "kind"): QT_TRANSLATE_NOOP("SyncLabels", "案件类型"),
    ("edu_room", "kind"): QT_TRANSLATE_NOOP("SyncLabels", "房间类型"),
    ("case", "town_id"): QT_TRANSLATE_NOOP("SyncLabels", "发生地镇街"),
    ("case", "village_id"): QT_TRANSLATE_NOOP("SyncLabels", "发生地村/社区"),
    ("case_event", "department_id"): QT_TRANSLATE_NOOP("SyncLabels", "经办部门"),
    ("booking", "status"): QT_TRANSLATE_NOOP("SyncLabels", "预约状态"),
}

# Fixed reasons the server and this device give; other reasons (a rule's own message) pass as
# they are.
REASONS = (
    QT_TRANSLATE_NOOP("SyncLabels", "记录已被删除"),
    QT_TRANSLATE_NOOP("SyncLabels", "同一字段已被其他设备修改，保留先提交的值"),
    QT_TRANSLATE_NOOP("SyncLabels", "服务器上的记录与本机记录的唯一值冲突，未能写入本机"),
    QT_TRANSLATE_NOOP("SyncLabels", "受理编号已被本镇另一案件使用，本案已改用新编号，请告知当事人"),
    QT_TRANSLATE_NOOP("SyncLabels", "服务器无法保存这条修改"),
    QT_TRANSLATE_NOOP("SyncLabels", "这条记录与服务器上已有的记录重复（如同名用户），未能保存"),
    QT_TRANSLATE_NOOP("SyncLabels", "本机记录与服务器上已有的记录重复，本机记录已暂时改用其他编号"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    """Return the label of a conflict kind (the code itself when unknown)."""
    return _tr(KINDS[kind]) if kind in KINDS else kind


def entity_label(entity: str) -> str:
    """Return the label of a synced table (its name when unknown)."""
    return _tr(ENTITIES[entity]) if entity in ENTITIES else entity


def field_text(entity: str, field: str) -> str | None:
    """Return the Chinese label of column `field` of table `entity`, or None when unknown."""
    return FIELDS_BY_ENTITY.get((entity, field)) or FIELDS.get(field)


def field_label(entity: str, field: str) -> str:
    """Return the label of column `field` of table `entity` (the name itself when unknown)."""
    text = field_text(entity, field)
    return _tr(text) if text else field


def reason_text(reason: str) -> str:
    """Return a conflict's reason in the UI language when it is one of the fixed ones."""
    return _tr(reason) if reason in REASONS else reason
