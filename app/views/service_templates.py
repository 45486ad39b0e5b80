"""Every template of the services' and sync's messages, listed for lupdate.

app/services and app/sync have no Qt, so lupdate cannot read them; this list repeats each
template inside QT_TRANSLATE_NOOP under one context. tests/gui/test_service_messages.py reads
the services' source and fails when one is missing here, unused, or without English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    # app.services.common.attachments
    QT_TRANSLATE_NOOP("ServiceMessages", "找不到文件：{name}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "不是文件：{name}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "附件“{name}”有{size} MB，超过上限{most} MB；请压缩或分页扫描后再添加"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "扫描件“{name}”有{size} MB，超过上限{most} MB"),
    # app.services.accounts
    QT_TRANSLATE_NOOP("ServiceMessages", "密码至少8位"),
    QT_TRANSLATE_NOOP("ServiceMessages", "密码不能超过128位"),
    QT_TRANSLATE_NOOP("ServiceMessages", "密码须同时包含字母和数字或符号"),
    QT_TRANSLATE_NOOP("ServiceMessages", "密码不能包含用户名"),
    QT_TRANSLATE_NOOP("ServiceMessages", "本机已设置过密码，请用账号登录"),
    QT_TRANSLATE_NOOP("ServiceMessages", "两次输入的密码不一致"),
    QT_TRANSLATE_NOOP("ServiceMessages", "用户名或密码不正确"),
    QT_TRANSLATE_NOOP("ServiceMessages", "连续输错密码次数过多，账号已锁定，请{minutes}分钟后再试"),
    QT_TRANSLATE_NOOP("ServiceMessages", "连续{n}次输错密码，账号已锁定{minutes}分钟"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该账号尚未设置密码，请联系系统管理员重置密码"),
    QT_TRANSLATE_NOOP("ServiceMessages", "用户名或密码不正确（再错{left}次将锁定账号）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请先登录"),
    QT_TRANSLATE_NOOP("ServiceMessages", "原密码不正确"),
    QT_TRANSLATE_NOOP("ServiceMessages", "两次输入的新密码不一致"),
    QT_TRANSLATE_NOOP("ServiceMessages", "新密码不能与原密码相同"),
    QT_TRANSLATE_NOOP("ServiceMessages", "没有这个用户"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "本机已设置密码，自检和测试登录只能用于示例数据库或新数据库"
    ),
    # app.services.audit
    QT_TRANSLATE_NOOP("ServiceMessages", "审计链完整：共{n}条记录，逐条校验通过"),
    QT_TRANSLATE_NOOP("ServiceMessages", "审计链在第{seq}条处断开：该条或之前的记录被改动或删除"),
    # app.services.permissions
    QT_TRANSLATE_NOOP("ServiceMessages", "“{role}”无权{action}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只有区级账号可以{action}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "不能{action}：数据属于其他镇街"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只能以本部门名义{action}"),
    # app.services.workflow (township check)
    QT_TRANSLATE_NOOP("ServiceMessages", "不能处理其他镇街的案件"),
    # app.services.backups
    QT_TRANSLATE_NOOP("ServiceMessages", "找不到数据库文件：{name}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "找不到备份文件：{name}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "“{name}”不是一站的备份文件"),
    QT_TRANSLATE_NOOP("ServiceMessages", "备份文件“{name}”已损坏（完整性检查未通过）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "恢复后的数据库完整性检查未通过，请用“恢复前”的备份还原"),
    # app.services.bookings.rules
    QT_TRANSLATE_NOOP("ServiceMessages", "上午"),
    QT_TRANSLATE_NOOP("ServiceMessages", "下午"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{month}月{day}日 {slot} · {room}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{room}{month}月{day}日{slot}已被“{org}”预约（已通过）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{taken}；当天本阵地没有其他空闲时段或房间，请另选日期"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{taken}。可选空闲：{free}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{conflict}。请驳回本预约并告知对方改约。"),
    # app.services.bookings.recurrence
    QT_TRANSLATE_NOOP("ServiceMessages", "重复次数应为1到{most}次"),
    QT_TRANSLATE_NOOP("ServiceMessages", "每月第几个星期几的设置不对"),
    QT_TRANSLATE_NOOP("ServiceMessages", "每隔几周应为1到8周"),
    QT_TRANSLATE_NOOP("ServiceMessages", "所有日期都无法预约：{reasons}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{month}月{day}日：{problem}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该重复预约系列不存在或已删除"),
    # app.services.bookings.editing
    QT_TRANSLATE_NOOP("ServiceMessages", "只有待审核或已通过的预约可以修改"),
    QT_TRANSLATE_NOOP("ServiceMessages", "活动时段已经开始，不能再修改"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "预约已通过审核，已锁定；如需修改请联系阵地管理员，或取消后重新预约"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "只能修改本镇街提交的预约"),
    QT_TRANSLATE_NOOP("ServiceMessages", "参加人数{n}人超过所订房间的容量{seats}人"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该系列没有尚未开始的预约可以修改"),
    # app.services.bookings.offline and usage
    QT_TRANSLATE_NOOP("ServiceMessages", "只有被退回的预约可以改约"),
    QT_TRANSLATE_NOOP("ServiceMessages", "所选阵地不存在或已删除"),
    QT_TRANSLATE_NOOP("ServiceMessages", "月份不对"),
    # app.services.bookings.states
    QT_TRANSLATE_NOOP("ServiceMessages", "通过"),
    QT_TRANSLATE_NOOP("ServiceMessages", "驳回"),
    QT_TRANSLATE_NOOP("ServiceMessages", "取消"),
    QT_TRANSLATE_NOOP("ServiceMessages", "标记为已完成"),
    QT_TRANSLATE_NOOP("ServiceMessages", "标记为爽约"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只有{allowed}的预约可以{verb}，该预约当前为“{status}”"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该预约时段已经开始，不能再审核通过；请驳回或取消"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写驳回理由，便于告知预约单位"),
    QT_TRANSLATE_NOOP("ServiceMessages", "驳回理由不能超过500个字（现在{n}个）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "活动时段已经开始，不能取消；请标记为已完成或爽约"),
    QT_TRANSLATE_NOOP("ServiceMessages", "活动尚未开始，不能标记为已完成"),
    QT_TRANSLATE_NOOP("ServiceMessages", "实到人数至少为1人；无人到场请标记为爽约"),
    QT_TRANSLATE_NOOP("ServiceMessages", "实到{attended}人远超预约的{headcount}人，请核对"),
    QT_TRANSLATE_NOOP("ServiceMessages", "评价应为1–5星"),
    QT_TRANSLATE_NOOP("ServiceMessages", "活动尚未开始，不能标记为爽约；如对方不来请取消预约"),
    QT_TRANSLATE_NOOP("ServiceMessages", "“{status}”的预约不能删除；已通过的请先取消"),
    # app.services.bookings.validate
    QT_TRANSLATE_NOOP("ServiceMessages", "所选房间不存在或已停用，请重新选择"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label}不能超过{most}个字（现在{n}个）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "同一预约的多个房间须属于同一阵地"),
    QT_TRANSLATE_NOOP("ServiceMessages", "参加人数至少为1人"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "参加人数{n}人超过{room}的容量{seats}人，请分批预约、加选房间或选择更大的房间",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "参加人数{n}人超过所选{rooms}个房间的合计容量{seats}人"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择上午或下午时段"),
    QT_TRANSLATE_NOOP("ServiceMessages", "预约日期{month}月{day}日已过，请选择今天以后的日期"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该时段已经开始，不能再预约"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只能预约{days}天以内的日期"),
    QT_TRANSLATE_NOOP("ServiceMessages", "预约单位"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写预约单位（党委/党总支/党支部名称）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "联系人"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写联系人姓名"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写联系人的手机号码（11位），便于通知审核结果"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择活动类型"),
    QT_TRANSLATE_NOOP("ServiceMessages", "参加对象"),
    QT_TRANSLATE_NOOP("ServiceMessages", "活动主题"),
    # app.services.bookings.booking
    QT_TRANSLATE_NOOP("ServiceMessages", "该预约不存在或已删除"),
    # app.services.common.deadlines
    QT_TRANSLATE_NOOP("ServiceMessages", "期限不能为负数"),
    # app.services.transfer.duty_list
    QT_TRANSLATE_NOOP("ServiceMessages", "无法读取Excel文件：{error}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "工作簿中没有“{departments}”“{tasks}”“{routing}”任一工作表的数据"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "编码和名称不能为空"),
    QT_TRANSLATE_NOOP("ServiceMessages", "层级应为“{town}”或“{district}”，而不是“{value}”"),
    QT_TRANSLATE_NOOP("ServiceMessages", "启用应填“{yes}”或“{no}”，而不是“{value}”"),
    QT_TRANSLATE_NOOP("ServiceMessages", "部门编码{code}重复"),
    QT_TRANSLATE_NOOP("ServiceMessages", "编码和职责事项不能为空"),
    QT_TRANSLATE_NOOP("ServiceMessages", "部门编码“{code}”不存在"),
    QT_TRANSLATE_NOOP("ServiceMessages", "类别编码“{code}”不存在"),
    QT_TRANSLATE_NOOP("ServiceMessages", "职责编码{code}重复"),
    QT_TRANSLATE_NOOP("ServiceMessages", "主办部门编码“{code}”不存在"),
    QT_TRANSLATE_NOOP("ServiceMessages", "协办部门编码“{code}”不存在"),
    QT_TRANSLATE_NOOP("ServiceMessages", "协办部门不能与主办部门相同"),
    QT_TRANSLATE_NOOP("ServiceMessages", "优先级应为整数，而不是“{value}”"),
    QT_TRANSLATE_NOOP("ServiceMessages", "类别{code}的分流规则重复"),
    # app.services.transfer.evaluation
    QT_TRANSLATE_NOOP("ServiceMessages", "权重须为0到1之间的数"),
    QT_TRANSLATE_NOOP("ServiceMessages", "未知的评价指标"),
    QT_TRANSLATE_NOOP("ServiceMessages", "权重不能全部为零"),
    # app.services.grid.grids
    QT_TRANSLATE_NOOP("ServiceMessages", "找不到镇街代码 {code}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "“{name}”不是镇街：网格由镇街划分和管理，请以镇街账号登录"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写联系电话"),
    QT_TRANSLATE_NOOP("ServiceMessages", "固定电话应为泰安本地号码（区号0538）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该网格不存在或已删除"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写网格名称"),
    QT_TRANSLATE_NOOP("ServiceMessages", "网格名称不能超过{most}个字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "所选村/社区不属于本镇街"),
    QT_TRANSLATE_NOOP("ServiceMessages", "户数应在0到{most}之间"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该网格不属于本镇街"),
    QT_TRANSLATE_NOOP("ServiceMessages", "本镇街已有名为“{name}”的网格"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该网格仍有在岗网格员，请先解除分配再删除"),
    # app.services.grid.assign
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择岗位类型"),
    QT_TRANSLATE_NOOP("ServiceMessages", "“{name}”已停用，不能分配到网格"),
    QT_TRANSLATE_NOOP("ServiceMessages", "网格员与网格不属于同一镇街"),
    QT_TRANSLATE_NOOP("ServiceMessages", "结束日期不能早于开始日期"),
    QT_TRANSLATE_NOOP("ServiceMessages", "“{name}”在这段时间已分配到本网格"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "本网格这段时间已有网格长“{name}”，一个网格只能有一名网格长"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "该分配记录不存在或已删除"),
    # app.services.grid.duty
    QT_TRANSLATE_NOOP("ServiceMessages", "第{n}条：{problem}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择班次和岗位"),
    QT_TRANSLATE_NOOP("ServiceMessages", "所选值班人员不存在或已停用"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择或填写值班人员"),
    QT_TRANSLATE_NOOP("ServiceMessages", "值班地点不能超过{most}个字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "没有要添加的班次"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该班次不存在或已删除"),
    QT_TRANSLATE_NOOP("ServiceMessages", "不能把一周的排班复制到同一周"),
    QT_TRANSLATE_NOOP("ServiceMessages", "上周没有排班可复制"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该班次已签到"),
    QT_TRANSLATE_NOOP("ServiceMessages", "尚未签到，不能签退"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该班次已签退"),
    QT_TRANSLATE_NOOP("ServiceMessages", "签退时间不能早于签到时间"),
    QT_TRANSLATE_NOOP("ServiceMessages", "替班人员不存在或已停用"),
    QT_TRANSLATE_NOOP("ServiceMessages", "替班人员不能是原值班人员本人"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择巡查的网格员"),
    QT_TRANSLATE_NOOP("ServiceMessages", "巡查日期不能晚于今天"),
    QT_TRANSLATE_NOOP("ServiceMessages", "巡查地点不能超过{most}个字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "发现问题"),
    QT_TRANSLATE_NOOP("ServiceMessages", "处置措施"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label}不能超过{most}个字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请至少填写巡查地点或发现的问题"),
    QT_TRANSLATE_NOOP("ServiceMessages", "找不到案件编号 {no}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该巡查记录不存在或已删除"),
    # app.services.grid.workers
    QT_TRANSLATE_NOOP("ServiceMessages", "该网格员不存在或已删除"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写姓名"),
    QT_TRANSLATE_NOOP("ServiceMessages", "姓名不能超过{most}个字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "姓名只能包含汉字、字母或间隔号"),
    QT_TRANSLATE_NOOP("ServiceMessages", "入职日期不能晚于今天"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该身份证号已登记为网格员“{name}”"),
    # app.services.grid.duty_checks
    QT_TRANSLATE_NOOP("ServiceMessages", "{name}同时排在{a}和{b}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{shift}没有安排{post}"),
    # app.services.grid.excel
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "表头应为“{expected}”，现在是“{actual}”：请用导出的模板填写"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "网格名称“{name}”与第{row}行重复"),
    QT_TRANSLATE_NOOP("ServiceMessages", "村/社区“{name}”不属于本镇街"),
    QT_TRANSLATE_NOOP("ServiceMessages", "户数应为0到{most}之间的整数，而不是“{value}”"),
    QT_TRANSLATE_NOOP("ServiceMessages", "岗位应为{choices}之一，而不是“{value}”"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "身份证号被Excel存成了数字，末几位已丢失：请把该列设为文本后重新填写"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写身份证号（导入时用它识别网格员）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "身份证号与第{row}行重复"),
    QT_TRANSLATE_NOOP("ServiceMessages", "入职日期“{value}”不是有效日期，应写成2024-03-01"),
    QT_TRANSLATE_NOOP("ServiceMessages", "网格“{name}”不存在：请先在“网格”工作表或系统中建立"),
    QT_TRANSLATE_NOOP("ServiceMessages", "第{row}行已是“{grid}”的网格长，一个网格只能有一名网格长"),
    QT_TRANSLATE_NOOP("ServiceMessages", "“{grid}”已有网格长“{name}”，请先在系统中解除其分配"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "工作簿中没有“{grids}”或“{workers}”工作表：请用导出的模板填写"
    ),
    # app.services.common.identity
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写证件号码，或将证件类型选为“未提供”"),
    QT_TRANSLATE_NOOP("ServiceMessages", "其他证件号码应为4–32位字母或数字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "证件号码应为18位，现在是{n}位"),
    QT_TRANSLATE_NOOP("ServiceMessages", "证件号码前17位应为数字，最后一位为数字或X"),
    QT_TRANSLATE_NOOP("ServiceMessages", "证件号码校验位不对，请核对每一位"),
    QT_TRANSLATE_NOOP("ServiceMessages", "证件号码中的出生日期不存在"),
    QT_TRANSLATE_NOOP("ServiceMessages", "证件号码中的出生日期不合理"),
    QT_TRANSLATE_NOOP("ServiceMessages", "这是港澳台居民居住证号码，请选择对应的证件类型"),
    QT_TRANSLATE_NOOP("ServiceMessages", "证件号码前6位不是有效的行政区划代码"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{kind}号码应以{prefixes}开头"),
    QT_TRANSLATE_NOOP("ServiceMessages", "联系电话只能包含数字（可带+86、空格或短横线）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "手机号码应为11位，现在是{n}位"),
    QT_TRANSLATE_NOOP("ServiceMessages", "联系电话格式不对"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只接受中国大陆手机号或固定电话"),
    QT_TRANSLATE_NOOP("ServiceMessages", "手机号码不存在：请核对号段（应为13–19开头的11位）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "固定电话应为区号+7–8位号码，如0538-8123456"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写统一社会信用代码"),
    QT_TRANSLATE_NOOP("ServiceMessages", "统一社会信用代码应为18位，现在是{n}位"),
    QT_TRANSLATE_NOOP("ServiceMessages", "统一社会信用代码校验不通过，请核对"),
    # app.services.intake.register
    QT_TRANSLATE_NOOP("ServiceMessages", "{party}：{problem}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写{party}的单位名称"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写{party}的姓名"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{party}名称不能超过{limit}个字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写{party}的联系电话或证件号码，以便回访"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{party}地址不能超过{limit}个字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "事项经过不能超过{limit}字，现在是{n}字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "诉求不能超过{limit}字，现在是{n}字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{action}需要填写理由"),
    QT_TRANSLATE_NOOP("ServiceMessages", "至少需要一名申请人"),
    QT_TRANSLATE_NOOP("ServiceMessages", "代理人所代表的当事人不存在"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写事项经过（来访人反映的情况）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择事项类别"),
    QT_TRANSLATE_NOOP("ServiceMessages", "人数应在1到100000之间"),
    QT_TRANSLATE_NOOP("ServiceMessages", "发生时间不能晚于现在"),
    QT_TRANSLATE_NOOP("ServiceMessages", "快速处置需要填写处置结果"),
    QT_TRANSLATE_NOOP("ServiceMessages", "移送需要填写接收机关"),
    QT_TRANSLATE_NOOP("ServiceMessages", "关联的前案不存在"),
    # app.services.intake.persons
    QT_TRANSLATE_NOOP("ServiceMessages", "同一当事人或同一电话"),
    QT_TRANSLATE_NOOP("ServiceMessages", "同村同类事项"),
    # app.services.reference.setup
    QT_TRANSLATE_NOOP("ServiceMessages", "没有代码为 {code} 的镇街"),
    QT_TRANSLATE_NOOP("ServiceMessages", "没有用户 {name}"),
    # app.services.intake.slips
    QT_TRANSLATE_NOOP("ServiceMessages", "案件不存在"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只有不予受理或移送的案件才有告知书"),
    QT_TRANSLATE_NOOP("ServiceMessages", "没有编号为 {no} 的案件"),
    QT_TRANSLATE_NOOP("ServiceMessages", "打印份数至少为1"),
    # app.services.transfer.actions
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择主办部门"),
    QT_TRANSLATE_NOOP("ServiceMessages", "所选部门不存在或已停用"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择退回理由"),
    QT_TRANSLATE_NOOP("ServiceMessages", "选择“其他”时须写明退回理由"),
    QT_TRANSLATE_NOOP("ServiceMessages", "维持交办须说明理由"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写办理进展"),
    QT_TRANSLATE_NOOP("ServiceMessages", "延期天数须大于零"),
    QT_TRANSLATE_NOOP("ServiceMessages", "申请延期须说明理由（将印在延期告知书上）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该类事项延期不得超过{n}{unit}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该案件没有待审批的延期申请"),
    QT_TRANSLATE_NOOP("ServiceMessages", "驳回延期须说明理由"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写协办结果"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择办理结果：化解成功、部分化解或未化解·已引导"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写办理结果"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择满意度"),
    QT_TRANSLATE_NOOP("ServiceMessages", "不满意须写明理由，案件将重办"),
    QT_TRANSLATE_NOOP("ServiceMessages", "案件编号或查询码不正确"),
    # app.services.transfer.mediation
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写纠纷主要事实"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写争议事项"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请至少填写一项协议内容"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写履行期限"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写调解员"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "当事人可于{due}前共同申请司法确认（人民调解法第三十三条）"
    ),
    # app.services.transfer.printing
    QT_TRANSLATE_NOOP("ServiceMessages", "该案件还没有“{events}”记录，无法打印"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该案件没有当事人信息，无法出具延期告知书"),
    # app.services.transfer.queries
    QT_TRANSLATE_NOOP("ServiceMessages", "{event}：{text}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "无延期申请或说明"),
    QT_TRANSLATE_NOOP("ServiceMessages", "主办：{lead}；协办：{assists}；期限至{due}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "主办：{lead}；期限至{due}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{why}：{text}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "申请延期{days}日：{reason}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "期限延至{due}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{held_on} 会商（{departments}）：{opinion}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{no}：{terms}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{satisfaction}：{comment}"),
    # app.services.transfer.supervision
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择督办级别"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写督办意见"),
    QT_TRANSLATE_NOOP("ServiceMessages", "会商日期格式应为 年-月-日"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择参加会商的部门"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请填写会商意见"),
    QT_TRANSLATE_NOOP("ServiceMessages", "系统自动"),
    QT_TRANSLATE_NOOP("ServiceMessages", "超期未办结，自动升级至区督导"),
    # app.services.transfer.workflow.fold
    QT_TRANSLATE_NOOP("ServiceMessages", "案件已登记，不能重复登记"),
    QT_TRANSLATE_NOOP("ServiceMessages", "案件尚未登记"),
    QT_TRANSLATE_NOOP("ServiceMessages", "未知的事件类型：{type}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "案件当前状态为“{status}”，不能{event}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "案件没有登记事件"),
    QT_TRANSLATE_NOOP("ServiceMessages", "办结须填写办理结果类别"),
    QT_TRANSLATE_NOOP("ServiceMessages", "交办须指定主办部门"),
    QT_TRANSLATE_NOOP("ServiceMessages", "交办须给出办理期限"),
    QT_TRANSLATE_NOOP("ServiceMessages", "办理期限不能早于交办时间"),
    QT_TRANSLATE_NOOP("ServiceMessages", "签收期限不能晚于办理期限"),
    QT_TRANSLATE_NOOP("ServiceMessages", "办理期限只能延后，不能提前"),
    QT_TRANSLATE_NOOP("ServiceMessages", "案件尚未交办"),
    QT_TRANSLATE_NOOP("ServiceMessages", "本部门不是该案件的承办部门，不能签收"),
    QT_TRANSLATE_NOOP("ServiceMessages", "本部门已签收该案件"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只有主办部门可以退回案件"),
    QT_TRANSLATE_NOOP("ServiceMessages", "已签收的案件不能退回"),
    QT_TRANSLATE_NOOP("ServiceMessages", "退回须选择退回理由"),
    QT_TRANSLATE_NOOP("ServiceMessages", "本部门不是该案件的承办部门"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只有主办部门可以申请延期"),
    QT_TRANSLATE_NOOP("ServiceMessages", "已有待审批的延期申请"),
    QT_TRANSLATE_NOOP("ServiceMessages", "申请延期须说明理由"),
    QT_TRANSLATE_NOOP("ServiceMessages", "没有待审批的延期申请"),
    QT_TRANSLATE_NOOP("ServiceMessages", "批准延期后的期限须晚于原期限"),
    QT_TRANSLATE_NOOP("ServiceMessages", "本部门不是该案件的协办部门"),
    QT_TRANSLATE_NOOP("ServiceMessages", "本部门已反馈协办结果"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只有主办部门可以办结案件"),
    QT_TRANSLATE_NOOP("ServiceMessages", "还有协办部门未反馈结果，主办部门不能办结"),
    QT_TRANSLATE_NOOP("ServiceMessages", "办结须填写办理结果"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请选择满意度：满意、基本满意或不满意"),
    QT_TRANSLATE_NOOP("ServiceMessages", "已评价为不满意，请先重办"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只有回访不满意的案件才能重办"),
    QT_TRANSLATE_NOOP("ServiceMessages", "重办须说明理由"),
    QT_TRANSLATE_NOOP("ServiceMessages", "重办须给出新的办理期限"),
    QT_TRANSLATE_NOOP("ServiceMessages", "案件已升级督办"),
    # app.services.transfer.workflow.record
    QT_TRANSLATE_NOOP("ServiceMessages", "案件没有登记记录"),
    # app.services.transfer.workflow.rules
    QT_TRANSLATE_NOOP("ServiceMessages", "“{role}”无权{event}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{event}须注明承办部门"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只能以本部门名义{event}"),
    # app.sync.engine
    QT_TRANSLATE_NOOP("ServiceMessages", "本机尚未注册，请先注册到区级服务器"),
    QT_TRANSLATE_NOOP("ServiceMessages", "同步完成"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "本机数据比服务器记录的旧（数据库被还原或复制？），请重新注册本机"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "数据分区 {bucket} 校验不一致"),
    # app.sync.status
    QT_TRANSLATE_NOOP("ServiceMessages", "同步间隔须在 1 分钟到 24 小时之间"),
    QT_TRANSLATE_NOOP("ServiceMessages", "本机尚未设置，请先注册"),
    QT_TRANSLATE_NOOP("ServiceMessages", "冲突记录不存在"),
    QT_TRANSLATE_NOOP("ServiceMessages", "只能选择本机的值或服务器的值"),
    QT_TRANSLATE_NOOP("ServiceMessages", "这类冲突只能确认服务器的结果"),
    QT_TRANSLATE_NOOP("ServiceMessages", "记录在本机不存在"),
    # app.sync.token_store
    QT_TRANSLATE_NOOP("ServiceMessages", "设备令牌保存在系统钥匙串中"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "本机没有系统钥匙串：设备令牌保存在仅当前用户可读的文件中"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "设备令牌以明文保存在数据库中，下次同步时将移出"),
    # app.sync.engine (token)
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "找不到本机的设备令牌（系统钥匙串或令牌文件），请重新注册本机"
    ),
    # app.sync.transport
    QT_TRANSLATE_NOOP("ServiceMessages", "服务器地址无效：{url}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "服务器地址必须以 https:// 开头（只有本机地址可用 http://），"
        "否则设备令牌和身份证号会明文传输：{url}",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "无法读取区级 CA 证书：{path}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "无法连接服务器：{error}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "连接服务器 {host} 超时，请检查网络后重试"),
    QT_TRANSLATE_NOOP("ServiceMessages", "连不上服务器 {host}，请检查网络连接和服务器地址"),
    QT_TRANSLATE_NOOP("ServiceMessages", "与服务器 {host} 的连接中断，请稍后重试"),
    QT_TRANSLATE_NOOP("ServiceMessages", "服务器地址 {host} 无效，请检查“同步”页的服务器地址"),
    QT_TRANSLATE_NOOP("ServiceMessages", "服务器回复无法解析"),
    QT_TRANSLATE_NOOP("ServiceMessages", "服务器错误 {status}"),
    # app.services.reports.monthly (the 月报's summary lines)
    QT_TRANSLATE_NOOP("ServiceMessages", "本月没有受理案件，无{what}分布。"),
    QT_TRANSLATE_NOOP("ServiceMessages", "受理最多的{what}是{name}（{n} 件，占 {share}）。"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "受理最多的{what}是{name}（{n} 件，占 {share}），其次是{second}（{m} 件）。",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "本月受理 {received} 件，环比 {change}，本月办结 {closed} 件，"
        "本月受理中仍在办 {open} 件，其中超期 {overdue} 件。",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "本月受理 {received} 件，上月无受理、无法计算环比，本月办结 {closed} 件，"
        "本月受理中仍在办 {open} 件，其中超期 {overdue} 件。",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "化解成功率 {resolution}，按时办结率 {on_time}，平均办结 {avg} 天"
        "（九成在 {p90} 天内），回访满意率 {satisfaction}，重复件占 {repeat}，"
        "群体性案件 {groups} 件。",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "本月每日均无受理。"),
    QT_TRANSLATE_NOOP("ServiceMessages", "日均受理 {mean} 件，最多的一天是 {day}（{n} 件）。"),
    QT_TRANSLATE_NOOP("ServiceMessages", "类别"),
    QT_TRANSLATE_NOOP("ServiceMessages", "渠道"),
    QT_TRANSLATE_NOOP("ServiceMessages", "镇街"),
    QT_TRANSLATE_NOOP("ServiceMessages", "村（社区）"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{count} 个部门有办件；在办最多的是{name}（{queue} 件，超期 {overdue} 件），"
        "本月共退回 {returns} 件次（按案件计）。",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "本月没有部门办件。"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name}（{n} 件，{change}）"),
    QT_TRANSLATE_NOOP("ServiceMessages", "新增"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "红色预警 {red} 件，黄色预警 {yellow} 件；上升类别 {rising} 个{names}；"
        "重复来访村（社区）{villages} 个；{days} 日内来访 3 次以上 {persons} 人；"
        "在办群体性案件 {groups} 件，高风险案件 {risky} 件。",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "：{list}"),
)

# Texts the views translate though no service template names them: the separators of a
# Joined list, and the district server's fixed messages a sync run or a registration shows.
VIEW_ONLY = (
    QT_TRANSLATE_NOOP("ServiceMessages", "、"),
    QT_TRANSLATE_NOOP("ServiceMessages", "；"),
    QT_TRANSLATE_NOOP("ServiceMessages", "或"),
    # app.server (answers of the sync API)
    QT_TRANSLATE_NOOP("ServiceMessages", "注册码无效、已使用或已过期"),
    QT_TRANSLATE_NOOP("ServiceMessages", "注册冲突，请重试"),
    QT_TRANSLATE_NOOP("ServiceMessages", "协议版本无效"),
    QT_TRANSLATE_NOOP("ServiceMessages", "客户端版本过旧，请升级后再同步"),
    QT_TRANSLATE_NOOP("ServiceMessages", "缺少设备令牌"),
    QT_TRANSLATE_NOOP("ServiceMessages", "设备令牌无效"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该设备已被吊销，请重新注册"),
    QT_TRANSLATE_NOOP("ServiceMessages", "同一操作编号的内容不同"),
    QT_TRANSLATE_NOOP("ServiceMessages", "设备序号倒退（磁盘被复制？），请重新注册本机"),
    QT_TRANSLATE_NOOP("ServiceMessages", "操作序号不连续"),
    QT_TRANSLATE_NOOP("ServiceMessages", "无权修改其他镇街的数据"),
    QT_TRANSLATE_NOOP("ServiceMessages", "无权读取该数据分区"),
    QT_TRANSLATE_NOOP("ServiceMessages", "同步位置已失效，需要重新下载全量"),
    QT_TRANSLATE_NOOP("ServiceMessages", "全量下载位置无效"),
    QT_TRANSLATE_NOOP("ServiceMessages", "设备令牌已过期，请重新注册本机"),
    QT_TRANSLATE_NOOP("ServiceMessages", "请求内容过大，请分批同步"),
    # app.server.authz / schemas (per-op rejections shown in the conflict review)
    QT_TRANSLATE_NOOP("ServiceMessages", "未知的数据类型"),
    QT_TRANSLATE_NOOP("ServiceMessages", "基础数据只能由区级维护"),
    QT_TRANSLATE_NOOP("ServiceMessages", "用户只能由区级创建"),
    QT_TRANSLATE_NOOP("ServiceMessages", "用户的角色、部门和状态只能由区级修改"),
    QT_TRANSLATE_NOOP("ServiceMessages", "经办人不是本镇街的用户"),
    QT_TRANSLATE_NOOP("ServiceMessages", "所属案件不属于本镇街"),
    QT_TRANSLATE_NOOP("ServiceMessages", "关联的记录不属于本镇街"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该案件的记录属于其他镇街"),
    QT_TRANSLATE_NOOP("ServiceMessages", "未知的事项操作类型"),
    QT_TRANSLATE_NOOP("ServiceMessages", "该操作必须注明经办人"),
    QT_TRANSLATE_NOOP("ServiceMessages", "经办人不是服务器登记的用户"),
    QT_TRANSLATE_NOOP("ServiceMessages", "经办人的角色无权进行该操作"),
    QT_TRANSLATE_NOOP("ServiceMessages", "记录编号无效"),
    QT_TRANSLATE_NOOP("ServiceMessages", "未知字段 {field}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "缺少字段 {field}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 不能为空"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 应为文字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 超过 {length} 个字符"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 含有非法字符"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 取值无效"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 应为整数"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 数值超出范围"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 应为数字"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 应为是/否"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 应为日期"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 日期格式无效"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 应为对象"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 应为对象或列表"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 无法保存"),
    QT_TRANSLATE_NOOP("ServiceMessages", "字段 {field} 内容过长"),
)
