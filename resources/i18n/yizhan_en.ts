<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../app/views/transfer/actions.py" line="186" />
        <source>调解协议</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="187" />
        <source>调解协议已登记。是否现在打印调解协议书？</source>
        <translation>The mediation agreement is recorded. Print the mediation agreement now?</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="189" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="190" />
        <source>稍后</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="252" />
        <source>维持交办</source>
        <translation>Uphold assignment</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="252" />
        <source>维持理由</source>
        <translation>Reason for upholding</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="252" />
        <source>请说明维持交办的理由</source>
        <translation>Explain why the assignment is upheld</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="253" />
        <source>办理进展</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="253" />
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="253" />
        <source>请填写办理进展</source>
        <translation>Please describe the progress</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="254" />
        <source>协办反馈</source>
        <translation>Co-handler feedback</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="254" />
        <source>协办结果</source>
        <translation>Co-handling result</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="254" />
        <source>请填写协办结果</source>
        <translation>Please describe the co-handling result</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="255" />
        <source>驳回延期</source>
        <translation>Reject extension</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="255" />
        <source>驳回理由</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="255" />
        <source>请说明驳回理由</source>
        <translation>Please give the reason for rejection</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="53" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="54" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="293" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="297" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="301" />
        <source>本网格岗位</source>
        <translation>Role in this grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="307" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="309" />
        <source>设定结束日期</source>
        <translation>Set end date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="314" />
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="60" />
        <source>新建阵地预约</source>
        <translation>New education site booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="66" />
        <source>{site} · {room}（可容纳{cap}人）</source>
        <translation>{site} · {room} (capacity {cap})</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="71" />
        <source>阵地房间</source>
        <translation>Site room</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="82" />
        <source>日期时段</source>
        <translation>Date and session</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="83" />
        <source>如：满庄镇北淳于村党支部</source>
        <translation>e.g. Party branch of Beichunyu Village, Manzhuang</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="85" />
        <source>11位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="87" />
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="94" />
        <source>如：学习贯彻党的二十届四中全会精神</source>
        <translation>e.g. Studying the spirit of the 4th Plenary Session of the 20th CPC Central Committee</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="95" />
        <source>需要讲解员</source>
        <translation>Guide needed</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="110" />
        <source>预约单位*</source>
        <translation>Organisation*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="111" />
        <source>联系人*</source>
        <translation>Contact person*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="112" />
        <source>手机号码*</source>
        <translation>Mobile number*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="113" />
        <source>参加人数*</source>
        <translation>Participants*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="114" />
        <source>参加对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="115" />
        <source>活动类型*</source>
        <translation>Activity type*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="116" />
        <source>活动主题</source>
        <translation>Activity topic</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="121" />
        <source>{name}（{cap}人）</source>
        <translation>{name} ({cap} people)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="128" />
        <source>加选房间</source>
        <translation>Add room</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="132" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="141" />
        <source>提交预约</source>
        <translation>Submit booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="144" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="218" />
        <source>。可改约以下空闲时段或房间：</source>
        <translation>. You can rebook one of these free sessions or rooms:</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="229" />
        <source>改约：{label}</source>
        <translation>Rebook: {label}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="238" />
        <source>改约至：{label}</source>
        <translation>Rebooked to: {label}</translation>
    </message>
</context>
<context>
    <name>BookingTable</name>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="28" />
        <source>预约编号</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="29" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="30" />
        <source>时段</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="31" />
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="32" />
        <source>预约单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="33" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="34" />
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="35" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="55" />
        <source>（已确认）</source>
        <translation>(confirmed)</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <location filename="../../app/views/bookings/page.py" line="90" />
        <source>阵地预约</source>
        <translation>Site bookings</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="103" />
        <source>◀ 上一周</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="104" />
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="105" />
        <source>下一周 ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="114" />
        <source>空闲</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="115" />
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="116" />
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="117" />
        <source>已过</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="131" />
        <source>本阵地预约</source>
        <translation>Bookings for this site</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="133" />
        <source>全部状态（待审核在前）</source>
        <translation>All statuses (pending first)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="139" />
        <source>刷新 F5</source>
        <translation>Refresh F5</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="149" />
        <source>通过(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="150" />
        <source>驳回(&amp;R)…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="151" />
        <source>取消预约(&amp;C)…</source>
        <translation>&amp;Cancel booking…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="152" />
        <source>活动完成(&amp;D)…</source>
        <translation>Activity &amp;done…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="153" />
        <source>爽约(&amp;N)</source>
        <translation>&amp;No-show</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="154" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="155" />
        <source>打印确认单 Ctrl+P</source>
        <translation>Print confirmation Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="203" />
        <source>没有符合条件的房间</source>
        <translation>No matching rooms</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="217" />
        <source>{room}　{a}–{b}</source>
        <translation>{room}  {a}–{b}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="272" />
        <source>仅预约管理员可操作</source>
        <translation>Only booking administrators can do this</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="292" />
        <source>驳回预约</source>
        <translation>Reject booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="292" />
        <source>驳回理由（将告知预约单位）：</source>
        <translation>Reason for rejection (will be sent to the organisation):</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="301" />
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="301" />
        <source>取消原因（可不填）：</source>
        <translation>Reason for cancelling (optional):</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="324" />
        <source>确认该单位未到场，标记为爽约？</source>
        <translation>Confirm the organisation did not attend and mark it as a no-show?</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="331" />
        <source>确认删除该预约记录？</source>
        <translation>Delete this booking record?</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="337" />
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="343" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="344" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="363" />
        <source>预约确认单</source>
        <translation>Booking confirmation</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="24" />
        <location filename="../../app/views/transfer/detail.py" line="48" />
        <source>请选择左侧列表中的案件</source>
        <translation>Select a case in the list on the left</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="36" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="36" />
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="36" />
        <source>经办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="36" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="63" />
        <source>待审批延期{0}日：{1}</source>
        <translation>Extension of {0} days awaiting approval: {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="65" />
        <source>评价：</source>
        <translation>Rating: </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="67" />
        <source>重办{0}次</source>
        <translation>Redone {0} times</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="76" />
        <source>主办</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="76" />
        <source>协办</source>
        <translation>Co-handler</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="77" />
        <source>已签收</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="77" />
        <source>未签收</source>
        <translation>Not acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="79" />
        <source>已反馈</source>
        <translation>Feedback given</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="79" />
        <source>未反馈</source>
        <translation>No feedback</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="81" />
        <source>退回{0}次</source>
        <translation>Returned {0} times</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="83" />
        <source>尚未交办</source>
        <translation>Not yet assigned</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="91" />
        <source>（未生效）</source>
        <translation>(not in effect)</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="54" />
        <source>输入名称或拼音首字母，如 ll</source>
        <translation>Type a name or pinyin initials, e.g. ll</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="57" />
        <source>来访人反映的情况（时间、地点、经过）</source>
        <translation>What the visitor reports (when, where, what happened)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="64" />
        <source>村/社区</source>
        <translation>Village/community</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="65" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="69" />
        <source>已知</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="72" />
        <source>群体性事件</source>
        <translation>Mass incident</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="74" />
        <source>涉密/保密</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="78" />
        <source>添加附件(&amp;A)…</source>
        <translation>&amp;Add attachment…</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="84" />
        <source>当场处置结果</source>
        <translation>On-the-spot resolution result</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="86" />
        <source>不予受理或移送的理由</source>
        <translation>Reason for non-acceptance or referral</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="88" />
        <source>接收机关，如 区劳动人事争议仲裁院</source>
        <translation>Receiving authority, e.g. District Labour Dispute Arbitration Commission</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="107" />
        <source>事项类别(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="109" />
        <source>事项经过(&amp;F)</source>
        <translation>&amp;Facts</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="112" />
        <source>诉求(&amp;D)</source>
        <translation>&amp;Demands</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="116" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="118" />
        <source>事项类型</source>
        <translation>Matter type</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="122" />
        <source>发生地</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="126" />
        <source>发生时间</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="129" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="132" />
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="135" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="139" />
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="141" />
        <source>窗口处理(&amp;O)</source>
        <translation>Wind&amp;ow handling</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="142" />
        <source>处置结果</source>
        <translation>Resolution result</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="145" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="147" />
        <source>接收机关</source>
        <translation>Receiving authority</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="201" />
        <source>{n}/{m} 字</source>
        <translation>{n}/{m} chars</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="204" />
        <source>已超过{m}字，请精简或改为附件</source>
        <translation>Over {m} characters; shorten it or attach it as a file</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="208" />
        <source>选择附件或扫描件</source>
        <translation>Choose attachments or scans</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/views/cases/case_table_model.py" line="79" />
        <source>·重复件</source>
        <translation> · repeat</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/views/cases/page.py" line="50" />
        <source>搜索：姓名（可两字）、事项内容、拼音首字母、案件编号、电话或证件号</source>
        <translation>Name, text, pinyin, case no., phone, ID</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="53" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="56" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="57" />
        <source>全部镇街</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="58" />
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="66" />
        <source>仅超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="67" />
        <source>补打回执 Ctrl+P</source>
        <translation>Reprint slip Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="132" />
        <source>案件查询</source>
        <translation>Case search</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="164" />
        <source>查询中…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="168" />
        <source>，向下滚动加载更多</source>
        <translation>, scroll down for more</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="169" />
        <source>已显示 {n} 件{more}</source>
        <translation>{n} cases shown{more}</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="180" />
        <source>请先选中一件案件</source>
        <translation>Select a case first</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="204" />
        <source>办结案件</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="208" />
        <source>办理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="210" />
        <source>结果说明</source>
        <translation>Outcome details</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="210" />
        <source>请填写办理结果</source>
        <translation>Please describe the outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="213" />
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="214" />
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="216" />
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="220" />
        <source>选择附件</source>
        <translation>Choose attachments</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="288" />
        <source>活动完成登记</source>
        <translation>Record activity completion</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="292" />
        <source>{org}，预约{n}人</source>
        <translation>{org}, {n} people booked</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="295" />
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="299" />
        <source>实到人数</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="300" />
        <source>活动评价</source>
        <translation>Activity rating</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="304" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="305" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ConsultDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="288" />
        <source>会商研判</source>
        <translation>Joint consultation</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="292" />
        <source>会商日期</source>
        <translation>Consultation date</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="294" />
        <source>参加部门</source>
        <translation>Departments present</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="295" />
        <source>会商意见</source>
        <translation>Consultation opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="295" />
        <source>请填写会商意见</source>
        <translation>Please enter the consultation opinion</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="127" />
        <source>交办案件</source>
        <translation>Assign case</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="131" />
        <source>建议</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="137" />
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="139" />
        <source>协办部门</source>
        <translation>Co-handling departments</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="143" />
        <source>办结期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="144" />
        <source>办理要求</source>
        <translation>Instructions</translation>
    </message>
</context>
<context>
    <name>DutyListDialog</name>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="36" />
        <source>职责清单</source>
        <translation>Duty list</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="57" />
        <source>添加行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="58" />
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="59" />
        <source>导入Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="60" />
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="70" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="144" />
        <source>已保存：</source>
        <translation>Saved: </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="149" />
        <source>{0} 第{1}行：{2}</source>
        <translation>{0} row {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="154" />
        <source>有错误，未导入任何数据：</source>
        <translation>Errors found; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="157" />
        <source>&lt;br&gt;……另有{0}处错误</source>
        <translation>&lt;br&gt;… and {0} more errors</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="180" />
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="184" />
        <source>导入职责清单</source>
        <translation>Import duty list</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="184" />
        <location filename="../../app/views/transfer/duty_dialog.py" line="191" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="191" />
        <source>导出职责清单</source>
        <translation>Export duty list</translation>
    </message>
</context>
<context>
    <name>DutyTab</name>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="62" />
        <source>◀ 上一周</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="63" />
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="64" />
        <source>下一周 ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="67" />
        <source>复制上周排班</source>
        <translation>Copy last week's rota</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="87" />
        <source>添加值班(&amp;D)</source>
        <translation>Add &amp;duty</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="88" />
        <source>签到(&amp;I)</source>
        <translation>Check &amp;in</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="89" />
        <source>签退(&amp;O)</source>
        <translation>Check &amp;out</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="90" />
        <source>替班…</source>
        <translation>Substitute…</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="91" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="115" />
        <source>所选格内的值班（✔ 已签到，✔✔ 已签退）：</source>
        <translation>Duties in the selected cell (✔ checked in, ✔✔ checked out):</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="146" />
        <source>{a} 至 {b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="208" />
        <source>排班</source>
        <translation>Rota</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="208" />
        <source>已从上周复制 {n} 条值班</source>
        <translation>Copied {n} duties from last week</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="230" />
        <source>删除值班</source>
        <translation>Delete duty</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="230" />
        <source>删除所选值班记录？</source>
        <translation>Delete the selected duty record?</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="45" />
        <source>履职评价</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="55" />
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="59" />
        <source> 月</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="60" />
        <source>统计</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="62" />
        <source>生成PDF</source>
        <translation>Create PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="86" />
        <source>保存权重</source>
        <translation>Save weights</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="90" />
        <source>权重（区里设定）</source>
        <translation>Weights (set by the district)</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="120" />
        <source>{0}年{1}月，共{2}个部门</source>
        <translation>{1}/{0}, {2} departments</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="153" />
        <source>已生成 {0}</source>
        <translation>Created {0}</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="186" />
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="190" />
        <source> 日</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="191" />
        <source>延期天数</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="193" />
        <source>延期理由</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="193" />
        <source>请填写延期理由（将印在延期告知书上）</source>
        <translation>Enter the reason for extension (printed on the extension notice)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="125" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="126" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="190" />
        <source>网格名称</source>
        <translation>Grid name</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="191" />
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="194" />
        <source>所属村/社区</source>
        <translation>Village/community</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="200" />
        <source> 户</source>
        <translation> households</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="201" />
        <source>户数</source>
        <translation>Homes</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="202" />
        <source>网格范围</source>
        <translation>Grid area</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="205" />
        <source>投诉监督电话</source>
        <translation>Complaints hotline</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <location filename="../../app/views/grid/page.py" line="54" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="54" />
        <source>户数</source>
        <translation>Homes</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="57" />
        <source>新建网格</source>
        <translation>New grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="58" />
        <source>编辑网格</source>
        <translation>Edit grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="59" />
        <location filename="../../app/views/grid/page.py" line="230" />
        <source>删除网格</source>
        <translation>Delete grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="76" />
        <source>打印花名册</source>
        <translation>Print roster</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="77" />
        <source>打印网格公示牌</source>
        <translation>Print grid notice board</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="84" />
        <source>花名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="85" />
        <source>排班表</source>
        <translation>Rota</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="86" />
        <source>巡查日志</source>
        <translation>Patrol log</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="109" />
        <source>网格管理</source>
        <translation>Grid management</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="138" />
        <source>全部网格（{n}）</source>
        <translation>All grids ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="147" />
        <source>（未指定村/社区）</source>
        <translation>(no village/community)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="156" />
        <location filename="../../app/views/grid/page.py" line="206" />
        <source>暂无网格员</source>
        <translation>No grid workers yet</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="188" />
        <source>本镇街共 {n} 个网格，{w} 人次在岗。选择左侧网格查看详情。</source>
        <translation>This township has {n} grids with {w} worker assignments. Select a grid on the left for details.</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="199" />
        <source>{name}｜{village}｜{households} 户｜投诉电话 {phone}
范围：{area}
在岗：{people}</source>
        <translation>{name} | {village} | {households} households | Complaints {phone}
Area: {area}
On duty: {people}</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="230" />
        <source>删除网格“{name}”？</source>
        <translation>Delete grid "{name}"?</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="260" />
        <source>网格员花名册</source>
        <translation>Grid worker roster</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="267" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="267" />
        <source>还没有网格可以公示</source>
        <translation>There are no grids to post yet</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="280" />
        <source>网格公示牌</source>
        <translation>Grid notice board</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/views/home/page.py" line="57" />
        <source>今日受理</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="58" />
        <source>在办案件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="59" />
        <source>三日内到期</source>
        <translation>Due within 3 days</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="60" />
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="61" />
        <source>今日办结</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="75" />
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="91" />
        <source>{date} 工作概况</source>
        <translation>Overview for {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="91" />
        <source>%Y年%m月%d日</source>
        <translation>%d %b %Y</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="97" />
        <source>当前用户：{name}（{window}）　镇街代码：{org}　设备：{device}</source>
        <translation>User: {name} ({window})   Township: {org}   Device: {device}</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../app/views/intake/page.py" line="74" />
        <source>保存 Ctrl+S</source>
        <translation>Save Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="75" />
        <source>打印回执 Ctrl+P</source>
        <translation>Print slip Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="76" />
        <source>新建 F2</source>
        <translation>New F2</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="113" />
        <source>窗口受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="119" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="122" />
        <source>被申请人、第三人、代理人</source>
        <translation>Respondents, third parties, agents</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="125" />
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="276" />
        <source>申请人姓名</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="278" />
        <source>联系电话或证件号码</source>
        <translation>Phone or ID no.</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="280" />
        <source>事项类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="282" />
        <source>事项经过</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="285" />
        <source>处置结果</source>
        <translation>Resolution result</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="287" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="289" />
        <source>接收机关</source>
        <translation>Receiving authority</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="294" />
        <source>还需填写：</source>
        <translation>Still required: </translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="296" />
        <source>保存并生成案件编号</source>
        <translation>Save and generate case no.</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="302" />
        <source>本案已保存（{no}），按 F2 登记新案件</source>
        <translation>Case saved ({no}); press F2 to register a new case</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="323" />
        <source>（重复件，前案 {no}）</source>
        <translation> (repeat; earlier case {no})</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="328" />
        <source>已登记 {no}　查询码 {code}{r}　Ctrl+P 打印</source>
        <translation>Registered {no}  Query code {code}{r}  Ctrl+P to print</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="338" />
        <source>未保存：请按红字提示修改（已填内容均保留）</source>
        <translation>Not saved: fix the fields marked in red (everything entered is kept)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="354" />
        <source>请先保存（Ctrl+S），再打印回执</source>
        <translation>Save first (Ctrl+S), then print the slip</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="387" />
        <source>清空表单</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="388" />
        <source>表单中有未保存的内容，确定清空吗？</source>
        <translation>The form has unsaved input. Clear it anyway?</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="391" />
        <source>清空(&amp;Y)</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="392" />
        <source>保留(&amp;N)</source>
        <translation>&amp;Keep</translation>
    </message>
</context>
<context>
    <name>IntakeSidePanel</name>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="38" />
        <source>来访人既往案件</source>
        <translation>Visitor's earlier cases</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="42" />
        <location filename="../../app/views/intake/side_panel.py" line="103" />
        <source>（选中来访人后显示其既往案件，含已同步的其他中心案件）</source>
        <translation>(Select a visitor to see their earlier cases, including synced cases from other centres)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="60" />
        <source>无既往案件</source>
        <translation>No earlier cases</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="75" />
        <source>（已关联前案，保存时标记为重复件）</source>
        <translation>(Linked to an earlier case; will be marked as a repeat on save)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="77" />
        <source>⚠ {n}日内可能重复来访：</source>
        <translation>⚠ Possible repeat visit within {n} days:</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="82" />
        <source>点击编号关联前案；保存时将标记为“重复件”。</source>
        <translation>Click a case no. to link it; the case will be marked as a "repeat" on save.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="37" />
        <source>{app} — 一站式社会治理服务中心</source>
        <translation>{app} — One-Stop Social Governance Service Centre</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="57" />
        <source>{name}｜{org}</source>
        <translation>{name} | {org}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="62" />
        <source>处理中…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="80" />
        <source>系统(&amp;S)</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="81" />
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="84" />
        <location filename="../../app/views/main_window.py" line="116" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="94" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="97" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="98" />
        <location filename="../../app/views/main_window.py" line="121" />
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="99" />
        <location filename="../../app/views/main_window.py" line="131" />
        <source>关于一站</source>
        <translation>About Yizhan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="116" />
        <source>界面语言将在下次启动时生效。</source>
        <translation>The language takes effect the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="123" />
        <source>Alt+1…9　切换标签页
F2　新建登记
Ctrl+S　保存
Ctrl+P　打印
Esc　清空表单（有内容时确认）
Ctrl+Shift+U　切换用户
Ctrl+Q　退出</source>
        <translation>Alt+1…9  switch tabs
F2  new registration
Ctrl+S  save
Ctrl+P  print
Esc  clear the form (asks when something is typed)
Ctrl+Shift+U  switch user
Ctrl+Q  quit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="132" />
        <source>一站 — 一站式社会治理服务中心桌面端
离线可用，定时与区中心同步。</source>
        <translation>Yizhan — desktop app of the one-stop social governance service centre
Works offline; syncs with the district centre on a schedule.</translation>
    </message>
</context>
<context>
    <name>MediationDialog</name>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="23" />
        <source>调解协议</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="25" />
        <source>纠纷主要事实</source>
        <translation>Main facts of the dispute</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="26" />
        <source>争议事项</source>
        <translation>Matters in dispute</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="27" />
        <source>各方责任</source>
        <translation>Parties' responsibilities</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="28" />
        <source>协议内容（每行一项）</source>
        <translation>Terms of agreement (one per line)</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="29" />
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="30" />
        <source>履行地点</source>
        <translation>Place of performance</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="31" />
        <source>履行期限</source>
        <translation>Performance deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="31" />
        <source>如：2026年12月31日前</source>
        <translation>e.g. by 31 Dec 2026</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="32" />
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="32" />
        <source>多人以顿号分隔</source>
        <translation>Separate names with 、</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="33" />
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/mediation_dialog.py" line="38" />
        <source>签订日期</source>
        <translation>Date signed</translation>
    </message>
</context>
<context>
    <name>OtherParties</name>
    <message>
        <location filename="../../app/views/intake/parties.py" line="69" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/parties.py" line="69" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/parties.py" line="69" />
        <source>证件/信用代码</source>
        <translation>ID / code</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/parties.py" line="69" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/parties.py" line="74" />
        <source>添加当事人(&amp;M)…</source>
        <translation>Add &amp;party…</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/parties.py" line="75" />
        <source>移除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../app/views/intake/parties.py" line="29" />
        <source>添加当事人</source>
        <translation>Add party</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="37" />
        <source>18位身份证号，末位可为X</source>
        <translation>18-digit ID no.; last may be X</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="40" />
        <source>手机号或0538固定电话</source>
        <translation>Mobile or 0538 landline</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="45" />
        <source>18位统一社会信用代码</source>
        <translation>18-char unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="55" />
        <source>角色(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="58" />
        <source>类型(&amp;Y)</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="59" />
        <source>姓名/名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="61" />
        <source>证件类型(&amp;T)</source>
        <translation>ID &amp;type</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="62" />
        <source>证件号码(&amp;I)</source>
        <translation>&amp;ID no.</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="66" />
        <source>信用代码(&amp;U)</source>
        <translation>Credit &amp;code</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="68" />
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="69" />
        <source>联系电话(&amp;H)</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="71" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="143" />
        <source>出生日期 {d}　性别 {s}</source>
        <translation>Born {d}  Sex {s}</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="415" />
        <source>巡查日期</source>
        <translation>Patrol date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="418" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="421" />
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="422" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="423" />
        <source>巡查地点</source>
        <translation>Patrol location</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="424" />
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="425" />
        <source>处置措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="426" />
        <source>处置结果</source>
        <translation>Resolution result</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="427" />
        <source>关联案件编号</source>
        <translation>Linked case no.</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="428" />
        <source>选填，如 106-261127-A-0007</source>
        <translation>Optional, e.g. 106-261127-A-0007</translation>
    </message>
</context>
<context>
    <name>PatrolTab</name>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="49" />
        <source>新增巡查记录(&amp;R)</source>
        <translation>New patrol &amp;record</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="50" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="94" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="94" />
        <source>请先在花名册中新增网格员</source>
        <translation>Add grid workers in the roster first</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="108" />
        <source>删除巡查记录</source>
        <translation>Delete patrol record</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="108" />
        <source>删除所选巡查记录？</source>
        <translation>Delete the selected patrol record?</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../app/views/grid/preview.py" line="79" />
        <source>共 {total} 页　PageUp/PageDown 翻页</source>
        <translation>{total} pages  PageUp/PageDown to turn</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/preview.py" line="82" />
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/preview.py" line="84" />
        <location filename="../../app/views/bookings/preview.py" line="67" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/preview.py" line="106" />
        <location filename="../../app/views/bookings/preview.py" line="64" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/preview.py" line="84" />
        <source>打印预约确认单</source>
        <translation>Print booking confirmation</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/preview.py" line="93" />
        <source>无法连接打印机</source>
        <translation>Cannot reach the printer</translation>
    </message>
</context>
<context>
    <name>PersonLookup</name>
    <message>
        <location filename="../../app/views/intake/lookup.py" line="33" />
        <source>查找来访人：身份证号 / 电话 / 姓名 / 拼音首字母（如 zsf），回车确定</source>
        <translation>Find visitor: ID no. / phone / name / pinyin initials (e.g. zsf), Enter to choose</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="112" />
        <source>打印预览 — {t}</source>
        <translation>Print preview — {t}</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="127" />
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="130" />
        <source>另存为PDF(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="131" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="135" />
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="137" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="196" />
        <source>票据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="200" />
        <source>无法连接打印机，请检查打印机后重试，或另存为PDF。</source>
        <translation>Cannot reach the printer. Check it and try again, or save as PDF.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="223" />
        <source>已保存：{p}</source>
        <translation>Saved: {p}</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="227" />
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="227" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QueryCodeRevisitDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="309" />
        <source>凭查询码评价</source>
        <translation>Evaluate by query code</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="312" />
        <source>受理编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="315" />
        <source>查询码</source>
        <translation>Query code</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="319" />
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="320" />
        <source>群众意见</source>
        <translation>Citizen's comments</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="325" />
        <source>请填写受理编号和查询码</source>
        <translation>Enter the case no. and query code</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="329" />
        <source>不满意须写明理由，案件将重办</source>
        <translation>If dissatisfied, give a reason; the case will be redone</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="261" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="262" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="277" />
        <source>请填写理由</source>
        <translation>Please give a reason</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="160" />
        <source>退回案件</source>
        <translation>Return case</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="164" />
        <source>退回理由</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="165" />
        <source>具体说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>RevisitDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="236" />
        <source>回访评价</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="240" />
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="244" />
        <source>回访方式</source>
        <translation>Follow-up method</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="245" />
        <source>群众意见</source>
        <translation>Citizen's comments</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="251" />
        <source>不满意须写明理由，案件将重办</source>
        <translation>If dissatisfied, give a reason; the case will be redone</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="48" />
        <source>姓名、拼音首字母或电话（Ctrl+F）</source>
        <translation>Name, pinyin initials or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="52" />
        <source>全部岗位</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="55" />
        <source>含已停用</source>
        <translation>Include inactive</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="68" />
        <source>新增网格员(&amp;N)</source>
        <translation>&amp;New grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="69" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="70" />
        <source>分配到网格(&amp;A)</source>
        <translation>&amp;Assign to grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="71" />
        <location filename="../../app/views/grid/roster_tab.py" line="200" />
        <source>解除分配</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="72" />
        <source>停用/启用</source>
        <translation>Deactivate/activate</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="137" />
        <source>（未分配）</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="140" />
        <source>在岗</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="140" />
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="171" />
        <location filename="../../app/views/grid/roster_tab.py" line="192" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="171" />
        <source>请先新建网格</source>
        <translation>Create a grid first</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="192" />
        <source>请在左侧选择网格，并在表中选择该网格的网格员</source>
        <translation>Select a grid on the left and one of its grid workers in the table</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="201" />
        <source>“{name}”自今日起不再负责“{grid}”？</source>
        <translation>Unassign "{name}" from "{grid}" as of today?</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="227" />
        <source>停用网格员</source>
        <translation>Deactivate grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="228" />
        <source>停用“{name}”？其负责的网格将自今日起解除分配。</source>
        <translation>Deactivate "{name}"? Their grids will be unassigned as of today.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="347" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="349" />
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="352" />
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="354" />
        <source>（其他人员，填写姓名）</source>
        <translation>(someone else, enter name)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="356" />
        <source>值班人员</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="359" />
        <source>其他人员姓名</source>
        <translation>Other person's name</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="360" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="361" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="39" />
        <source>全部层级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="43" />
        <source>全部镇街</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="45" />
        <source> 人以上</source>
        <translation>+ people</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="46" />
        <source>不限人数</source>
        <translation>Any size</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="47" />
        <source>只列出能容纳这么多人的阵地和房间，回车生效</source>
        <translation>List only sites and rooms that hold this many people; press Enter</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="53" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="54" />
        <source>镇街</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="55" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="56" />
        <source>阵地</source>
        <translation>Education site</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="58" />
        <source>房间（容纳人数）</source>
        <translation>Rooms (capacity)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="118" />
        <source>没有符合条件的阵地</source>
        <translation>No matching sites</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="389" />
        <source>（取消替班）</source>
        <translation>(cancel substitution)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="390" />
        <source>替班人员</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="391" />
        <source>原因/备注</source>
        <translation>Reason/notes</translation>
    </message>
</context>
<context>
    <name>SuperviseDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="267" />
        <source>督办 / 催办</source>
        <translation>Supervise / urge</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="271" />
        <source>督办级别</source>
        <translation>Supervision level</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="272" />
        <source>仅催办</source>
        <translation>Urge only</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="274" />
        <source>督办意见</source>
        <translation>Supervision opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="274" />
        <source>请填写督办意见</source>
        <translation>Please enter the supervision opinion</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../../app/views/user_dialog.py" line="26" />
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/views/sync/page.py" line="92" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="93" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="94" />
        <source>上传</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="95" />
        <source>下载</source>
        <translation>Downloaded</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="96" />
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="97" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="100" />
        <source>同步记录</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="112" />
        <location filename="../../app/views/sync/page.py" line="347" />
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="115" />
        <source>区级服务器</source>
        <translation>District server</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="120" />
        <source>区管理员发放的一次性注册码</source>
        <translation>One-time code from the district administrator</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="121" />
        <source>注册本机</source>
        <translation>Register this device</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="130" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="131" />
        <source>保存间隔</source>
        <translation>Save interval</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="133" />
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="140" />
        <source>服务器地址</source>
        <translation>Server URL</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="141" />
        <source>注册码</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="142" />
        <location filename="../../app/views/sync/page.py" line="241" />
        <source>本机</source>
        <translation>This device</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="143" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="144" />
        <source>自动同步间隔</source>
        <translation>Auto-sync interval</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="148" />
        <source>冲突审核</source>
        <translation>Conflict review</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="152" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="153" />
        <source>数据</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="154" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="155" />
        <source>本机的值</source>
        <translation>Local value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="156" />
        <source>服务器的值</source>
        <translation>Server value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="157" />
        <source>保留</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="158" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="163" />
        <source>采用本机的值</source>
        <translation>Use local value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="164" />
        <source>采用服务器的值</source>
        <translation>Use server value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="199" />
        <source>镇街 {org}　设备代号 {code}</source>
        <translation>Township {org}  Device code {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="202" />
        <source>尚未注册（填写服务器地址和注册码后点“注册本机”）</source>
        <translation>Not registered (enter the server URL and code, then click "Register this device")</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="204" />
        <source>上次同步：{t}　待上传：{p} 条　待处理冲突：{c} 条　{r}</source>
        <translation>Last sync: {t}  To upload: {p}  Open conflicts: {c}  {r}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="205" />
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="218" />
        <source>注意：本机时钟与服务器相差约 {s} 秒，请校准系统时间（不影响同步）。</source>
        <translation>Note: this device's clock differs from the server by about {s} s; please correct the system time (sync is not affected).</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="229" />
        <source>成功</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="229" />
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="241" />
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="243" />
        <source>（待确认）</source>
        <translation>(pending)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="301" />
        <location filename="../../app/views/sync/page.py" line="305" />
        <location filename="../../app/views/sync/page.py" line="309" />
        <location filename="../../app/views/sync/page.py" line="324" />
        <source>注册</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="301" />
        <source>请填写以 http:// 或 https:// 开头的服务器地址</source>
        <translation>Enter a server URL starting with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="305" />
        <source>请填写区管理员发放的注册码</source>
        <translation>Enter the registration code from the district administrator</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="309" />
        <source>本机未启用同步功能</source>
        <translation>Sync is not enabled on this device</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="325" />
        <source>注册成功：设备代号 {code}。新登记的案件编号将使用此代号。</source>
        <translation>Registered: device code {code}. New case numbers will use this code.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="334" />
        <source>注册失败</source>
        <translation>Registration failed</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="342" />
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="45" />
        <source>● 未连接</source>
        <translation>● Not connected</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="47" />
        <source>● 在线</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="49" />
        <source>● 离线</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="55" />
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="59" />
        <source>上次同步 {t}</source>
        <translation>Last sync {t}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="59" />
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="60" />
        <location filename="../../app/views/sync/status_widget.py" line="75" />
        <source>待上传 {n}</source>
        <translation>To upload {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="61" />
        <source>冲突 {n}</source>
        <translation>Conflicts {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="74" />
        <source>同步失败</source>
        <translation>Sync failed</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <location filename="../../app/views/transfer/page.py" line="65" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="67" />
        <source>职责清单…</source>
        <translation>Duty list…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="69" />
        <source>查询码评价…</source>
        <translation>Evaluate by query code…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="71" />
        <source>履职评价…</source>
        <translation>Performance evaluation…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="73" />
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="138" />
        <source>案件流转</source>
        <translation>Case flow</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="198" />
        <source>红色预警 {0} 件，黄色预警 {1} 件</source>
        <translation>{0} red alerts, {1} yellow alerts</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="231" />
        <source>案件超期</source>
        <translation>Cases overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="231" />
        <source>{0} 已超期：{1}</source>
        <translation>{0} overdue: {1}</translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="38" />
        <source>上午
09:00–11:30</source>
        <translation>Morning
09:00–11:30</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="38" />
        <source>下午
14:30–17:00</source>
        <translation>Afternoon
14:30–17:00</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="53" />
        <source>{m}月{d}日
周{w}</source>
        <translation>{m}/{d}
{w}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="74" />
        <source>已约
{org}</source>
        <translation>Booked
{org}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="76" />
        <source>待审核 {n}
{org}</source>
        <translation>Pending {n}
{org}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="79" />
        <source>已过</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="79" />
        <source>空闲</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="83" />
        <source>单击或按回车预约此时段</source>
        <translation>Click or press Enter to book this session</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="231" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="233" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="235" />
        <source>手机号或0538固定电话</source>
        <translation>Mobile or 0538 landline</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="238" />
        <source>岗位类型</source>
        <translation>Role type</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="246" />
        <source>身份证号</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="249" />
        <source>已登记 {masked}，留空不变</source>
        <translation>On file: {masked}; leave blank to keep</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="252" />
        <source>选填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="253" />
        <source>填写入职日期</source>
        <translation>Set start date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="260" />
        <source>入职日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="261" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/views/intake/slip_print.py" line="25" />
        <source>（补打）</source>
        <translation>(reprint)</translation>
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="208" />
        <source>依职责清单：{0}；时限{1}</source>
        <translation>Per duty list: {0}; time limit {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="209" />
        <source>无对应职责</source>
        <translation>No matching duty</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="361" />
        <source>已生成</source>
        <translation>Created</translation>
    </message>
</context>
</TS>