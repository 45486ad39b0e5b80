<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/views/about_dialog.py" line="28" />
        <source>关于一站</source>
        <translation>About Yizhan</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="30" />
        <source>一站 — 一站式社会治理服务中心桌面端
离线可用，定时与区中心同步。</source>
        <translation>Yizhan — desk for the one-stop social-governance service centre
Works offline and syncs with the district centre on a schedule.</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="35" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="36" />
        <source>数据目录</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="37" />
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="38" />
        <source>数据库结构版本</source>
        <translation>Database schema</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="38" />
        <location filename="../../app/views/about_dialog.py" line="39" />
        <location filename="../../app/views/about_dialog.py" line="40" />
        <source>读取中…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="39" />
        <source>本机</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="40" />
        <source>同步服务器</source>
        <translation>Sync server</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="43" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="44" />
        <source>复制全部</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="62" />
        <source>（空数据库）</source>
        <translation>(empty database)</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="64" />
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../app/views/about_dialog.py" line="66" />
        <source>未注册</source>
        <translation>Not registered</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="24" />
        <source>受理决定</source>
        <translation>Acceptance decision</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="25" />
        <source>予以受理（出具受理告知书）</source>
        <translation>Accept (issue the acceptance notice)</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="28" />
        <source>不予受理理由</source>
        <translation>Reason for not accepting</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="30" />
        <source>例如：依法向区人民法院提起诉讼</source>
        <translation>e.g. bring a lawsuit at the district court</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="31" />
        <source>告知去向</source>
        <translation>Where to go instead</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="37" />
        <source>不予受理须写明理由</source>
        <translation>Not accepting needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="41" />
        <source>请告知信访人应向哪个机关或通过什么途径提出</source>
        <translation>Tell the petitioner which organ or channel to turn to</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../app/views/labels.py" line="223" />
        <source>登记案件</source>
        <translation>register cases</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="224" />
        <source>修改考核权重</source>
        <translation>change evaluation weights</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="225" />
        <source>修改职责清单</source>
        <translation>change the duty list</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="226" />
        <source>提交预约</source>
        <translation>Submit booking</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="227" />
        <source>审核预约</source>
        <translation>review bookings</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="228" />
        <source>登记预约结果</source>
        <translation>record booking outcomes</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="229" />
        <source>取消或删除预约</source>
        <translation>cancel or delete bookings</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="230" />
        <source>维护网格</source>
        <translation>maintain grids</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="231" />
        <source>维护网格员</source>
        <translation>maintain grid workers</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="232" />
        <source>调整网格员任职</source>
        <translation>assign grid workers</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="233" />
        <source>排班</source>
        <translation>Rota</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="234" />
        <source>签到签退和巡查记录</source>
        <translation>sign-ins and patrol records</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="235" />
        <source>处理同步冲突</source>
        <translation>resolve sync conflicts</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="236" />
        <source>查看完整证件号码和电话</source>
        <translation>view full ID and phone numbers</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="237" />
        <source>查看审计日志</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="238" />
        <source>导出审计日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="239" />
        <source>重置他人密码</source>
        <translation>reset other users' passwords</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="60" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="61" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="112" />
        <source>{name}（{level}）</source>
        <translation>{name} ({level})</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../../app/views/labels.py" line="132" />
        <source>现场教学</source>
        <translation>Field teaching</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="133" />
        <source>党课</source>
        <translation>Party lecture</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="134" />
        <source>主题党日</source>
        <translation>Party theme day</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="135" />
        <source>重温入党誓词</source>
        <translation>Renewing the Party oath</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="136" />
        <source>专题培训</source>
        <translation>Thematic training</translation>
    </message>
</context>
<context>
    <name>ApplyRotationDialog</name>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="104" />
        <source>{name}（{days}天一轮，{n}条）</source>
        <translation>{name} ({days}-day rotation, {n} lines)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="111" />
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="112" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="113" />
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="312" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="316" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="319" />
        <source>{name}（{post}）</source>
        <translation>{name} ({post})</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="328" />
        <source>本网格岗位</source>
        <translation>Role in this grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="335" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="337" />
        <source>设定结束日期</source>
        <translation>Set end date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="342" />
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="352" />
        <source>请先选择网格和网格员</source>
        <translation>Choose a grid and a grid worker first</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="44" />
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="45" />
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="46" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="47" />
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="48" />
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="49" />
        <source>退出登录</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="50" />
        <source>锁屏</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="51" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="52" />
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="53" />
        <source>设置初始密码</source>
        <translation>First password set</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="54" />
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="55" />
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="56" />
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="57" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="58" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="59" />
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="60" />
        <source>案件事件</source>
        <translation>Case event</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="61" />
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="62" />
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="63" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="64" />
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="39" />
        <location filename="../../app/views/audit_dialog.py" line="65" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="36" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="37" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="38" />
        <source>镇街</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="40" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="41" />
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="42" />
        <source>对象编号</source>
        <translation>Object id</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="43" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="66" />
        <source>预约</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="67" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="68" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="69" />
        <source>网格分配</source>
        <translation>Grid assignment</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="70" />
        <source>排班</source>
        <translation>Rota</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="71" />
        <source>巡查记录</source>
        <translation>Patrol record</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="72" />
        <source>考核权重</source>
        <translation>Evaluation weight</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="73" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="74" />
        <location filename="../../app/views/audit_dialog.py" line="87" />
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="99" />
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="103" />
        <source>全部用户</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="105" />
        <source>全部对象</source>
        <translation>All objects</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="109" />
        <source>对象编号开头</source>
        <translation>Object id starts with</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="110" />
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="114" />
        <source>本机记录</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="117" />
        <source>全区各镇街（区级服务器）</source>
        <translation>All townships (district server)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="123" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="124" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="147" />
        <source>导出CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="239" />
        <source>（未登录）</source>
        <translation>(not signed in)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="255" />
        <source>导出审计日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/audit_dialog.py" line="255" />
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/views/widgets/charts.py" line="108" />
        <source>本期没有数据</source>
        <translation>No data for this period</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="45" />
        <source>全体党员</source>
        <translation>All Party members</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="46" />
        <source>支部委员</source>
        <translation>Branch committee members</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="47" />
        <source>入党积极分子</source>
        <translation>Party membership applicants</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="48" />
        <source>发展对象</source>
        <translation>Candidates for membership</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="49" />
        <source>预备党员</source>
        <translation>Probationary members</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="50" />
        <source>党员干部</source>
        <translation>Party cadres</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="75" />
        <source>新建阵地预约</source>
        <translation>New education site booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="81" />
        <source>{site} · {room}（可容纳{cap}人）</source>
        <translation>{site} · {room} (capacity {cap})</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="86" />
        <source>阵地房间</source>
        <translation>Site room</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="97" />
        <source>日期时段</source>
        <translation>Date and session</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="98" />
        <source>如：满庄镇北淳于村党支部</source>
        <translation>e.g. Party branch of Beichunyu Village, Manzhuang</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="100" />
        <source>11位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="102" />
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="110" />
        <source>如：学习贯彻党的二十届四中全会精神</source>
        <translation>e.g. Studying the spirit of the 4th Plenary Session of the 20th CPC Central Committee</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="111" />
        <source>需要讲解员</source>
        <translation>Guide needed</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="126" />
        <source>预约单位*</source>
        <translation>Organisation*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="127" />
        <source>联系人*</source>
        <translation>Contact person*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="128" />
        <source>手机号码*</source>
        <translation>Mobile number*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="129" />
        <source>参加人数*</source>
        <translation>Participants*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="130" />
        <source>参加对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="131" />
        <source>活动类型*</source>
        <translation>Activity type*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="132" />
        <source>活动主题</source>
        <translation>Activity topic</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="137" />
        <source>{name}（{cap}人）</source>
        <translation>{name} ({cap} people)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="144" />
        <source>加选房间</source>
        <translation>Add room</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="148" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="152" />
        <location filename="../../app/views/bookings/dialogs.py" line="301" />
        <source>重复预约</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="163" />
        <source>提交预约</source>
        <translation>Submit booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="166" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="258" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="259" />
        <source>“{org}”（{room}）</source>
        <translation>“{org}” ({room})</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="264" />
        <source>该时段已有预约待审核</source>
        <translation>Requests already waiting</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="267" />
        <source>该时段已有 {n} 个预约待审核：{ahead}。
仍可提交，排在其后等待管理员审核。</source>
        <translation>{n} request(s) for this slot are waiting for review: {ahead}.
You may still submit; yours queues behind them for the clerk's review.</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="271" />
        <source>仍要提交（排队）</source>
        <translation>Submit anyway (queue)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="273" />
        <source>改选时段</source>
        <translation>Pick another slot</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="296" />
        <source>
{day}：{why}</source>
        <translation>
{day}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="303" />
        <source>已提交 {n} 次预约（待审核），跳过 {k} 次。</source>
        <translation>{n} bookings submitted (pending review), {k} skipped.</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="333" />
        <source>{taken}。可改约以下空闲时段或房间：</source>
        <translation>{taken}. You can rebook one of these free sessions or rooms:</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="346" />
        <source>改约：{label}</source>
        <translation>Rebook: {label}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="354" />
        <source>{m}月{d}日 {slot} · {room}</source>
        <translation>{m}/{d} {slot} · {room}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="361" />
        <source>改约至：{label}</source>
        <translation>Rebooked to: {label}</translation>
    </message>
</context>
<context>
    <name>BookingSlot</name>
    <message>
        <location filename="../../app/views/labels.py" line="122" />
        <source>上午 09:00–11:30</source>
        <translation>Morning 09:00–11:30</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="123" />
        <source>下午 14:30–17:00</source>
        <translation>Afternoon 14:30–17:00</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <location filename="../../app/views/labels.py" line="125" />
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="126" />
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="127" />
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="128" />
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="129" />
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="130" />
        <source>爽约</source>
        <translation>No-show</translation>
    </message>
</context>
<context>
    <name>BookingTable</name>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="29" />
        <source>预约编号</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="30" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="31" />
        <source>时段</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="32" />
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="33" />
        <source>预约单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="34" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="35" />
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="36" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="58" />
        <source>（待确认·未同步）</source>
        <translation> (tentative, not synced)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="60" />
        <source>（已确认）</source>
        <translation> (confirmed)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="62" />
        <source>{status}：{reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/booking_table.py" line="80" />
        <source>本机提交，尚未经区级服务器确认</source>
        <translation>Made on this desk, not yet confirmed by the district server</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <location filename="../../app/views/pages.py" line="86" />
        <location filename="../../app/views/bookings/page.py" line="137" />
        <source>阵地预约</source>
        <translation>Site bookings</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="150" />
        <source>◀ 上一周</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="151" />
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="152" />
        <source>下一周 ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="159" />
        <source>新建预约(&amp;B) Ctrl+N</source>
        <translation>New &amp;booking Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="161" />
        <source>预约日历中选中的空闲时段；未选中时取本周第一个空闲时段</source>
        <translation>Books the free slot chosen in the calendar, or the week's first free slot</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="171" />
        <source>空闲</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="172" />
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="173" />
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="174" />
        <source>已过</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="177" />
        <source>待确认</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="179" />
        <source>本机提交、尚未经区级服务器确认的预约（斜线标记）</source>
        <translation>Bookings made on this desk and not yet confirmed by the district server (hatched)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="192" />
        <source>◀ 上月</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="193" />
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="194" />
        <source>下月 ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="204" />
        <source>使用月报(PDF)…</source>
        <translation>Usage report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="206" />
        <source>本阵地本月各房间的利用率、到场人数和爽约，可打印</source>
        <translation>Each room's utilisation, attendance and no-shows at this site this month, printable</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="208" />
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="214" />
        <source>每格上半为上午、下半为下午；双击某天打开该房间那一周。</source>
        <translation>Top half of a cell: morning; bottom half: afternoon. Double-click a day to open that room's week.</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="232" />
        <source>本阵地预约</source>
        <translation>Bookings for this site</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="234" />
        <source>全部状态（待审核在前）</source>
        <translation>All statuses (pending first)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="241" />
        <location filename="../../app/views/bookings/page.py" line="314" />
        <source>阵地预约清单</source>
        <translation>Booking list</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="244" />
        <source>刷新 F5</source>
        <translation>Refresh F5</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="254" />
        <source>查看原因并改约…</source>
        <translation>See why and rebook…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="268" />
        <source>通过(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="269" />
        <source>驳回(&amp;R)…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="270" />
        <source>取消预约(&amp;C)…</source>
        <translation>&amp;Cancel booking…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="271" />
        <source>活动完成(&amp;D)…</source>
        <translation>Activity &amp;done…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="272" />
        <source>爽约(&amp;N)</source>
        <translation>&amp;No-show</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="273" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="274" />
        <source>打印确认单 Ctrl+P</source>
        <translation>Print confirmation Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="282" />
        <source>取消整个系列…</source>
        <translation>Cancel whole series…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="285" />
        <location filename="../../app/views/bookings/page.py" line="456" />
        <source>取消该重复预约尚未开始的每一次；单次请用“取消预约”</source>
        <translation>Cancels every date of this series not yet begun; for one date use “Cancel booking”</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="289" />
        <source>修改(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="292" />
        <source>修改整个系列…</source>
        <translation>Edit whole series…</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="317" />
        <source>阵地</source>
        <translation>Education site</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="318" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="359" />
        <source>没有符合条件的房间</source>
        <translation>No matching rooms</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="372" />
        <source>{m}月{d}日</source>
        <translation>{m}/{d}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="374" />
        <source>{room}　{a}–{b}</source>
        <translation>{room}  {a}–{b}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="425" />
        <location filename="../../app/views/bookings/page.py" line="436" />
        <source>新建预约</source>
        <translation>New booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="425" />
        <source>请先在左侧选择阵地和房间</source>
        <translation>Choose a site and a room on the left first</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="437" />
        <source>本周该房间已没有可预约的时段，请翻到下一周或换一个房间</source>
        <translation>This room has no bookable slot left this week: go to the next week or choose another room</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="715" />
        <source>驳回预约</source>
        <translation>Reject booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="715" />
        <source>驳回理由（将告知预约单位）：</source>
        <translation>Reason for rejection (will be sent to the organisation):</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="724" />
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="724" />
        <source>取消原因（可不填）：</source>
        <translation>Reason for cancelling (optional):</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="737" />
        <source>取消整个重复预约</source>
        <translation>Cancel the booking series</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="738" />
        <source>取消理由（尚未开始的每一次都将取消）：</source>
        <translation>Reason (every date not yet begun is cancelled):</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="547" />
        <location filename="../../app/views/bookings/page.py" line="745" />
        <source>重复预约</source>
        <translation>Booking series</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="112" />
        <source>周视图（房间）</source>
        <translation>Week (room)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="113" />
        <source>月视图（全阵地）</source>
        <translation>Month (whole site)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="455" />
        <location filename="../../app/views/bookings/page.py" line="512" />
        <source>所选预约不属于重复预约系列</source>
        <translation>The selected booking is not part of a recurring series</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="466" />
        <source>不可用：{why}</source>
        <translation>Unavailable: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="471" />
        <location filename="../../app/views/bookings/page.py" line="504" />
        <source>请先在列表中选择一条预约</source>
        <translation>Select a booking in the list first</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="477" />
        <source>该预约当前为“{status}”，此操作只适用于：{fits}</source>
        <translation>This booking is "{status}"; this action applies only to: {fits}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="481" />
        <source>活动开始后才能登记结果</source>
        <translation>The outcome can be recorded only once the activity has begun</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="483" />
        <source>活动已开始，请标记为已完成或爽约</source>
        <translation>The activity has begun: mark it completed or no-show</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="487" />
        <source>仅预约管理员或中心负责人可审核和登记结果</source>
        <translation>Only a booking clerk or the centre head may review bookings and record outcomes</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="489" />
        <source>“{site}”不属于本镇街，由其所属镇街或区级预约管理员审核</source>
        <translation>"{site}" is not a site of your township; its own township or the district booking clerk reviews it</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="494" />
        <source>本账号角色不能取消或删除预约</source>
        <translation>This account's role may not cancel or delete bookings</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="499" />
        <source>只能取消本镇街提交或本镇街阵地的预约</source>
        <translation>Only bookings made by your township or at your township's sites can be cancelled</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="509" />
        <source>修改预约单位、联系人、人数、主题和备注</source>
        <translation>Change the organisation, contact, headcount, topic and note</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="519" />
        <source>修改该系列尚未开始的每一次；已通过而锁定的日期会列出</source>
        <translation>Change every date of the series not yet begun; dates locked by approval are listed</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="525" />
        <source>只有待审核或已通过的预约可以修改</source>
        <translation>Only pending or approved bookings can be edited</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="526" />
        <source>活动时段已经开始，不能再修改</source>
        <translation>The booked time has begun; it can no longer be edited</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="528" />
        <source>预约已通过审核，已锁定；如需修改请联系阵地管理员，或取消后重新预约</source>
        <translation>The booking is approved and locked; ask the site's booking clerk to change it, or cancel and book again</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="530" />
        <source>只能修改本镇街提交的预约</source>
        <translation>Only bookings made by your township can be edited</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="543" />
        <source>已修改该系列的 {n} 次预约</source>
        <translation>Changed {n} bookings of the series</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="546" />
        <source>；{days} 已通过审核而锁定，未修改</source>
        <translation>; {days} approved and locked, not changed</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="596" />
        <source>{site}　{y}年{m}月　全阵地利用率 {u}</source>
        <translation>{site}　{y}-{m}　site utilisation {u}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="635" />
        <location filename="../../app/views/bookings/page.py" line="660" />
        <source>阵地使用月报</source>
        <translation>Monthly site usage report</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="643" />
        <source>导出阵地使用月报</source>
        <translation>Export monthly site usage report</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="645" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="660" />
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="675" />
        <source>区级服务器退回了 {n} 个离线提交的预约（时段已被其他单位先预约），如“{org}”{day}：{reason}</source>
        <translation>The district server refused {n} booking(s) made offline (the slot was booked first by another organisation), e.g. "{org}" {day}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="745" />
        <source>已取消该系列的 {n} 次预约</source>
        <translation>Cancelled {n} bookings of the series</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="779" />
        <source>确认该单位未到场，标记为爽约？</source>
        <translation>Confirm the organisation did not attend and mark it as a no-show?</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="786" />
        <source>确认删除该预约记录？</source>
        <translation>Delete this booking record?</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="792" />
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="798" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="799" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/page.py" line="823" />
        <source>预约确认单</source>
        <translation>Booking confirmation</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="19" />
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="20" />
        <source>临近期限</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="47" />
        <location filename="../../app/views/transfer/detail.py" line="83" />
        <source>请选择左侧列表中的案件</source>
        <translation>Select a case in the list on the left</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="65" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="65" />
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="65" />
        <source>经办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="65" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="170" />
        <source>待审批延期{0}日：{1}</source>
        <translation>Extension of {0} days awaiting approval: {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="172" />
        <source>评价：</source>
        <translation>Rating: </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="174" />
        <source>重办{0}次</source>
        <translation>Redone {0} times</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="183" />
        <source>状态：&lt;b&gt;{status}&lt;/b&gt;　期限：{deadline}</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;  Deadline: {deadline}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="157" />
        <location filename="../../app/views/transfer/detail.py" line="187" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="96" />
        <source>信访终结：复核意见已出具，同一事实和理由不再受理</source>
        <translation>Petition concluded: the re-check opinion is issued; the same facts and grounds are not accepted again</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="100" />
        <source>信访阶段：&lt;b&gt;{stage}&lt;/b&gt;　本阶段期限：{due}</source>
        <translation>Petition stage: &lt;b&gt;{stage}&lt;/b&gt;   due: {due}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="102" />
        <source>复查</source>
        <translation>review</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="102" />
        <source>复核</source>
        <translation>re-check</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="103" />
        <source>信访阶段：&lt;b&gt;{stage}&lt;/b&gt;　信访人可于{due}前申请{what}</source>
        <translation>Petition stage: &lt;b&gt;{stage}&lt;/b&gt;   the petitioner may ask for {what} by {due}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="107" />
        <source>复查机关：{0}</source>
        <translation>Review organ: {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="109" />
        <source>复核机关：{0}</source>
        <translation>Re-check organ: {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="145" />
        <source>进行中</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="147" />
        <source>按期</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="149" />
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="152" />
        <source>{label}（{limit}）至{due}·{mark}</source>
        <translation>{label} ({limit}) by {due} · {mark}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="178" />
        <source>来源巡查：</source>
        <translation>From patrol: </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="191" />
        <source>主办</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="191" />
        <source>协办</source>
        <translation>Co-handler</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="192" />
        <source>已签收</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="192" />
        <source>未签收</source>
        <translation>Not acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="194" />
        <source>已反馈</source>
        <translation>Feedback given</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="194" />
        <source>未反馈</source>
        <translation>No feedback</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="196" />
        <source>退回{0}次</source>
        <translation>Returned {0} times</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="198" />
        <source>{role}：{department}（{marks}）</source>
        <translation>{role}: {department} ({marks})</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="199" />
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="202" />
        <source>尚未交办</source>
        <translation>Not yet assigned</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="215" />
        <source>（未生效）</source>
        <translation>(not in effect)</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="57" />
        <source>输入名称或拼音首字母，如 ll</source>
        <translation>Type a name or pinyin initials, e.g. ll</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="60" />
        <source>来访人反映的情况（时间、地点、经过）</source>
        <translation>What the visitor reports (when, where, what happened)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="67" />
        <source>村/社区</source>
        <translation>Village/community</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="68" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="72" />
        <source>已知</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="75" />
        <source>群体性事件</source>
        <translation>Mass incident</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="77" />
        <source>涉密/保密</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="81" />
        <source>添加附件(&amp;A)…</source>
        <translation>&amp;Add attachment…</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="87" />
        <source>当场处置结果</source>
        <translation>On-the-spot resolution result</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="89" />
        <source>不予受理或移送的理由</source>
        <translation>Reason for non-acceptance or referral</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="91" />
        <source>接收机关，如 区劳动人事争议仲裁院</source>
        <translation>Receiving authority, e.g. District Labour Dispute Arbitration Commission</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="123" />
        <source>事项类别(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="113" />
        <source>事项经过(&amp;F)</source>
        <translation>&amp;Facts</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="127" />
        <source>诉求(&amp;D)</source>
        <translation>&amp;Demands</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="140" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="142" />
        <source>事项类型</source>
        <translation>Matter type</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="146" />
        <source>发生地</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="150" />
        <source>发生时间</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="153" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="156" />
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="159" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="163" />
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="130" />
        <source>窗口处理(&amp;O)</source>
        <translation>Wind&amp;ow handling</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="131" />
        <source>处置结果</source>
        <translation>Resolution result</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="134" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="136" />
        <source>接收机关</source>
        <translation>Receiving authority</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="235" />
        <source>{n}/{m} 字</source>
        <translation>{n}/{m} chars</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="238" />
        <source>已超过{m}字，请精简或改为附件</source>
        <translation>Over {m} characters; shorten it or attach it as a file</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/case_fields.py" line="242" />
        <source>选择附件或扫描件</source>
        <translation>Choose attachments or scans</translation>
    </message>
</context>
<context>
    <name>CaseKind</name>
    <message>
        <location filename="../../app/views/labels.py" line="23" />
        <source>矛盾纠纷</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="24" />
        <source>信访·建议意见类</source>
        <translation>Petition: suggestion</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="25" />
        <source>信访·检举控告类</source>
        <translation>Petition: accusation</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="26" />
        <source>信访·申诉求决类</source>
        <translation>Petition: claim</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="27" />
        <source>民生诉求</source>
        <translation>Livelihood request</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="28" />
        <source>咨询</source>
        <translation>Consultation</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../../app/views/labels.py" line="45" />
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="46" />
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="47" />
        <source>待交办</source>
        <translation>To assign</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="48" />
        <source>待签收</source>
        <translation>To acknowledge</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="49" />
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="50" />
        <source>延期</source>
        <translation>Extended</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="51" />
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="52" />
        <source>待回访</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="53" />
        <source>已评价</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="54" />
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="55" />
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="56" />
        <source>已移送</source>
        <translation>Transferred out</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/views/cases/case_table_model.py" line="27" />
        <source>受理编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/case_table_model.py" line="28" />
        <source>受理时间</source>
        <translation>Accepted at</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/case_table_model.py" line="29" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/case_table_model.py" line="30" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/case_table_model.py" line="31" />
        <source>镇街</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/case_table_model.py" line="32" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/case_table_model.py" line="33" />
        <source>事项摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/case_table_model.py" line="34" />
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/case_table_model.py" line="98" />
        <source>·重复件</source>
        <translation> · repeat</translation>
    </message>
</context>
<context>
    <name>CaseViewDialog</name>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="418" />
        <source>案件详情</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="424" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CaseViewPanel</name>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="75" />
        <source>正在读取案件…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="84" />
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="88" />
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="88" />
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="88" />
        <source>证件号码</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="88" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="89" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="94" />
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="95" />
        <source>查看完整证件号码和电话将记入审计日志</source>
        <translation>Viewing full ID and phone numbers is recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="99" />
        <source>您的角色不能查看完整证件号码和电话</source>
        <translation>Your role may not view full ID and phone numbers</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="105" />
        <source>事实与诉求</source>
        <translation>Facts and requests</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="112" />
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="117" />
        <source>办理过程</source>
        <translation>Handling history</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="120" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="120" />
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="120" />
        <source>经办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="120" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="148" />
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="151" />
        <source>重新打印回执</source>
        <translation>Reprint slip</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="223" />
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="233" />
        <source>待审批延期{0}日：{1}</source>
        <translation>Extension of {0} days awaiting approval: {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="235" />
        <source>评价：</source>
        <translation>Rating: </translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="237" />
        <source>重办{0}次</source>
        <translation>Redone {0} times</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="239" />
        <source>来源巡查：</source>
        <translation>From patrol: </translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="243" />
        <source>状态：&lt;b&gt;{status}&lt;/b&gt;　类别：{category}　类型：{kind}　来源：{channel}　受理：{received}</source>
        <translation>Status: &lt;b&gt;{status}&lt;/b&gt;   Category: {category}   Type: {kind}   Channel: {channel}   Received: {received}</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="246" />
        <source>未分类</source>
        <translation>Uncategorised</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="252" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="255" />
        <source>事实经过</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="255" />
        <source>诉求</source>
        <translation>Demands</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="262" />
        <source>主办</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="262" />
        <source>协办</source>
        <translation>Co-handler</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="263" />
        <source>已签收</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="263" />
        <source>未签收</source>
        <translation>Not acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="265" />
        <source>已反馈</source>
        <translation>Feedback given</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="265" />
        <source>未反馈</source>
        <translation>No feedback</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="267" />
        <source>退回{0}次</source>
        <translation>Returned {0} times</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="269" />
        <source>{role}：{department}（{marks}）</source>
        <translation>{role}: {department} ({marks})</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="270" />
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="274" />
        <source>承办部门：</source>
        <translation>Departments: </translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="274" />
        <source>尚未交办</source>
        <translation>Not yet assigned</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="282" />
        <source>无附件</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="310" />
        <source>（未生效）</source>
        <translation>(not in effect)</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="341" />
        <source>更正事实、类别、当事人或联系方式，记入办理过程</source>
        <translation>Correct facts, category, parties or contact details; recorded in the history</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/view.py" line="345" />
        <source>更正：</source>
        <translation>Correction: </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/views/cases/page.py" line="55" />
        <source>搜索：姓名（可两字）、事项内容、拼音首字母、案件编号、电话或证件号</source>
        <translation>Name, text, pinyin, case no., phone, ID</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="58" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="61" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="62" />
        <source>全部镇街</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="69" />
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="77" />
        <source>仅超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="78" />
        <source>补打回执 Ctrl+P</source>
        <translation>Reprint slip Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="85" />
        <source>清除首页筛选</source>
        <translation>Clear dashboard filter</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="123" />
        <source>案件清单</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="62" />
        <location filename="../../app/views/cases/page.py" line="167" />
        <source>案件查询</source>
        <translation>Case search</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="183" />
        <source>按首页统计筛选：{label}</source>
        <translation>Filtered from the dashboard: {label}</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="258" />
        <source>查询中…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="274" />
        <source>，向下滚动加载更多</source>
        <translation>, scroll down for more</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="275" />
        <source>已显示 {n} 件{more}</source>
        <translation>{n} cases shown{more}</translation>
    </message>
    <message>
        <location filename="../../app/views/cases/page.py" line="293" />
        <source>请先选中一件案件</source>
        <translation>Select a case first</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/views/login_dialog.py" line="212" />
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="218" />
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="219" />
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="220" />
        <source>确认新密码</source>
        <translation>Confirm new password</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../app/views/labels.py" line="30" />
        <source>走访</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="31" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="32" />
        <source>书信</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="33" />
        <source>网上</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="34" />
        <source>网格员上报</source>
        <translation>Grid worker report</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="35" />
        <source>部门移交</source>
        <translation>Department referral</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="36" />
        <source>12345转办</source>
        <translation>12345 hotline referral</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="37" />
        <source>诉前委派</source>
        <translation>Pre-litigation referral</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="38" />
        <source>警调移交</source>
        <translation>Police referral</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="237" />
        <source>办结案件</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="243" />
        <source>办理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="245" />
        <source>结果说明</source>
        <translation>Outcome details</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="245" />
        <source>请填写办理结果</source>
        <translation>Please describe the outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="248" />
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="249" />
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="251" />
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="255" />
        <source>选择附件</source>
        <translation>Choose attachments</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="411" />
        <source>活动完成登记</source>
        <translation>Record activity completion</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="415" />
        <source>{org}，预约{n}人</source>
        <translation>{org}, {n} people booked</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="418" />
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="422" />
        <source>实到人数</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="423" />
        <source>活动评价</source>
        <translation>Activity rating</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="427" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="428" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ConsultDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="323" />
        <source>会商研判</source>
        <translation>Joint consultation</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="327" />
        <source>会商日期</source>
        <translation>Consultation date</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="329" />
        <source>参加部门</source>
        <translation>Departments present</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="330" />
        <source>会商意见</source>
        <translation>Consultation opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="330" />
        <source>请填写会商意见</source>
        <translation>Please enter the consultation opinion</translation>
    </message>
</context>
<context>
    <name>CorrectedField</name>
    <message>
        <location filename="../../app/views/labels.py" line="205" />
        <source>事项摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="206" />
        <source>事实经过</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="207" />
        <source>诉求</source>
        <translation>Demands</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="208" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="209" />
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="210" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="211" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="212" />
        <source>证件号码</source>
        <translation>ID no.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="34" />
        <source>更正案件信息</source>
        <translation>Correct case details</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="39" />
        <source>更正理由</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="39" />
        <source>请填写更正理由</source>
        <translation>Please give the reason for the correction</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="43" />
        <source>事项摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="44" />
        <source>未分类</source>
        <translation>Uncategorised</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="47" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="48" />
        <source>事实经过</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="50" />
        <source>诉求</source>
        <translation>Demands</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="58" />
        <source>{role}：{name}</source>
        <translation>{role}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="71" />
        <source>现为 {value}，填写新号码即更正</source>
        <translation>Now {value}; type a new number to correct it</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="73" />
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="75" />
        <source>证件号码</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="76" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="77" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="85" />
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../app/views/case_detail/correction_dialog.py" line="86" />
        <source>保存更正</source>
        <translation>Save correction</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="141" />
        <source>交办案件</source>
        <translation>Assign case</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="145" />
        <source>建议</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="151" />
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="155" />
        <source>协办部门</source>
        <translation>Co-handling departments</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="163" />
        <source>建议协办：{0}（如需协办请勾选）</source>
        <translation>Suggested assisting: {0} (tick to include)</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="163" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="170" />
        <source>协办部门全部反馈后，主办部门才能办结。</source>
        <translation>The lead department can close only after every assisting department has reported.</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="176" />
        <source>办结期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="177" />
        <source>办理要求</source>
        <translation>Instructions</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../app/views/durations.py" line="14" />
        <source>{d} 天 {h} 小时</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <location filename="../../app/views/durations.py" line="16" />
        <source>{d} 天</source>
        <translation>{d} d</translation>
    </message>
    <message>
        <location filename="../../app/views/durations.py" line="17" />
        <source>{h} 小时</source>
        <translation>{h} h</translation>
    </message>
</context>
<context>
    <name>DutyListDialog</name>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="35" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="36" />
        <location filename="../../app/views/transfer/duty_dialog.py" line="60" />
        <source>职责清单</source>
        <translation>Duty list</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="37" />
        <source>分流规则</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="38" />
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="39" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="40" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="41" />
        <source>驻点方式</source>
        <translation>Stationing</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="42" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="43" />
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="44" />
        <source>部门编码</source>
        <translation>Dept. code</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="45" />
        <source>类别编码</source>
        <translation>Category code</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="46" />
        <source>职责事项</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="47" />
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="48" />
        <source>主办部门编码</source>
        <translation>Lead dept. code</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="49" />
        <source>协办部门编码</source>
        <translation>Co-handling dept. codes</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="50" />
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="81" />
        <source>添加行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="82" />
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="83" />
        <source>导入Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="84" />
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="88" />
        <source>职责清单由区级管理员维护，本机只能查看和导出</source>
        <translation>The duty list is maintained by the district administrator; this desk can only view and export it</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="96" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="168" />
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="169" />
        <source>{0}{1}条</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="172" />
        <source>已保存：</source>
        <translation>Saved: </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="177" />
        <source>{0} 第{1}行：{2}</source>
        <translation>{0} row {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="182" />
        <source>有错误，未导入任何数据：</source>
        <translation>Errors found; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="185" />
        <source>&lt;br&gt;……另有{0}处错误</source>
        <translation>&lt;br&gt;… and {0} more errors</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="210" />
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="214" />
        <source>导入职责清单</source>
        <translation>Import duty list</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="214" />
        <location filename="../../app/views/transfer/duty_dialog.py" line="221" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/duty_dialog.py" line="221" />
        <source>导出职责清单</source>
        <translation>Export duty list</translation>
    </message>
</context>
<context>
    <name>DutyMonthView</name>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="60" />
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="61" />
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="62" />
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="63" />
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="64" />
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="65" />
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="66" />
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="69" />
        <source>休</source>
        <translation>Hol</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="70" />
        <source>班</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="124" />
        <source>◀ 上月</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="125" />
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="126" />
        <source>下月 ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="130" />
        <source>请假登记…</source>
        <translation>Record leave…</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="131" />
        <source>存为轮换模板…</source>
        <translation>Save as rotation…</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="132" />
        <source>套用轮换模板…</source>
        <translation>Apply rotation…</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="133" />
        <source>打印月排班表</source>
        <translation>Print month sheet</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="154" />
        <source>双击或直接输入姓名排班，多人用“、”分隔；红色格有排班提示（仅提示，不影响保存）</source>
        <translation>Type names into a cell (several separated by "、"); red cells carry a check, a hint only</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="165" />
        <source>{shift}
{post}</source>
        <translation>{shift}
{post}</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="170" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="236" />
        <source>{y}年{m}月</source>
        <translation>{y}-{m}</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="295" />
        <source>{name}（{sub}替）</source>
        <translation>{name} (stand-in {sub})</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="297" />
        <source>{shift}{post}：{name}</source>
        <translation>{shift} {post}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="336" />
        <source>本月排班提示：{d} 处一人同时两岗，{l} 处请假仍排班，{u} 处岗位无人（仅提示，不影响保存）</source>
        <translation>This month: {d} double-booked, {l} on leave, {u} posts uncovered (hints only)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="375" />
        <source>排班未保存</source>
        <translation>Duty not saved</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="419" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="419" />
        <source>还没有轮换模板：先排好几天，再“存为轮换模板”</source>
        <translation>No rotation templates yet: fill in a few days, then "Save as rotation"</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="433" />
        <source>已套用轮换模板，新增 {n} 条值班</source>
        <translation>Rotation applied: {n} duty lines added</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="435" />
        <source>；已离岗人员未排：{names}</source>
        <translation>; people who left were skipped: {names}</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="435" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/grid/month_view.py" line="436" />
        <source>排班</source>
        <translation>Rota</translation>
    </message>
</context>
<context>
    <name>DutyPost</name>
    <message>
        <location filename="../../app/views/labels.py" line="112" />
        <source>矛调窗口</source>
        <translation>Mediation window</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="113" />
        <source>接访</source>
        <translation>Receiving visitors</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="114" />
        <source>网格巡查</source>
        <translation>Grid patrol</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="115" />
        <source>应急值守</source>
        <translation>Emergency duty</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="116" />
        <source>带班领导</source>
        <translation>Leader on duty</translation>
    </message>
</context>
<context>
    <name>DutyTab</name>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="48" />
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="49" />
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="50" />
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="51" />
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="52" />
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="53" />
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="54" />
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="61" />
        <source>{post}：{name}</source>
        <translation>{post}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="65" />
        <source>（{name}替班）</source>
        <translation> ({name} substituting)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="87" />
        <source>◀ 上一周</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="88" />
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="89" />
        <source>下一周 ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="92" />
        <source>复制上周排班</source>
        <translation>Copy last week's rota</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="93" />
        <source>打印周排班表</source>
        <translation>Print week sheet</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="128" />
        <source>添加值班(&amp;D)</source>
        <translation>Add &amp;duty</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="129" />
        <source>签到(&amp;I)</source>
        <translation>Check &amp;in</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="130" />
        <source>签退(&amp;O)</source>
        <translation>Check &amp;out</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="131" />
        <source>替班…</source>
        <translation>Substitute…</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="132" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="163" />
        <source>所选格内的值班（✔ 已签到，✔✔ 已签退）：</source>
        <translation>Duties in the selected cell (✔ checked in, ✔✔ checked out):</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="177" />
        <source>周视图</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="178" />
        <source>月视图</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="234" />
        <source>值班表</source>
        <translation>Duty sheet</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="263" />
        <source>{a} 至 {b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="304" />
        <source>本周排班提示：{d} 处一人同时两岗，{l} 处请假仍排班，{u} 处岗位无人（仅提示，不影响保存）</source>
        <translation>This week: {d} double-booked, {l} on leave, {u} posts uncovered (hints only)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="315" />
        <source>全镇排班（选择左侧网格只看该网格网格员的值班）</source>
        <translation>Whole township (pick a grid on the left to see only its workers' duties)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="319" />
        <source>“{grid}”网格员的值班（{n} 人在岗）</source>
        <translation>Duties of the workers of “{grid}” ({n} serving)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="373" />
        <source>排班</source>
        <translation>Rota</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="373" />
        <source>已从上周复制 {n} 条值班</source>
        <translation>Copied {n} duties from last week</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="396" />
        <source>删除值班</source>
        <translation>Delete duty</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/duty_tab.py" line="396" />
        <source>删除所选值班记录？</source>
        <translation>Delete the selected duty record?</translation>
    </message>
</context>
<context>
    <name>EditBookingDialog</name>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="54" />
        <source>修改整个重复预约</source>
        <translation>Edit the whole recurring booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="54" />
        <source>修改预约</source>
        <translation>Edit booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="59" />
        <source>{site} · {rooms}　{day} {slot}</source>
        <translation>{site} · {rooms}　{day} {slot}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="64" />
        <source>{where}（及该系列以后各次）</source>
        <translation>{where} (and the later dates of the series)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="67" />
        <source>预约</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="71" />
        <source>留空则保留原号码</source>
        <translation>Leave empty to keep the stored number</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="73" />
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="76" />
        <source>需要讲解员</source>
        <translation>Guide needed</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="89" />
        <source>预约单位*</source>
        <translation>Organisation*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="90" />
        <source>联系人*</source>
        <translation>Contact person*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="91" />
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="92" />
        <source>参加人数*</source>
        <translation>Participants*</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="93" />
        <source>参加对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="94" />
        <source>活动主题</source>
        <translation>Activity topic</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="96" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="97" />
        <source>更改日期、时段或房间：请取消后重新预约（需重新审核）。</source>
        <translation>To change the date, time or room: cancel and book again (it is reviewed again).</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="106" />
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="109" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="35" />
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="36" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="37" />
        <source>交办件数</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="38" />
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="49" />
        <source>按时签收率</source>
        <translation>On-time ack.</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="39" />
        <source>办结件数</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="40" />
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="50" />
        <source>按时办结率</source>
        <translation>On-time closure</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="41" />
        <source>退回率</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="42" />
        <source>重办率</source>
        <translation>Redone</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="43" />
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="53" />
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="44" />
        <source>超期件数</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="45" />
        <source>综合得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="51" />
        <source>未退回率</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="52" />
        <source>未重办率</source>
        <translation>Not redone</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="58" />
        <source>机关</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="59" />
        <source>信访环节</source>
        <translation>Petition step</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="60" />
        <source>件数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="61" />
        <source>按期件数</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="62" />
        <source>按期率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="66" />
        <source>决定受理</source>
        <translation>Decide acceptance</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="67" />
        <source>出具处理意见</source>
        <translation>Issue handling opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="68" />
        <source>受理复查申请</source>
        <translation>Accept review request</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="69" />
        <source>出具复查意见</source>
        <translation>Issue review opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="70" />
        <source>受理复核申请</source>
        <translation>Accept re-check request</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="71" />
        <source>出具复核意见</source>
        <translation>Issue re-check opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="85" />
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="108" />
        <source>履职评价</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="95" />
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="99" />
        <source> 月</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="100" />
        <source>统计</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="102" />
        <source>生成PDF</source>
        <translation>Create PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="119" />
        <source>信访各环节按期率（受理、处理意见、复查、复核）</source>
        <translation>On-time rate per petition step (acceptance, opinion, review, re-check)</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="142" />
        <source>保存权重</source>
        <translation>Save weights</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="145" />
        <source>权重由区里设定，本机只能查看</source>
        <translation>The weights are set by the district; this desk can only view them</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="148" />
        <source>权重（区里设定）</source>
        <translation>Weights (set by the district)</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="159" />
        <source>履职评价排名</source>
        <translation>Performance ranking</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="163" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="208" />
        <source>{0}年{1}月，共{2}个部门</source>
        <translation>{1}/{0}, {2} departments</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/evaluation_dialog.py" line="241" />
        <source>已生成 {0}</source>
        <translation>Created {0}</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <location filename="../../app/views/labels.py" line="142" />
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="143" />
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="144" />
        <source>快速处置</source>
        <translation>Quick resolution</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="145" />
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="146" />
        <source>移送</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="147" />
        <source>交办</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="148" />
        <source>签收</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="149" />
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="150" />
        <source>改派</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="151" />
        <source>维持交办</source>
        <translation>Uphold assignment</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="152" />
        <source>办理进展</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="153" />
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="154" />
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="155" />
        <source>驳回延期</source>
        <translation>Reject extension</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="156" />
        <source>协办反馈</source>
        <translation>Co-handler feedback</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="157" />
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="158" />
        <source>回访评价</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="159" />
        <source>重办</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="160" />
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="161" />
        <source>督办</source>
        <translation>Supervise</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="162" />
        <source>催办</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="163" />
        <source>会商研判</source>
        <translation>Joint consultation</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="164" />
        <source>升级督办</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="165" />
        <source>调解协议</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="166" />
        <source>司法确认提醒</source>
        <translation>Judicial confirmation reminder</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="167" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="168" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="169" />
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="170" />
        <source>受理告知</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="171" />
        <source>处理意见书</source>
        <translation>Handling opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="172" />
        <source>复查申请</source>
        <translation>Review request</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="173" />
        <source>复查意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="174" />
        <source>复核申请</source>
        <translation>Re-check request</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="175" />
        <source>复核意见</source>
        <translation>Re-check opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="176" />
        <source>信访终结</source>
        <translation>Petition concluded</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="219" />
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="223" />
        <source> 日</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="224" />
        <source>延期天数</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="226" />
        <source>延期理由</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="226" />
        <source>请填写延期理由（将印在延期告知书上）</source>
        <translation>Enter the reason for extension (printed on the extension notice)</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../app/views/first_run.py" line="45" />
        <source>首次使用向导</source>
        <translation>First-run guide</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="54" />
        <source>跳过向导</source>
        <translation>Skip the guide</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="55" />
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="56" />
        <location filename="../../app/views/first_run.py" line="161" />
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="67" />
        <source>欢迎使用一站！三步完成本机设置，随时可以跳过。</source>
        <translation>Welcome to Yizhan! Three steps set up this desk; you can skip at any time.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="90" />
        <source>第一步：本机所属镇街</source>
        <translation>Step 1: this desk's township</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="95" />
        <source>案件编号、统计和同步都按镇街区分。请确认本机所在的镇街；登记第一件案件或注册本机之后就不能再更改。</source>
        <translation>Case numbers, statistics and sync are kept per township. Confirm this desk's township; it cannot be changed once the first case is registered or the desk is registered.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="113" />
        <source>第二步：连接区级服务器</source>
        <translation>Step 2: connect to the district server</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="118" />
        <source>注册后，本机的案件按时同步到区里，也能收到区里交办的案件。没有网络时本机可以完全离线使用，以后在“同步”页随时注册。</source>
        <translation>Once registered, this desk's cases sync to the district on schedule and cases the district assigns arrive here. Without a network the desk works fully offline; you can register later on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="124" />
        <source>现在注册（完成向导后打开“同步”页，填写区里给的注册码）</source>
        <translation>Register now (the Sync page opens after the guide; enter the code the district gave you)</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="126" />
        <source>暂不注册，先离线使用</source>
        <translation>Not now: work offline for the time being</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="139" />
        <source>第三步：打印测试回执</source>
        <translation>Step 3: print a test receipt</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="144" />
        <source>打印一张示例回执，检查打印机、纸张和字迹。测试回执印有“示例数据”字样，不是真实案件。</source>
        <translation>Print a sample receipt to check the printer, the paper and the print. It is marked as sample data and is not a real case.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="149" />
        <source>打印测试回执…</source>
        <translation>Print test receipt…</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="161" />
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="163" />
        <source>第 {n} 步，共 {total} 步</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="182" />
        <source>已改为 {town}，重新启动程序后生效。</source>
        <translation>Changed to {town}; takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../app/views/first_run.py" line="214" />
        <source>测试回执</source>
        <translation>Test receipt</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="130" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="131" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="201" />
        <source>网格名称</source>
        <translation>Grid name</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="202" />
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="205" />
        <source>所属村/社区</source>
        <translation>Village/community</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="211" />
        <source> 户</source>
        <translation> households</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="212" />
        <source>户数</source>
        <translation>Homes</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="213" />
        <source>网格范围</source>
        <translation>Grid area</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="216" />
        <source>投诉监督电话</source>
        <translation>Complaints hotline</translation>
    </message>
</context>
<context>
    <name>GridDialogs</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="197" />
        <source>编辑网格</source>
        <translation>Edit grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="197" />
        <source>新建网格</source>
        <translation>New grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="243" />
        <source>编辑网格员</source>
        <translation>Edit grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="245" />
        <source>新增网格员</source>
        <translation>New grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="310" />
        <source>分配到网格</source>
        <translation>Assign to grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="375" />
        <source>添加值班</source>
        <translation>Add duty</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="426" />
        <source>替班</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="454" />
        <source>新增巡查记录</source>
        <translation>New patrol record</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <location filename="../../app/views/grid/page.py" line="57" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="57" />
        <source>户数</source>
        <translation>Homes</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="60" />
        <source>新建网格</source>
        <translation>New grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="61" />
        <source>编辑网格</source>
        <translation>Edit grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="62" />
        <location filename="../../app/views/grid/page.py" line="247" />
        <source>删除网格</source>
        <translation>Delete grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="86" />
        <source>打印花名册</source>
        <translation>Print roster</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="87" />
        <source>打印网格公示牌</source>
        <translation>Print grid notice board</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="94" />
        <source>花名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="95" />
        <source>排班表</source>
        <translation>Rota</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="96" />
        <source>巡查日志</source>
        <translation>Patrol log</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="80" />
        <location filename="../../app/views/grid/page.py" line="119" />
        <source>网格管理</source>
        <translation>Grid management</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="148" />
        <source>全部网格（{n}）</source>
        <translation>All grids ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="157" />
        <source>（未指定村/社区）</source>
        <translation>(no village/community)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="166" />
        <location filename="../../app/views/grid/page.py" line="223" />
        <source>暂无网格员</source>
        <translation>No grid workers yet</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="166" />
        <location filename="../../app/views/grid/page.py" line="206" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="195" />
        <source>先在左侧选择一个网格</source>
        <translation>Select a grid on the left first</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="201" />
        <source>本镇街共 {n} 个网格，{w} 人次在岗。选择左侧网格查看详情。</source>
        <translation>This township has {n} grids with {w} worker assignments. Select a grid on the left for details.</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="207" />
        <source>{name}（{post} {phone}）</source>
        <translation>{name} ({post} {phone})</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="216" />
        <source>{name}｜{village}｜{households} 户｜投诉电话 {phone}
范围：{area}
在岗：{people}</source>
        <translation>{name} | {village} | {households} households | Complaints {phone}
Area: {area}
On duty: {people}</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="247" />
        <source>删除网格“{name}”？</source>
        <translation>Delete grid "{name}"?</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="281" />
        <source>网格员花名册</source>
        <translation>Grid worker roster</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="288" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="288" />
        <source>还没有网格可以公示</source>
        <translation>There are no grids to post yet</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/page.py" line="306" />
        <source>网格公示牌</source>
        <translation>Grid notice board</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../app/views/help_dialog.py" line="12" />
        <source>zh</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../app/views/help_dialog.py" line="34" />
        <source>使用帮助</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/views/home/page.py" line="147" />
        <source>今日受理</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="148" />
        <source>在办案件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="151" />
        <source>今日办结</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="153" />
        <source>当前数字，与“案件流转”各队列一致（同一统计范围）</source>
        <translation>Current figures, the same as the Case Transfer queues (same scope)</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="182" />
        <source>统计研判</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="189" />
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="190" />
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="191" />
        <source>近30天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="192" />
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="193" />
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="205" />
        <location filename="../../app/views/home/page.py" line="408" />
        <source>全区</source>
        <translation>Whole district</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="207" />
        <source>本镇街</source>
        <translation>This township</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="208" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="209" />
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="215" />
        <source>生成月报…</source>
        <translation>Monthly report…</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="233" />
        <location filename="../../app/views/home/page.py" line="281" />
        <location filename="../../app/views/home/page.py" line="447" />
        <location filename="../../app/views/home/page.py" line="562" />
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="234" />
        <location filename="../../app/views/home/page.py" line="281" />
        <location filename="../../app/views/home/page.py" line="291" />
        <location filename="../../app/views/home/page.py" line="448" />
        <location filename="../../app/views/home/page.py" line="563" />
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="235" />
        <source>在办（本期受理）</source>
        <translation>Open (received in period)</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="236" />
        <source>超期（本期受理）</source>
        <translation>Overdue (received in period)</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="281" />
        <location filename="../../app/views/home/page.py" line="289" />
        <location filename="../../app/views/home/page.py" line="449" />
        <location filename="../../app/views/home/page.py" line="564" />
        <location filename="../../app/views/home/page.py" line="568" />
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="281" />
        <location filename="../../app/views/home/page.py" line="290" />
        <location filename="../../app/views/home/page.py" line="450" />
        <location filename="../../app/views/home/page.py" line="565" />
        <location filename="../../app/views/home/page.py" line="569" />
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="237" />
        <location filename="../../app/views/home/page.py" line="566" />
        <source>重复件</source>
        <translation>Repeat visits</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="149" />
        <source>黄色预警</source>
        <translation>Yellow alert</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="150" />
        <source>红色预警（已超期）</source>
        <translation>Red alert (overdue)</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="238" />
        <location filename="../../app/views/home/page.py" line="567" />
        <source>群体性</source>
        <translation>Group cases</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="259" />
        <source>受理、办结、在办、超期走势</source>
        <translation>Received, closed, open and overdue over time</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="269" />
        <source>按类别（受理）</source>
        <translation>By category (received)</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="270" />
        <source>按渠道（受理）</source>
        <translation>By channel (received)</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="281" />
        <source>地区</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="285" />
        <source>部门履职（在办、超期为当前；办结、退回为本期）</source>
        <translation>Departments (open and overdue now; closed and returned in the period)</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="288" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="292" />
        <source>按时办结率</source>
        <translation>On-time closing rate</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="293" />
        <location filename="../../app/views/home/page.py" line="570" />
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="51" />
        <location filename="../../app/views/home/page.py" line="327" />
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="399" />
        <source>{date} 工作概况</source>
        <translation>Overview for {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="399" />
        <source>%Y年%m月%d日</source>
        <translation>%d %b %Y</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="405" />
        <source>当前用户：{name}（{window}）　统计范围：{scope}　设备：{device}</source>
        <translation>User: {name} ({window})   Scope: {scope}   Device: {device}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="410" />
        <source>本镇街 {org}</source>
        <translation>this township {org}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="434" />
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="437" />
        <source>化解成功率 {v}</source>
        <translation>Resolved {v}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="438" />
        <source>按时办结率 {v}</source>
        <translation>Closed on time {v}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="439" />
        <source>平均办结 {v}</source>
        <translation>Average to close {v}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="440" />
        <source>九成办结 {v}</source>
        <translation>90% closed within {v}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="441" />
        <source>回访满意率 {v}</source>
        <translation>Satisfied on revisit {v}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="442" />
        <source>重复件占比 {v}</source>
        <translation>Repeat visits {v}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="469" />
        <source>按镇街（点击数字查看案件）</source>
        <translation>By township (click a figure for its cases)</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="471" />
        <source>按村（社区）（点击数字查看案件）</source>
        <translation>By village / community (click a figure for its cases)</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="487" />
        <source>未分类</source>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="488" />
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="489" />
        <source>未填镇街</source>
        <translation>No township</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="490" />
        <source>未填村居</source>
        <translation>No village</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="615" />
        <source>保存月报</source>
        <translation>Save monthly report</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="617" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="632" />
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="634" />
        <source>正在绘制图表…</source>
        <translation>Drawing charts…</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="637" />
        <source>正在写入 Excel…</source>
        <translation>Writing the Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="643" />
        <source>正在生成月报</source>
        <translation>Building the monthly report</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="648" />
        <source>月报已生成</source>
        <translation>Monthly report ready</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="648" />
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>IdType</name>
    <message>
        <location filename="../../app/views/labels.py" line="76" />
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="77" />
        <source>港澳居民居住证</source>
        <translation>HK/Macao residence permit</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="78" />
        <source>台湾居民居住证</source>
        <translation>Taiwan residence permit</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="79" />
        <source>其他证件</source>
        <translation>Other ID</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="80" />
        <source>未提供</source>
        <translation>Not provided</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="60" />
        <source>导入花名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="66" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="66" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="66" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="85" />
        <source>已全部导入：</source>
        <translation>Everything imported: </translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="86" />
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="86" />
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="94" />
        <source>有 {rows} 行共 {n} 处错误，未导入任何数据。请在Excel中改正下列各行后重新导入。</source>
        <translation>{n} problems in {rows} rows: nothing was imported. Correct these rows in Excel and import again.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../app/views/intake/page.py" line="97" />
        <source>保存 Ctrl+S</source>
        <translation>Save Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="98" />
        <source>打印回执 Ctrl+P</source>
        <translation>Print slip Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="99" />
        <source>新建 F2</source>
        <translation>New F2</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="56" />
        <location filename="../../app/views/intake/page.py" line="155" />
        <source>窗口受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="100" />
        <source>读卡 F4</source>
        <translation>Read card F4</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="101" />
        <source>读取二代身份证，填入申请人并查找来访记录</source>
        <translation>Read the ID card, fill in the applicant and look up earlier visits</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="102" />
        <source>读卡器设置…</source>
        <translation>Card reader settings…</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="179" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="182" />
        <source>被申请人、第三人、代理人</source>
        <translation>Respondents, third parties, agents</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="186" />
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="286" />
        <source>未设置读卡器：键盘式读卡器请在查找框中刷卡，或在“读卡器设置”中选择读卡器</source>
        <translation>No card reader set: with a keyboard-wedge reader swipe the card in the lookup box, or choose a reader under “Card reader settings”</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="289" />
        <source>正在读卡…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="309" />
        <source>读卡：{message}</source>
        <translation>Card: {message}</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="315" />
        <source>已读卡，正在查找来访记录…</source>
        <translation>Card read; looking up earlier visits…</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="332" />
        <source>已读卡：{name}，曾来访</source>
        <translation>Card read: {name}, visited before</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="343" />
        <source>已读卡：新来访人，请补充联系电话</source>
        <translation>Card read: new visitor, please add a phone number</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="436" />
        <source>申请人姓名</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="438" />
        <source>联系电话或证件号码</source>
        <translation>Phone or ID no.</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="440" />
        <source>事项类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="442" />
        <source>事项经过</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="445" />
        <source>处置结果</source>
        <translation>Resolution result</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="447" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="449" />
        <source>接收机关</source>
        <translation>Receiving authority</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="454" />
        <source>还需填写：</source>
        <translation>Still required: </translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="454" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="456" />
        <source>保存并生成案件编号</source>
        <translation>Save and generate case no.</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="463" />
        <source>本案已保存（{no}），按 F2 登记新案件</source>
        <translation>Case saved ({no}); press F2 to register a new case</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="480" />
        <source>正在保存，请稍候</source>
        <translation>Saving, please wait</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="496" />
        <source>（重复件，前案 {no}）</source>
        <translation> (repeat; earlier case {no})</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="502" />
        <source>已登记 {no}　查询码 {code}{r}　Ctrl+P 打印</source>
        <translation>Registered {no}  Query code {code}{r}  Ctrl+P to print</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="513" />
        <source>未保存：请按红字提示修改（已填内容均保留）</source>
        <translation>Not saved: fix the fields marked in red (everything entered is kept)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="530" />
        <source>请先保存（Ctrl+S），再打印回执</source>
        <translation>Save first (Ctrl+S), then print the slip</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="565" />
        <source>清空表单</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="566" />
        <source>表单中有未保存的内容，确定清空吗？</source>
        <translation>The form has unsaved input. Clear it anyway?</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="569" />
        <source>清空(&amp;Y)</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="570" />
        <location filename="../../app/views/intake/page.py" line="591" />
        <source>保留(&amp;N)</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="586" />
        <source>上报为案件</source>
        <translation>Report as case</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="587" />
        <source>表单中有未保存的内容，清空并改为登记这条巡查记录吗？</source>
        <translation>The form holds unsaved text. Clear it and register this patrol record instead?</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="590" />
        <source>清空并登记(&amp;Y)</source>
        <translation>Clear and register (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="605" />
        <source>{day}网格员{name}巡查{place}时发现：{issue}</source>
        <translation>On {day} grid worker {name} found while patrolling {place}: {issue}</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="608" />
        <source>网格内</source>
        <translation>the grid</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="612" />
        <source>。已采取措施：{action}</source>
        <translation>. Action taken: {action}</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/page.py" line="615" />
        <source>由巡查记录上报（{day} {name}），保存后巡查记录与案件互相关联</source>
        <translation>Reported from a patrol record ({day} {name}); once saved, the record and the case point at each other</translation>
    </message>
</context>
<context>
    <name>IntakeSidePanel</name>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="67" />
        <source>来访人既往案件</source>
        <translation>Visitor's earlier cases</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="75" />
        <location filename="../../app/views/intake/side_panel.py" line="214" />
        <source>（选中来访人后显示其既往案件，含已同步的其他中心案件）</source>
        <translation>(Select a visitor to see their earlier cases, including synced cases from other centres)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="93" />
        <source>【信访终结】</source>
        <translation>[Petition concluded]</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="103" />
        <source>无既往案件</source>
        <translation>No earlier cases</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="108" />
        <source>其他中心：正在查询…</source>
        <translation>Other centres: asking…</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="123" />
        <source>其他中心：无记录</source>
        <translation>Other centres: no cases</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="125" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="128" />
        <source>（共{n}件）</source>
        <translation> ({n} in all)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="133" />
        <source>其他中心：{n} 件，{places}</source>
        <translation>Other centres: {n} cases, {places}</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="144" />
        <source>⚠ 信访终结：该来访人的下列信访事项已经处理、复查、复核，复核意见已出具。</source>
        <translation>⚠ Petition concluded: these petitions of this visitor have been handled, reviewed and re-checked; the re-check opinion is issued.</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="149" />
        <source>以同一事实和理由再次提出的，不再受理（《信访工作条例》第三十六条）；请做好解释，引导其通过诉讼等法定途径解决。</source>
        <translation>The same facts and grounds raised again are not accepted (Regulations on Petition Work, art. 36); explain this and guide the visitor to litigation or other legal channels.</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="170" />
        <source>（已关联前案 {no}，保存时标记为重复件）</source>
        <translation> (linked to earlier case {no}; saved as a repeat visit)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="181" />
        <source>点击编号改选前案；不是重复来访则不必理会。</source>
        <translation>Click a number to link another earlier case; ignore this if it is not a repeat visit.</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="184" />
        <source>是重复来访：点击编号（或 Alt+L 关联第一条）；保存时才标记为“重复件”。</source>
        <translation>A repeat visit? Click its number (or Alt+L for the first); only then is it saved as a repeat visit.</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/side_panel.py" line="175" />
        <source>⚠ {n}日内可能重复来访：</source>
        <translation>⚠ Possible repeat visit within {n} days:</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="33" />
        <source>（请选择网格员）</source>
        <translation>(choose a grid worker)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="35" />
        <source>{name}（{post}）</source>
        <translation>{name} ({post})</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="38" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="39" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="40" />
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="41" />
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="42" />
        <source>病假、事假、调休、公休…</source>
        <translation>Sick leave, personal leave, time off in lieu…</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <location filename="../../app/views/widgets/charts.py" line="219" />
        <source>本期没有数据</source>
        <translation>No data for this period</translation>
    </message>
</context>
<context>
    <name>ListOut</name>
    <message>
        <location filename="../../app/views/widgets/list_out.py" line="133" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ListOutButtons</name>
    <message>
        <location filename="../../app/views/widgets/list_out.py" line="104" />
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/list_out.py" line="105" />
        <source>把当前清单（含筛选条件）导出为 Excel 工作簿</source>
        <translation>Export the list shown (with its filters) as an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/list_out.py" line="106" />
        <source>打印清单…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/list_out.py" line="107" />
        <source>按A4横向表格预览并打印当前清单</source>
        <translation>Preview and print the list shown as an A4 landscape table</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/list_out.py" line="121" />
        <source>导出Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/list_out.py" line="123" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/list_out.py" line="146" />
        <source>正在导出Excel</source>
        <translation>Exporting to Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/list_out.py" line="152" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/list_out.py" line="152" />
        <source>已导出 {n} 条：{path}</source>
        <translation>Exported {n} rows: {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/list_out.py" line="173" />
        <source>正在生成打印清单</source>
        <translation>Preparing the list for printing</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/views/login_dialog.py" line="84" />
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="85" />
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="86" />
        <source>确认密码(&amp;C)</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="95" />
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="97" />
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="100" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="109" />
        <source>{app} — 登录</source>
        <translation>{app} — Sign in</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="115" />
        <source>首次使用：设置管理员密码</source>
        <translation>First use: set the administrator's password</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="118" />
        <source>本机还没有任何账号设置过密码。请为管理员账号 {name} 设置密码（至少8位，须含字母和数字或符号），之后用它登录并为同事重置密码。</source>
        <translation>No account on this computer has a password yet. Set a password for the administrator account {name} (at least 8 characters, with letters and digits or symbols), then sign in with it and reset your colleagues' passwords.</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="123" />
        <source>设置密码并登录</source>
        <translation>Set password and sign in</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="127" />
        <source>{app} — 已锁定</source>
        <translation>{app} — Locked</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="128" />
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="130" />
        <source>{name} 离开后屏幕已锁定。输入密码解锁，或切换为其他用户登录。</source>
        <translation>The screen locked while {name} was away. Enter the password to unlock, or sign in as another user.</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="135" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="138" />
        <source>请登录</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="142" />
        <source>这是示例数据库：所有示例账号的密码都是 {password}（例如窗口受理员 {username}）。正式数据库不会显示密码。</source>
        <translation>This is a demo database: every demo account's password is {password} (for example the front-desk clerk {username}). A real database never shows passwords.</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="149" />
        <source>本机数据已加密，用您的用户名和密码登录后才能打开。连续输错5次账号将被锁定。</source>
        <translation>This desk's data is encrypted: it opens when you sign in with your user name and password. Five wrong passwords in a row lock the account.</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="153" />
        <source>请输入您的用户名和密码。连续输错5次账号将被锁定。</source>
        <translation>Enter your user name and password. Five wrong passwords in a row lock the account.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="75" />
        <source>{app} — 一站式社会治理服务中心</source>
        <translation>{app} — One-Stop Social Governance Service Centre</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="97" />
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="120" />
        <source>{name}｜{org}</source>
        <translation>{name} | {org}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="125" />
        <source>处理中…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="215" />
        <source>{title}：{text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="221" />
        <source>系统(&amp;S)</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="223" />
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="226" />
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="229" />
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="231" />
        <location filename="../../app/views/main_window.py" line="311" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="241" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="244" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="245" />
        <source>本页帮助</source>
        <translation>Help for this page</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="248" />
        <location filename="../../app/views/main_window.py" line="316" />
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="249" />
        <source>关于一站</source>
        <translation>About Yizhan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="256" />
        <source>重置用户密码…</source>
        <translation>Reset a user's password…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="257" />
        <source>自动锁屏时间…</source>
        <translation>Auto-lock time…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="259" />
        <source>审计日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="271" />
        <source>密码已修改</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="280" />
        <source>密码已重置</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="290" />
        <source>自动锁屏时间</source>
        <translation>Auto-lock time</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="291" />
        <source>无人操作多少分钟后锁定屏幕（0 表示不自动锁定，下次启动生效）：</source>
        <translation>Lock the screen after how many idle minutes (0: never; takes effect at the next start):</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="311" />
        <source>界面语言将在下次启动时生效。</source>
        <translation>The language takes effect the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="318" />
        <source>F1　本页帮助
Alt+1…9　切换标签页
F2　新建登记
F4　读卡
Ctrl+S　保存
Ctrl+P　打印
Esc　清空表单（有内容时确认）
Ctrl+L　锁定屏幕
Ctrl+Shift+U　切换用户
Ctrl+Q　退出</source>
        <translation>F1  help for this page
Alt+1…9  switch tabs
F2  new intake
F4  read ID card
Ctrl+S  save
Ctrl+P  print
Esc  clear the form (asks when filled)
Ctrl+L  lock screen
Ctrl+Shift+U  switch user
Ctrl+Q  quit</translation>
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
        <translation>Separate names with commas</translation>
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
    <name>MonthGrid</name>
    <message>
        <location filename="../../app/views/bookings/month.py" line="83" />
        <source>{room}：本月{held}/{slots}个半天已使用，{pending}个待审核</source>
        <translation>{room}: {held}/{slots} half-days used this month, {pending} pending</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/month.py" line="96" />
        <source>空闲</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/month.py" line="97" />
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/month.py" line="98" />
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/month.py" line="99" />
        <source>待确认</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/month.py" line="101" />
        <source>{room} {m}月{d}日
上午：{am}
下午：{pm}</source>
        <translation>{room} {m}/{d}
Morning: {am}
Afternoon: {pm}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/month.py" line="114" />
        <source>{name}（{cap}人）</source>
        <translation>{name} ({cap} people)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/month.py" line="127" />
        <source>利用率</source>
        <translation>Utilisation</translation>
    </message>
</context>
<context>
    <name>OpKind</name>
    <message>
        <location filename="../../app/views/labels.py" line="138" />
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="139" />
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="140" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="69" />
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="71" />
        <source>意见内容</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="71" />
        <source>请填写意见内容</source>
        <translation>Please write the opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="78" />
        <source>下一级审查机关</source>
        <translation>Next reviewing organ</translation>
    </message>
</context>
<context>
    <name>OtherParties</name>
    <message>
        <location filename="../../app/views/intake/parties.py" line="72" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/parties.py" line="72" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/parties.py" line="72" />
        <source>证件/信用代码</source>
        <translation>ID / code</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/parties.py" line="72" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/parties.py" line="78" />
        <source>添加当事人(&amp;M)…</source>
        <translation>Add &amp;party…</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/parties.py" line="79" />
        <source>移除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../app/views/labels.py" line="58" />
        <source>化解成功</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="59" />
        <source>部分化解</source>
        <translation>Partly resolved</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="60" />
        <source>未化解·已引导诉讼仲裁</source>
        <translation>Not resolved; referred to court or arbitration</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="61" />
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="62" />
        <source>移送</source>
        <translation>Transfer out</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../app/views/intake/parties.py" line="32" />
        <source>添加当事人</source>
        <translation>Add party</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="50" />
        <source>18位身份证号，末位可为X</source>
        <translation>18-digit ID no.; last may be X</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="53" />
        <source>手机号或0538固定电话</source>
        <translation>Mobile or 0538 landline</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="58" />
        <source>18位统一社会信用代码</source>
        <translation>18-char unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="61" />
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="62" />
        <source>查看完整证件号码和电话（将记入审计日志）</source>
        <translation>View the full ID and phone numbers (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="72" />
        <source>角色(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="75" />
        <source>类型(&amp;Y)</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="76" />
        <source>姓名/名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="78" />
        <source>证件类型(&amp;T)</source>
        <translation>ID &amp;type</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="79" />
        <source>证件号码(&amp;I)</source>
        <translation>&amp;ID no.</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="84" />
        <source>信用代码(&amp;U)</source>
        <translation>Credit &amp;code</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="86" />
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="87" />
        <source>联系电话(&amp;H)</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="89" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/party_form.py" line="185" />
        <source>出生日期 {d}　性别 {s}</source>
        <translation>Born {d}  Sex {s}</translation>
    </message>
</context>
<context>
    <name>PartyRole</name>
    <message>
        <location filename="../../app/views/labels.py" line="68" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="69" />
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="70" />
        <source>第三人</source>
        <translation>Third party</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="71" />
        <source>代理人/代表</source>
        <translation>Agent/representative</translation>
    </message>
</context>
<context>
    <name>PartyType</name>
    <message>
        <location filename="../../app/views/labels.py" line="73" />
        <source>自然人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="74" />
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="456" />
        <source>巡查日期</source>
        <translation>Patrol date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="462" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="465" />
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="466" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="469" />
        <source>巡查地点</source>
        <translation>Patrol location</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="470" />
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="471" />
        <source>处置措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="472" />
        <source>处置结果</source>
        <translation>Resolution result</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="473" />
        <source>关联案件编号</source>
        <translation>Linked case no.</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="474" />
        <source>选填，如 106-261127-A-0007</source>
        <translation>Optional, e.g. 106-261127-A-0007</translation>
    </message>
</context>
<context>
    <name>PatrolTab</name>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="36" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="37" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="38" />
        <location filename="../../app/views/grid/patrol_tab.py" line="141" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="39" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="40" />
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="41" />
        <source>处置措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="42" />
        <source>处置结果</source>
        <translation>Resolution result</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="43" />
        <source>关联案件</source>
        <translation>Linked case</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="88" />
        <source>新增巡查记录(&amp;R)</source>
        <translation>New patrol &amp;record</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="89" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="90" />
        <source>上报为案件</source>
        <translation>Report as case</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="93" />
        <source>打开窗口受理表单，按这条巡查记录预填；保存后巡查记录与案件互相关联</source>
        <translation>Opens the intake form pre-filled from this patrol record; once saved, the record and the case point at each other</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="95" />
        <source>查看关联案件</source>
        <translation>Open linked case</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="113" />
        <location filename="../../app/views/grid/patrol_tab.py" line="138" />
        <source>巡查记录</source>
        <translation>Patrol record</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="117" />
        <location filename="../../app/views/grid/patrol_tab.py" line="142" />
        <source>巡查日期</source>
        <translation>Patrol date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="119" />
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="141" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="182" />
        <source>双击查看案件 {no}</source>
        <translation>Double-click to open case {no}</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="184" />
        <source>共 {n} 条</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="233" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="233" />
        <source>请先在花名册中新增网格员</source>
        <translation>Add grid workers in the roster first</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="251" />
        <source>删除巡查记录</source>
        <translation>Delete patrol record</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/patrol_tab.py" line="251" />
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
        <location filename="../../app/views/intake/lookup.py" line="49" />
        <source>查找来访人：身份证号 / 电话 / 姓名 / 拼音首字母（如 zsf），回车确定</source>
        <translation>Find visitor: ID no. / phone / name / pinyin initials (e.g. zsf), Enter to choose</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/lookup.py" line="104" />
        <source>（都不是：按新来访人登记）</source>
        <translation>(None of them: register a new visitor)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/lookup.py" line="116" />
        <source>有 {n} 人符合，请用 ↓↑ 选中来访人后回车（或点击）；都不是请选最后一行</source>
        <translation>{n} people match: choose the visitor with ↓↑ and Enter (or click); if none, choose the last line</translation>
    </message>
</context>
<context>
    <name>PetitionClock</name>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="27" />
        <source>转送交办</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="28" />
        <source>决定是否受理</source>
        <translation>Decide acceptance</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="29" />
        <source>办理并出具处理意见</source>
        <translation>Handle and issue opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="30" />
        <source>办理（延期后）</source>
        <translation>Handle (extended)</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="31" />
        <source>信访人申请复查</source>
        <translation>Petitioner may ask for review</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="32" />
        <source>信访人申请复核</source>
        <translation>Petitioner may ask for re-check</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="33" />
        <source>受理复查申请</source>
        <translation>Accept review request</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="34" />
        <source>受理复核申请</source>
        <translation>Accept re-check request</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="35" />
        <source>出具复查意见</source>
        <translation>Issue review opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/detail.py" line="36" />
        <source>出具复核意见</source>
        <translation>Issue re-check opinion</translation>
    </message>
</context>
<context>
    <name>PetitionStage</name>
    <message>
        <location filename="../../app/views/labels.py" line="178" />
        <source>登记待转送交办</source>
        <translation>Registered, to be routed</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="179" />
        <source>待决定是否受理</source>
        <translation>Awaiting acceptance decision</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="180" />
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="181" />
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="182" />
        <source>已出具处理意见</source>
        <translation>Handling opinion issued</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="183" />
        <source>复查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="184" />
        <source>已出具复查意见</source>
        <translation>Review opinion issued</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="185" />
        <source>复核中</source>
        <translation>Under re-check</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="186" />
        <source>已出具复核意见</source>
        <translation>Re-check opinion issued</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="187" />
        <source>信访终结</source>
        <translation>Petition concluded</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="56" />
        <source>80毫米热敏纸</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="123" />
        <source>打印预览 — {t}</source>
        <translation>Print preview — {t}</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="140" />
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="143" />
        <source>另存为PDF(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="144" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="150" />
        <source>打开文件夹(&amp;O)</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="151" />
        <source>在文件管理器中打开保存 PDF 的文件夹</source>
        <translation>Open the folder holding the PDF in the file manager</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="155" />
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="157" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="238" />
        <source>票据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="242" />
        <source>无法连接打印机，请检查打印机后重试，或另存为PDF。</source>
        <translation>Cannot reach the printer. Check it and try again, or save as PDF.</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="261" />
        <source>未找到打印机，已存为 PDF：{path}</source>
        <translation>No printer found; saved as PDF: {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="264" />
        <source>已存为 PDF：{path}</source>
        <translation>Saved as PDF: {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="266" />
        <source>默认打印机</source>
        <translation>default printer</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="269" />
        <source>已发送到打印机：{name}（{n} 份）</source>
        <translation>Sent to printer: {name} ({n} copies)</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="277" />
        <source>已保存：{p}</source>
        <translation>Saved: {p}</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="281" />
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/widgets/print_preview.py" line="281" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QueryCodeRevisitDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="344" />
        <source>凭查询码评价</source>
        <translation>Evaluate by query code</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="347" />
        <source>受理编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="350" />
        <source>查询码</source>
        <translation>Query code</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="354" />
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="355" />
        <source>群众意见</source>
        <translation>Citizen's comments</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="360" />
        <source>请填写受理编号和查询码</source>
        <translation>Enter the case no. and query code</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="364" />
        <source>不满意须写明理由，案件将重办</source>
        <translation>If dissatisfied, give a reason; the case will be redone</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../app/views/labels.py" line="189" />
        <source>待交办</source>
        <translation>To assign</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="190" />
        <source>待签收</source>
        <translation>To acknowledge</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="191" />
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="192" />
        <source>延期</source>
        <translation>Extended</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="193" />
        <source>待回访</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="194" />
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="195" />
        <source>超期预警</source>
        <translation>Overdue alerts</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="196" />
        <source>升级督办</source>
        <translation>Escalated</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../app/views/transfer/queue_table_model.py" line="26" />
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/queue_table_model.py" line="27" />
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/queue_table_model.py" line="40" />
        <source>受理编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/queue_table_model.py" line="41" />
        <source>事项摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/queue_table_model.py" line="42" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/queue_table_model.py" line="43" />
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/queue_table_model.py" line="44" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/queue_table_model.py" line="45" />
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/queue_table_model.py" line="46" />
        <source>预警</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/queue_table_model.py" line="97" />
        <source>·已升级</source>
        <translation> · escalated</translation>
    </message>
</context>
<context>
    <name>ReaderKind</name>
    <message>
        <location filename="../../app/views/labels.py" line="244" />
        <source>不使用读卡器</source>
        <translation>No card reader</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="245" />
        <source>键盘式读卡器（自动输入号码）</source>
        <translation>Keyboard-wedge reader (types the number)</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="246" />
        <source>二代证读卡器（termb 接口）</source>
        <translation>Second-generation reader (termb interface)</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="247" />
        <source>模拟读卡器（演示、培训）</source>
        <translation>Simulated reader (demos, training)</translation>
    </message>
</context>
<context>
    <name>ReaderSettingsDialog</name>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="163" />
        <source>读卡器设置</source>
        <translation>Card reader settings</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="170" />
        <source>留空：在程序目录中查找 termb.dll / libtermb.so</source>
        <translation>Leave empty to look for termb.dll / libtermb.so in the program folder</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="171" />
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="175" />
        <source>自动（先USB后串口）</source>
        <translation>Automatic (USB first, then serial)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="180" />
        <source>测试读卡</source>
        <translation>Test read</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="186" />
        <source>读卡器</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="187" />
        <source>驱动库</source>
        <translation>Driver library</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="188" />
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="191" />
        <source>键盘式读卡器无需设置：在查找框中刷卡即可。二代证读卡器（termb 接口）需厂家驱动库；64位程序不能加载32位驱动库。</source>
        <translation>A keyboard-wedge reader needs no setup: swipe the card in the lookup box. A second-generation reader (termb interface) needs the vendor's driver library; a 64-bit program cannot load a 32-bit library.</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="213" />
        <source>读卡成功：{name}</source>
        <translation>Card read: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="220" />
        <source>选择读卡器驱动库</source>
        <translation>Choose the card reader driver library</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="220" />
        <source>驱动库 (*.dll *.so)</source>
        <translation>Driver library (*.dll *.so)</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="234" />
        <source>键盘式读卡器：在查找框中刷卡即可，无需测试</source>
        <translation>Keyboard-wedge reader: swipe the card in the lookup box, nothing to test</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/card_reader.py" line="236" />
        <source>正在读卡…</source>
        <translation>Reading the card…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="384" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="385" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/dialogs.py" line="400" />
        <source>请填写理由</source>
        <translation>Please give a reason</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="177" />
        <source>被区级服务器退回的预约</source>
        <translation>Bookings refused by the district server</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="183" />
        <source>以下预约是在本机离线时提交的，同步时发现同一时段已被其他单位先预约，区级服务器保留了先到的预约。可直接改约到最近的空闲时段（改约后需重新审核）：</source>
        <translation>These bookings were made while this desk was offline. On sync the same slot turned out to be booked first by another organisation, and the district server kept the first booking. Rebook to one of the nearest free slots (it is reviewed again):</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="194" />
        <source>{org}　{day} {slot} · {rooms}
退回原因：{reason}</source>
        <translation>{org}　{day} {slot} · {rooms}
Refused because: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="207" />
        <source>前后两周内本阵地没有空闲时段，请另选阵地</source>
        <translation>No free slot at this site within two weeks either side; choose another site</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="209" />
        <source>改约：{label}</source>
        <translation>Rebook: {label}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="220" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RegionLevel</name>
    <message>
        <location filename="../../app/views/labels.py" line="19" />
        <source>区</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="20" />
        <source>镇街</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="21" />
        <source>村/社区</source>
        <translation>Village/community</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../app/views/transfer/petition_dialog.py" line="99" />
        <source>信访人申请日期</source>
        <translation>Date the petitioner asked</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/views/login_dialog.py" line="260" />
        <source>重置用户密码</source>
        <translation>Reset a user's password</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="268" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/login_dialog.py" line="269" />
        <source>新密码</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="193" />
        <source>退回案件</source>
        <translation>Return case</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="197" />
        <source>退回理由</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="198" />
        <source>具体说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <location filename="../../app/views/labels.py" line="198" />
        <source>不属本部门职责</source>
        <translation>Not this department's duty</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="199" />
        <source>不属本辖区</source>
        <translation>Outside this jurisdiction</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="200" />
        <source>材料不全、事实不清</source>
        <translation>Incomplete materials or unclear facts</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="201" />
        <source>已进入诉讼、仲裁或行政复议程序</source>
        <translation>Already in litigation, arbitration or administrative review</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="202" />
        <source>重复交办</source>
        <translation>Assigned twice</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="203" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RevisitDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="34" />
        <source>电话回访</source>
        <translation>Phone follow-up</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="35" />
        <source>窗口评价</source>
        <translation>Evaluation at the window</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="36" />
        <source>上门回访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="271" />
        <source>回访评价</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="275" />
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="279" />
        <source>回访方式</source>
        <translation>Follow-up method</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="280" />
        <source>群众意见</source>
        <translation>Citizen's comments</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="286" />
        <source>不满意须写明理由，案件将重办</source>
        <translation>If dissatisfied, give a reason; the case will be redone</translation>
    </message>
</context>
<context>
    <name>RiskGrade</name>
    <message>
        <location filename="../../app/views/labels.py" line="40" />
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="41" />
        <source>黄</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="42" />
        <source>橙</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="43" />
        <source>红</source>
        <translation>Red</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../app/views/labels.py" line="93" />
        <source>窗口受理员</source>
        <translation>Front-desk clerk</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="94" />
        <source>部门承办人</source>
        <translation>Department handler</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="95" />
        <source>中心负责人</source>
        <translation>Centre head</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="96" />
        <source>区督导</source>
        <translation>District supervisor</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="97" />
        <source>网格管理员</source>
        <translation>Grid coordinator</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="98" />
        <source>预约管理员</source>
        <translation>Booking clerk</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="99" />
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RosterDialogs</name>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="32" />
        <source>请假登记</source>
        <translation>Record leave</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="68" />
        <source>存为轮换模板</source>
        <translation>Save as rotation template</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="101" />
        <source>套用轮换模板</source>
        <translation>Apply rotation template</translation>
    </message>
</context>
<context>
    <name>RosterExcel</name>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="37" />
        <source>新增网格</source>
        <translation>grids added</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="38" />
        <source>更新网格</source>
        <translation>grids updated</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="39" />
        <source>新增网格员</source>
        <translation>New grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="40" />
        <source>更新网格员</source>
        <translation>workers updated</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="41" />
        <source>新分配</source>
        <translation>new assignments</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="42" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="43" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="110" />
        <source>下载花名册模板</source>
        <translation>Download roster template</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="111" />
        <source>网格花名册模板.xlsx</source>
        <translation>grid-roster-template.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="112" />
        <location filename="../../app/views/grid/excel_io.py" line="131" />
        <location filename="../../app/views/grid/excel_io.py" line="170" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="129" />
        <source>导入花名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="156" />
        <source>正在读取并检查花名册……</source>
        <translation>Reading and checking the roster…</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="168" />
        <location filename="../../app/views/grid/excel_io.py" line="184" />
        <source>导出花名册</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="169" />
        <source>网格花名册.xlsx</source>
        <translation>grid-roster.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/excel_io.py" line="186" />
        <source>已导出 {grids} 个网格、{workers} 名网格员到
{path}</source>
        <translation>Exported {grids} grids and {workers} workers to
{path}</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="40" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="41" />
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="42" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="43" />
        <source>所在网格</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="44" />
        <source>身份证号</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="45" />
        <source>入职日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="46" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="62" />
        <source>姓名、拼音首字母或电话（Ctrl+F）</source>
        <translation>Name, pinyin initials or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="66" />
        <source>全部岗位</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="69" />
        <source>含已停用</source>
        <translation>Include inactive</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="82" />
        <source>新增网格员(&amp;N)</source>
        <translation>&amp;New grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="83" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="84" />
        <source>分配到网格(&amp;A)</source>
        <translation>&amp;Assign to grid</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="85" />
        <location filename="../../app/views/grid/roster_tab.py" line="227" />
        <source>解除分配</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="86" />
        <source>停用/启用</source>
        <translation>Deactivate/activate</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="95" />
        <source>下载模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="96" />
        <source>从Excel导入(&amp;I)</source>
        <translation>&amp;Import from Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="97" />
        <source>导出Excel(&amp;X)</source>
        <translation>E&amp;xport to Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="164" />
        <source>（未分配）</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="164" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="167" />
        <source>在岗</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="167" />
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="198" />
        <location filename="../../app/views/grid/roster_tab.py" line="219" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="198" />
        <source>请先新建网格</source>
        <translation>Create a grid first</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="219" />
        <source>请在左侧选择网格，并在表中选择该网格的网格员</source>
        <translation>Select a grid on the left and one of its grid workers in the table</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="228" />
        <source>“{name}”自今日起不再负责“{grid}”？</source>
        <translation>Unassign "{name}" from "{grid}" as of today?</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="258" />
        <source>停用网格员</source>
        <translation>Deactivate grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_tab.py" line="259" />
        <source>停用“{name}”？其负责的网格将自今日起解除分配。</source>
        <translation>Deactivate "{name}"? Their grids will be unassigned as of today.</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <location filename="../../app/views/labels.py" line="64" />
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="65" />
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="66" />
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
</context>
<context>
    <name>SaveRotationDialog</name>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="70" />
        <source>模板名称</source>
        <translation>Template name</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="72" />
        <source>从哪天起</source>
        <translation>Starting on</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/roster_dialogs.py" line="73" />
        <source>轮换周期（天）</source>
        <translation>Rotation length (days)</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <location filename="../../app/views/labels.py" line="241" />
        <source>本镇街</source>
        <translation>own township</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="242" />
        <source>区级</source>
        <translation>district</translation>
    </message>
</context>
<context>
    <name>SeriesBox</name>
    <message>
        <location filename="../../app/views/bookings/series.py" line="30" />
        <source>每月第一个</source>
        <translation>1st in the month</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="31" />
        <source>每月第二个</source>
        <translation>2nd in the month</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="32" />
        <source>每月第三个</source>
        <translation>3rd in the month</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="33" />
        <source>每月第四个</source>
        <translation>4th in the month</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="34" />
        <source>每月最后一个</source>
        <translation>Last in the month</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="35" />
        <source>每周</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="36" />
        <source>每两周</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="39" />
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="40" />
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="41" />
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="42" />
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="43" />
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="44" />
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="45" />
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="55" />
        <source>重复：</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="66" />
        <source>共 </source>
        <translation>Count: </translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="67" />
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="68" />
        <source>预览日期</source>
        <translation>Preview dates</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="119" />
        <source>　跳过：</source>
        <translation>  skipped: </translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/series.py" line="127" />
        <source>可预约 {ok} 次，跳过 {skip} 次</source>
        <translation>{ok} can be booked, {skip} skipped</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../app/views/service_templates.py" line="53" />
        <source>找不到文件：{name}</source>
        <translation>File not found: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="54" />
        <source>不是文件：{name}</source>
        <translation>Not a file: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="55" />
        <source>附件“{name}”有{size} MB，超过上限{most} MB；请压缩或分页扫描后再添加</source>
        <translation>Attachment “{name}” is {size} MB, over the {most} MB limit; compress it or scan it in parts first</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="58" />
        <source>扫描件“{name}”有{size} MB，超过上限{most} MB</source>
        <translation>Scan “{name}” is {size} MB, over the {most} MB limit</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="60" />
        <source>密码至少8位</source>
        <translation>The password needs at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="61" />
        <source>密码不能超过128位</source>
        <translation>The password may have at most 128 characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="62" />
        <source>密码须同时包含字母和数字或符号</source>
        <translation>The password needs letters and digits or symbols</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="63" />
        <source>密码不能包含用户名</source>
        <translation>The password must not contain the user name</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="64" />
        <source>本机已设置过密码，请用账号登录</source>
        <translation>Passwords are already set on this computer; sign in with your account</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="65" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="66" />
        <source>用户名或密码不正确</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="67" />
        <source>连续输错密码次数过多，账号已锁定，请{minutes}分钟后再试</source>
        <translation>Too many wrong passwords: the account is locked, try again in {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="68" />
        <source>连续{n}次输错密码，账号已锁定{minutes}分钟</source>
        <translation>{n} wrong passwords in a row: the account is locked for {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="69" />
        <source>该账号尚未设置密码，请联系系统管理员重置密码</source>
        <translation>This account has no password yet; ask the administrator to reset it</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="70" />
        <source>用户名或密码不正确（再错{left}次将锁定账号）</source>
        <translation>Wrong user name or password ({left} more and the account locks)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="71" />
        <source>请先登录</source>
        <translation>Please sign in first</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="72" />
        <source>原密码不正确</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="73" />
        <source>两次输入的新密码不一致</source>
        <translation>The two new passwords differ</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="74" />
        <source>新密码不能与原密码相同</source>
        <translation>The new password must differ from the current one</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="75" />
        <source>没有这个用户</source>
        <translation>No such user</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="76" />
        <source>本机已设置密码，自检和测试登录只能用于示例数据库或新数据库</source>
        <translation>Passwords are set on this computer: the self-test and test sign-in work only on a demo or new database</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="80" />
        <source>只有区级用户可以查看各镇街的审计日志</source>
        <translation>Only district users may view the townships' audit logs</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="81" />
        <source>各镇街设备的审计链完整：共{n}台设备，逐条校验通过</source>
        <translation>Audit chains of the townships' desks are intact: {n} desks, every entry verified</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="82" />
        <source>设备{device}的审计链在第{seq}条处断开（共{n}台设备有问题）</source>
        <translation>The audit chain of desk {device} breaks at entry {seq} ({n} desks affected)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="86" />
        <source>“{name}”是加密的备份或不是一站的备份文件</source>
        <translation>"{name}" is an encrypted backup or not a Yizhan backup</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="87" />
        <source>“{name}”不是本机的加密备份</source>
        <translation>"{name}" is not an encrypted backup of this desk</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="88" />
        <source>找不到附件文件：{name}</source>
        <translation>Attachment file not found: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="90" />
        <source>本机数据库的密钥文件无法读取：{name}</source>
        <translation>The key file of this desk's database cannot be read: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="91" />
        <source>本机数据库已经加密</source>
        <translation>This desk's database is already encrypted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="92" />
        <source>用户名或密码不正确。如果您从未在这台电脑上登录过，请在已登录的同事锁屏后点“切换用户”登录一次，或请管理员重置您的密码</source>
        <translation>Wrong user name or password. If you have never signed in on this computer, sign in once through "Switch user" on a colleague's lock screen, or ask the administrator to reset your password</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="97" />
        <source>附件已加密，请先登录</source>
        <translation>The attachment is encrypted: sign in first</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="98" />
        <source>附件无法解密（文件损坏或不是本机的附件）</source>
        <translation>The attachment cannot be decrypted (damaged, or not this desk's)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="99" />
        <source>只有系统管理员可以加密本机数据库</source>
        <translation>Only the system administrator can encrypt this desk's database</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="101" />
        <source>审计链完整：共{n}条记录，逐条校验通过</source>
        <translation>Audit chain intact: {n} entries, each one verified</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="102" />
        <source>审计链在第{seq}条处断开：该条或之前的记录被改动或删除</source>
        <translation>Audit chain broken at entry {seq}: it or an earlier entry was changed or removed</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="104" />
        <source>“{role}”无权{action}</source>
        <translation>"{role}" may not {action}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="105" />
        <source>只有区级账号可以{action}</source>
        <translation>Only a district account may {action}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="106" />
        <source>不能{action}：数据属于其他镇街</source>
        <translation>Cannot {action}: the data belongs to another township</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="107" />
        <source>只能以本部门名义{action}</source>
        <translation>You may {action} only for your own department</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="109" />
        <source>不能处理其他镇街的案件</source>
        <translation>Cannot act on another township's case</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="111" />
        <source>找不到数据库文件：{name}</source>
        <translation>Database file not found: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="112" />
        <source>找不到备份文件：{name}</source>
        <translation>Backup file not found: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="113" />
        <source>“{name}”不是一站的备份文件</source>
        <translation>"{name}" is not a Yizhan backup</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="114" />
        <source>备份文件“{name}”已损坏（完整性检查未通过）</source>
        <translation>The backup "{name}" is damaged (integrity check failed)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="115" />
        <source>恢复后的数据库完整性检查未通过，请用“恢复前”的备份还原</source>
        <translation>The restored database failed its integrity check; restore the "before-restore" backup</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="117" />
        <source>上午</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="118" />
        <source>下午</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="119" />
        <source>{month}月{day}日 {slot} · {room}</source>
        <translation>{month}/{day} {slot} · {room}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="120" />
        <source>{room}{month}月{day}日{slot}已被“{org}”预约（已通过）</source>
        <translation>{room} on {month}/{day} ({slot}) is already booked by “{org}” (approved)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="121" />
        <source>{taken}；当天本阵地没有其他空闲时段或房间，请另选日期</source>
        <translation>{taken}; no other slot or room of this site is free that day, please choose another date</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="122" />
        <source>{taken}。可选空闲：{free}</source>
        <translation>{taken}. Free instead: {free}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="123" />
        <source>{conflict}。请驳回本预约并告知对方改约。</source>
        <translation>{conflict}. Reject this booking and ask the organisation to rebook.</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="125" />
        <source>重复次数应为1到{most}次</source>
        <translation>Repeat 1 to {most} times</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="126" />
        <source>每月第几个星期几的设置不对</source>
        <translation>The “nth weekday of the month” setting is not valid</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="127" />
        <source>每隔几周应为1到8周</source>
        <translation>Repeat every 1 to 8 weeks</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="128" />
        <source>所有日期都无法预约：{reasons}</source>
        <translation>None of the dates can be booked: {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="129" />
        <source>{month}月{day}日：{problem}</source>
        <translation>{month}/{day}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="130" />
        <source>该重复预约系列不存在或已删除</source>
        <translation>This booking series does not exist or was deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="132" />
        <source>只有待审核或已通过的预约可以修改</source>
        <translation>Only pending or approved bookings can be edited</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="133" />
        <source>活动时段已经开始，不能再修改</source>
        <translation>The booked time has begun; it can no longer be edited</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="134" />
        <source>预约已通过审核，已锁定；如需修改请联系阵地管理员，或取消后重新预约</source>
        <translation>The booking is approved and locked; ask the site's booking clerk to change it, or cancel and book again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="137" />
        <source>只能修改本镇街提交的预约</source>
        <translation>Only bookings made by your township can be edited</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="138" />
        <source>参加人数{n}人超过所订房间的容量{seats}人</source>
        <translation>{n} people exceed the {seats} seats of the booked rooms</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="139" />
        <source>该系列没有尚未开始的预约可以修改</source>
        <translation>The series has no booking not yet begun to edit</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="141" />
        <source>只有被退回的预约可以改约</source>
        <translation>Only a refused booking can be rebooked</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="142" />
        <source>所选阵地不存在或已删除</source>
        <translation>The chosen site does not exist or was deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="143" />
        <source>月份不对</source>
        <translation>The month is not valid</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="145" />
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="146" />
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="147" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="148" />
        <source>标记为已完成</source>
        <translation>Mark as completed</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="149" />
        <source>标记为爽约</source>
        <translation>Mark as no-show</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="150" />
        <source>只有{allowed}的预约可以{verb}，该预约当前为“{status}”</source>
        <translation>Only {allowed} bookings allow “{verb}”; this booking is “{status}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="151" />
        <source>该预约时段已经开始，不能再审核通过；请驳回或取消</source>
        <translation>This booking's slot has already started and can no longer be approved; reject or cancel it</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="152" />
        <source>请填写驳回理由，便于告知预约单位</source>
        <translation>Please give a reason for rejecting, so the organisation can be told</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="153" />
        <source>驳回理由不能超过500个字（现在{n}个）</source>
        <translation>The reason for rejecting may have at most 500 characters (now {n})</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="154" />
        <source>活动时段已经开始，不能取消；请标记为已完成或爽约</source>
        <translation>The activity has already started and cannot be cancelled; mark it as completed or no-show</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="155" />
        <source>活动尚未开始，不能标记为已完成</source>
        <translation>The activity has not started yet and cannot be marked as completed</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="156" />
        <source>实到人数至少为1人；无人到场请标记为爽约</source>
        <translation>At least 1 person must have attended; if nobody came, mark it as no-show</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="157" />
        <source>实到{attended}人远超预约的{headcount}人，请核对</source>
        <translation>{attended} attended, far more than the {headcount} booked; please check</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="158" />
        <source>评价应为1–5星</source>
        <translation>The rating must be 1–5 stars</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="159" />
        <source>活动尚未开始，不能标记为爽约；如对方不来请取消预约</source>
        <translation>The activity has not started yet and cannot be marked as no-show; cancel the booking if they are not coming</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="160" />
        <source>“{status}”的预约不能删除；已通过的请先取消</source>
        <translation>A booking that is “{status}” cannot be deleted; cancel an approved one first</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="162" />
        <source>所选房间不存在或已停用，请重新选择</source>
        <translation>The selected room does not exist or is no longer in use; please choose again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="163" />
        <source>{label}不能超过{most}个字（现在{n}个）</source>
        <translation>{label} may have at most {most} characters (now {n})</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="164" />
        <source>同一预约的多个房间须属于同一阵地</source>
        <translation>All rooms of one booking must belong to the same site</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="165" />
        <source>参加人数至少为1人</source>
        <translation>At least 1 participant</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="166" />
        <source>参加人数{n}人超过{room}的容量{seats}人，请分批预约、加选房间或选择更大的房间</source>
        <translation>{n} participants exceed the {seats} seats of {room}; book in groups, add rooms or choose a larger room</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="170" />
        <source>参加人数{n}人超过所选{rooms}个房间的合计容量{seats}人</source>
        <translation>{n} participants exceed the {seats} seats of the {rooms} selected rooms</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="171" />
        <source>请选择上午或下午时段</source>
        <translation>Please choose the morning or afternoon slot</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="172" />
        <source>预约日期{month}月{day}日已过，请选择今天以后的日期</source>
        <translation>The date {month}/{day} has passed; please choose a date after today</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="173" />
        <source>该时段已经开始，不能再预约</source>
        <translation>This slot has already started and can no longer be booked</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="174" />
        <source>只能预约{days}天以内的日期</source>
        <translation>Bookings can be made at most {days} days ahead</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="175" />
        <source>预约单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="176" />
        <source>请填写预约单位（党委/党总支/党支部名称）</source>
        <translation>Please enter the organisation (Party committee, general branch or branch)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="177" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="178" />
        <source>请填写联系人姓名</source>
        <translation>Please enter the contact's name</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="179" />
        <source>请填写联系人的手机号码（11位），便于通知审核结果</source>
        <translation>Please enter the contact's mobile number (11 digits) for the review result</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="180" />
        <source>请选择活动类型</source>
        <translation>Please choose the activity type</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="181" />
        <source>参加对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="182" />
        <source>活动主题</source>
        <translation>Activity topic</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="184" />
        <source>该预约不存在或已删除</source>
        <translation>This booking does not exist or was deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="186" />
        <source>期限不能为负数</source>
        <translation>A time limit cannot be negative</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="188" />
        <source>剩 {days} 天</source>
        <translation>{days} days left</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="189" />
        <source>剩 {hours} 小时</source>
        <translation>{hours} hours left</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="190" />
        <source>不足 1 小时</source>
        <translation>less than 1 hour left</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="191" />
        <source>已超期 {days} 天 {hours} 小时</source>
        <translation>overdue {days} d {hours} h</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="192" />
        <source>已超期 {days} 天</source>
        <translation>overdue {days} d</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="193" />
        <source>已超期 {hours} 小时</source>
        <translation>overdue {hours} h</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="194" />
        <source>刚刚超期</source>
        <translation>just overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="196" />
        <source>请填写更正理由</source>
        <translation>Please give the reason for the correction</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="197" />
        <source>没有需要更正的内容</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="199" />
        <source>事项摘要不能为空</source>
        <translation>The summary cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="200" />
        <source>事项摘要不能超过{n}字</source>
        <translation>The summary cannot exceed {n} characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="201" />
        <source>事实经过不能为空</source>
        <translation>The facts cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="202" />
        <source>所选类别不存在</source>
        <translation>The chosen category does not exist</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="203" />
        <source>该当事人不属于本案件</source>
        <translation>This party does not belong to the case</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="204" />
        <source>姓名/名称不能为空</source>
        <translation>The name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="206" />
        <source>无法读取Excel文件：{error}</source>
        <translation>Cannot read the Excel file: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="207" />
        <source>工作簿中没有“{departments}”“{tasks}”“{routing}”任一工作表的数据</source>
        <translation>The workbook has no data in any of the sheets “{departments}”, “{tasks}” or “{routing}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="210" />
        <source>编码和名称不能为空</source>
        <translation>Code and name must not be empty</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="211" />
        <source>层级应为“{town}”或“{district}”，而不是“{value}”</source>
        <translation>Level must be “{town}” or “{district}”, not “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="212" />
        <source>启用应填“{yes}”或“{no}”，而不是“{value}”</source>
        <translation>Active must be “{yes}” or “{no}”, not “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="213" />
        <source>部门编码{code}重复</source>
        <translation>Department code {code} appears twice</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="214" />
        <source>编码和职责事项不能为空</source>
        <translation>Code and duty must not be empty</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="215" />
        <source>部门编码“{code}”不存在</source>
        <translation>Department code “{code}” does not exist</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="216" />
        <source>类别编码“{code}”不存在</source>
        <translation>Category code “{code}” does not exist</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="217" />
        <source>职责编码{code}重复</source>
        <translation>Duty code {code} appears twice</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="218" />
        <source>主办部门编码“{code}”不存在</source>
        <translation>Lead department code “{code}” does not exist</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="219" />
        <source>协办部门编码“{code}”不存在</source>
        <translation>Assisting department code “{code}” does not exist</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="220" />
        <source>协办部门不能与主办部门相同</source>
        <translation>An assisting department cannot be the lead department</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="221" />
        <source>优先级应为整数，而不是“{value}”</source>
        <translation>Priority must be a whole number, not “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="222" />
        <source>类别{code}的分流规则重复</source>
        <translation>Category {code} has more than one routing rule</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="224" />
        <source>权重须为0到1之间的数</source>
        <translation>A weight must be a number between 0 and 1</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="225" />
        <source>未知的评价指标</source>
        <translation>Unknown evaluation metric</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="226" />
        <source>权重不能全部为零</source>
        <translation>The weights cannot all be zero</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="228" />
        <source>找不到镇街代码 {code}</source>
        <translation>No township with code {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="229" />
        <source>“{name}”不是镇街：网格由镇街划分和管理，请以镇街账号登录</source>
        <translation>“{name}” is not a township: grids are drawn and managed by townships; sign in with a township account</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="232" />
        <source>请填写联系电话</source>
        <translation>Please enter a phone number</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="233" />
        <source>固定电话应为泰安本地号码（区号0538）</source>
        <translation>A landline must be a local Tai'an number (area code 0538)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="234" />
        <source>该网格不存在或已删除</source>
        <translation>This grid does not exist or was deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="235" />
        <source>请填写网格名称</source>
        <translation>Please enter the grid's name</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="236" />
        <source>网格名称不能超过{most}个字</source>
        <translation>A grid name may have at most {most} characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="237" />
        <source>所选村/社区不属于本镇街</source>
        <translation>The selected village/community is not in this township</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="238" />
        <source>户数应在0到{most}之间</source>
        <translation>Households must be between 0 and {most}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="239" />
        <source>该网格不属于本镇街</source>
        <translation>This grid does not belong to this township</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="240" />
        <source>本镇街已有名为“{name}”的网格</source>
        <translation>This township already has a grid named “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="241" />
        <source>该网格仍有在岗网格员，请先解除分配再删除</source>
        <translation>This grid still has workers on duty; end their assignments before deleting it</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="243" />
        <source>请选择岗位类型</source>
        <translation>Please choose the post</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="244" />
        <source>“{name}”已停用，不能分配到网格</source>
        <translation>“{name}” is deactivated and cannot be assigned to a grid</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="245" />
        <source>网格员与网格不属于同一镇街</source>
        <translation>The grid worker and the grid are not in the same township</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="246" />
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="247" />
        <source>“{name}”在这段时间已分配到本网格</source>
        <translation>“{name}” is already assigned to this grid for this period</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="248" />
        <source>本网格这段时间已有网格长“{name}”，一个网格只能有一名网格长</source>
        <translation>This grid already has a grid head, “{name}”, for this period; a grid can have only one grid head</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="251" />
        <source>该分配记录不存在或已删除</source>
        <translation>This assignment does not exist or was deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="253" />
        <source>第{n}条：{problem}</source>
        <translation>Line {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="254" />
        <source>请选择班次和岗位</source>
        <translation>Please choose the shift and the post</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="255" />
        <source>所选值班人员不存在或已停用</source>
        <translation>The selected person on duty does not exist or is deactivated</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="256" />
        <source>请选择或填写值班人员</source>
        <translation>Please choose or enter the person on duty</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="257" />
        <source>值班地点不能超过{most}个字</source>
        <translation>The duty place may have at most {most} characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="258" />
        <source>没有要添加的班次</source>
        <translation>There are no shifts to add</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="259" />
        <source>该班次不存在或已删除</source>
        <translation>This shift does not exist or was deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="260" />
        <source>不能把一周的排班复制到同一周</source>
        <translation>A week's rota cannot be copied onto the same week</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="261" />
        <source>上周没有排班可复制</source>
        <translation>Last week has no rota to copy</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="262" />
        <source>该班次已签到</source>
        <translation>This shift is already signed in</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="263" />
        <source>尚未签到，不能签退</source>
        <translation>Not signed in yet, so cannot sign out</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="264" />
        <source>该班次已签退</source>
        <translation>This shift is already signed out</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="265" />
        <source>签退时间不能早于签到时间</source>
        <translation>The sign-out time cannot be before the sign-in time</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="266" />
        <source>替班人员不存在或已停用</source>
        <translation>The substitute does not exist or is deactivated</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="267" />
        <source>替班人员不能是原值班人员本人</source>
        <translation>The substitute cannot be the person originally on duty</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="268" />
        <source>请选择巡查的网格员</source>
        <translation>Please choose the grid worker who patrolled</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="269" />
        <source>巡查日期不能晚于今天</source>
        <translation>The patrol date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="270" />
        <source>巡查地点不能超过{most}个字</source>
        <translation>The patrol place may have at most {most} characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="271" />
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="272" />
        <source>处置措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="273" />
        <source>{label}不能超过{most}个字</source>
        <translation>{label} may have at most {most} characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="274" />
        <source>请至少填写巡查地点或发现的问题</source>
        <translation>Please enter at least the patrol place or the problems found</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="275" />
        <source>找不到案件编号 {no}</source>
        <translation>No case with number {no}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="276" />
        <source>该巡查记录不存在或已删除</source>
        <translation>This patrol record does not exist or was deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="278" />
        <source>该网格员不存在或已删除</source>
        <translation>This grid worker does not exist or was deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="279" />
        <source>请填写姓名</source>
        <translation>Please enter the name</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="280" />
        <source>姓名不能超过{most}个字</source>
        <translation>A name may have at most {most} characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="281" />
        <source>姓名只能包含汉字、字母或间隔号</source>
        <translation>A name may contain only Chinese characters, letters or the middle dot</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="282" />
        <source>入职日期不能晚于今天</source>
        <translation>The start date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="283" />
        <source>该身份证号已登记为网格员“{name}”</source>
        <translation>This ID number is already registered for grid worker “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="306" />
        <source>{shift}没有安排{post}</source>
        <translation>No {post} in the {shift} shift</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="308" />
        <source>表头应为“{expected}”，现在是“{actual}”：请用导出的模板填写</source>
        <translation>The header should be “{expected}” but is “{actual}”: fill in the exported template</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="311" />
        <source>网格名称“{name}”与第{row}行重复</source>
        <translation>Grid name “{name}” repeats row {row}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="312" />
        <source>村/社区“{name}”不属于本镇街</source>
        <translation>Village/community “{name}” is not in this township</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="313" />
        <source>户数应为0到{most}之间的整数，而不是“{value}”</source>
        <translation>Households should be a whole number from 0 to {most}, not “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="314" />
        <source>岗位应为{choices}之一，而不是“{value}”</source>
        <translation>Post should be one of {choices}, not “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="315" />
        <source>身份证号被Excel存成了数字，末几位已丢失：请把该列设为文本后重新填写</source>
        <translation>Excel stored the ID number as a number and lost its last digits: format the column as text and type it again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="318" />
        <source>请填写身份证号（导入时用它识别网格员）</source>
        <translation>Enter the ID number (the import uses it to recognise the worker)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="319" />
        <source>身份证号与第{row}行重复</source>
        <translation>ID number repeats row {row}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="320" />
        <source>入职日期“{value}”不是有效日期，应写成2024-03-01</source>
        <translation>Start date “{value}” is not a valid date; write it as 2024-03-01</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="321" />
        <source>网格“{name}”不存在：请先在“网格”工作表或系统中建立</source>
        <translation>Grid “{name}” does not exist: add it on the grids sheet of the workbook or in the app first</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="322" />
        <source>第{row}行已是“{grid}”的网格长，一个网格只能有一名网格长</source>
        <translation>Row {row} is already the grid head of “{grid}”; a grid has one grid head</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="323" />
        <source>“{grid}”已有网格长“{name}”，请先在系统中解除其分配</source>
        <translation>“{grid}” already has grid head “{name}”: end that assignment in the app first</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="324" />
        <source>工作簿中没有“{grids}”或“{workers}”工作表：请用导出的模板填写</source>
        <translation>The workbook has no “{grids}” or “{workers}” sheet: fill in the exported template</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="328" />
        <source>请填写证件号码，或将证件类型选为“未提供”</source>
        <translation>Please enter the ID number, or set the ID type to “Not provided”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="329" />
        <source>其他证件号码应为4–32位字母或数字</source>
        <translation>Other ID numbers must be 4–32 letters or digits</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="330" />
        <source>证件号码应为18位，现在是{n}位</source>
        <translation>An ID number has 18 characters; this one has {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="331" />
        <source>证件号码前17位应为数字，最后一位为数字或X</source>
        <translation>The first 17 characters of an ID number are digits and the last is a digit or X</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="332" />
        <source>证件号码校验位不对，请核对每一位</source>
        <translation>The ID number's check digit is wrong; please check each character</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="333" />
        <source>证件号码中的出生日期不存在</source>
        <translation>The date of birth in the ID number does not exist</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="334" />
        <source>证件号码中的出生日期不合理</source>
        <translation>The date of birth in the ID number is implausible</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="335" />
        <source>这是港澳台居民居住证号码，请选择对应的证件类型</source>
        <translation>This is a residence permit number for Hong Kong, Macao or Taiwan residents; please choose that ID type</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="336" />
        <source>证件号码前6位不是有效的行政区划代码</source>
        <translation>The first 6 digits of the ID number are not a valid area code</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="337" />
        <source>{kind}号码应以{prefixes}开头</source>
        <translation>A {kind} number starts with {prefixes}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="338" />
        <source>联系电话只能包含数字（可带+86、空格或短横线）</source>
        <translation>A phone number may contain only digits (with +86, spaces or hyphens)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="339" />
        <source>手机号码应为11位，现在是{n}位</source>
        <translation>A mobile number has 11 digits; this one has {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="340" />
        <source>联系电话格式不对</source>
        <translation>The phone number is not in a valid format</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="341" />
        <source>只接受中国大陆手机号或固定电话</source>
        <translation>Only mainland China mobile or landline numbers are accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="342" />
        <source>手机号码不存在：请核对号段（应为13–19开头的11位）</source>
        <translation>No such mobile number: check the prefix (11 digits starting with 13–19)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="343" />
        <source>固定电话应为区号+7–8位号码，如0538-8123456</source>
        <translation>A landline is an area code plus 7–8 digits, e.g. 0538-8123456</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="344" />
        <source>请填写统一社会信用代码</source>
        <translation>Please enter the unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="345" />
        <source>统一社会信用代码应为18位，现在是{n}位</source>
        <translation>A unified social credit code has 18 characters; this one has {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="346" />
        <source>统一社会信用代码校验不通过，请核对</source>
        <translation>The unified social credit code fails its check; please check it</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="348" />
        <source>{party}：{problem}</source>
        <translation>{party}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="349" />
        <source>请填写{party}的单位名称</source>
        <translation>Enter the {party}'s organisation name</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="350" />
        <source>请填写{party}的姓名</source>
        <translation>Enter the {party}'s name</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="351" />
        <source>{party}名称不能超过{limit}个字</source>
        <translation>The {party}'s name may have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="352" />
        <source>请填写{party}的联系电话或证件号码，以便回访</source>
        <translation>Enter the {party}'s phone or ID number, for the follow-up visit</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="353" />
        <source>{party}地址不能超过{limit}个字</source>
        <translation>The {party}'s address may have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="354" />
        <source>事项经过不能超过{limit}字，现在是{n}字</source>
        <translation>The account may have at most {limit} characters; it has {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="355" />
        <source>诉求不能超过{limit}字，现在是{n}字</source>
        <translation>The demands may have at most {limit} characters; they have {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="356" />
        <source>{action}需要填写理由</source>
        <translation>{action} needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="357" />
        <source>至少需要一名申请人</source>
        <translation>At least one applicant is needed</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="358" />
        <source>代理人所代表的当事人不存在</source>
        <translation>The party the agent represents does not exist</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="359" />
        <source>请填写事项经过（来访人反映的情况）</source>
        <translation>Please describe what happened (as the visitor tells it)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="360" />
        <source>请选择事项类别</source>
        <translation>Please choose the category</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="361" />
        <source>人数应在1到100000之间</source>
        <translation>The number of people must be between 1 and 100000</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="362" />
        <source>发生时间不能晚于现在</source>
        <translation>The time it happened cannot be in the future</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="363" />
        <source>快速处置需要填写处置结果</source>
        <translation>Quick resolution needs the result</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="364" />
        <source>移送需要填写接收机关</source>
        <translation>Transferring out needs the receiving authority</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="365" />
        <source>关联的前案不存在</source>
        <translation>The linked earlier case does not exist</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="367" />
        <source>同一当事人或同一电话</source>
        <translation>Same party or same phone</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="368" />
        <source>同村同类事项</source>
        <translation>Same village, same category</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="370" />
        <source>没有代码为 {code} 的镇街</source>
        <translation>No township with code {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="371" />
        <source>没有用户 {name}</source>
        <translation>No user {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="373" />
        <source>案件不存在</source>
        <translation>The case does not exist</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="374" />
        <source>只有不予受理或移送的案件才有告知书</source>
        <translation>Only cases not accepted or transferred out have a notice</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="375" />
        <source>没有编号为 {no} 的案件</source>
        <translation>No case with number {no}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="376" />
        <source>打印份数至少为1</source>
        <translation>Print at least 1 copy</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="378" />
        <source>请选择主办部门</source>
        <translation>Please choose the lead department</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="379" />
        <source>所选部门不存在或已停用</source>
        <translation>The selected department does not exist or is no longer in use</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="380" />
        <source>请选择退回理由</source>
        <translation>Please choose a reason for returning</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="381" />
        <source>选择“其他”时须写明退回理由</source>
        <translation>With “Other”, write the reason for returning</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="382" />
        <source>维持交办须说明理由</source>
        <translation>Upholding the assignment needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="383" />
        <source>请填写办理进展</source>
        <translation>Please describe the progress</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="384" />
        <source>延期天数须大于零</source>
        <translation>The extension must be more than zero days</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="385" />
        <source>申请延期须说明理由（将印在延期告知书上）</source>
        <translation>An extension request needs a reason (printed on the extension notice)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="386" />
        <source>该类事项延期不得超过{n}{unit}</source>
        <translation>Cases of this kind may be extended by at most {n} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="387" />
        <source>该案件没有待审批的延期申请</source>
        <translation>This case has no extension request awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="388" />
        <source>驳回延期须说明理由</source>
        <translation>Denying an extension needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="389" />
        <source>请填写协办结果</source>
        <translation>Please describe the co-handling result</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="390" />
        <source>请选择办理结果：化解成功、部分化解或未化解·已引导</source>
        <translation>Please choose the outcome: resolved, partly resolved, or not resolved and referred</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="391" />
        <source>请填写办理结果</source>
        <translation>Please describe the outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="392" />
        <source>请选择满意度</source>
        <translation>Please choose the satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="393" />
        <source>不满意须写明理由，案件将重办</source>
        <translation>If dissatisfied, give a reason; the case will be redone</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="394" />
        <source>案件编号或查询码不正确</source>
        <translation>The case number or the query code is wrong</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="396" />
        <source>请填写纠纷主要事实</source>
        <translation>Please enter the main facts of the dispute</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="397" />
        <source>请填写争议事项</source>
        <translation>Please enter the matters in dispute</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="398" />
        <source>请至少填写一项协议内容</source>
        <translation>Please enter at least one term of the agreement</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="399" />
        <source>请填写履行期限</source>
        <translation>Please enter the deadline for performance</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="400" />
        <source>请填写调解员</source>
        <translation>Please enter the mediators</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="401" />
        <source>当事人可于{due}前共同申请司法确认（人民调解法第三十三条）</source>
        <translation>The parties may jointly apply for judicial confirmation before {due} (People's Mediation Law, art. 33)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="405" />
        <source>该案件还没有“{events}”记录，无法打印</source>
        <translation>This case has no “{events}” record yet, so it cannot be printed</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="406" />
        <source>该案件没有当事人信息，无法出具延期告知书</source>
        <translation>This case has no party on record, so no extension notice can be made</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="408" />
        <source>{event}：{text}</source>
        <translation>{event}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="409" />
        <source>无延期申请或说明</source>
        <translation>No extension request or explanation</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="410" />
        <source>主办：{lead}；协办：{assists}；期限至{due}</source>
        <translation>Lead: {lead}; assisting: {assists}; due {due}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="411" />
        <source>主办：{lead}；期限至{due}</source>
        <translation>Lead: {lead}; due {due}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="412" />
        <source>{why}：{text}</source>
        <translation>{why}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="413" />
        <source>申请延期{days}日：{reason}</source>
        <translation>Extension of {days} days requested: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="414" />
        <source>期限延至{due}</source>
        <translation>Due date extended to {due}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="415" />
        <source>{held_on} 会商（{departments}）：{opinion}</source>
        <translation>{held_on} consultation ({departments}): {opinion}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="416" />
        <source>{no}：{terms}</source>
        <translation>{no}: {terms}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="417" />
        <source>{satisfaction}：{comment}</source>
        <translation>{satisfaction}: {comment}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="419" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="420" />
        <source>{party}的{field}：“{before}”→“{after}”</source>
        <translation>{party}'s {field}: “{before}” → “{after}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="421" />
        <source>{field}：“{before}”→“{after}”</source>
        <translation>{field}: “{before}” → “{after}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="422" />
        <source>更正理由：{reason}；{changes}</source>
        <translation>Reason for correction: {reason}; {changes}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="424" />
        <source>请选择督办级别</source>
        <translation>Please choose the supervision level</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="425" />
        <source>请填写督办意见</source>
        <translation>Please enter the supervision opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="426" />
        <source>会商日期格式应为 年-月-日</source>
        <translation>The consultation date must be year-month-day</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="427" />
        <source>请选择参加会商的部门</source>
        <translation>Please choose the departments taking part</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="428" />
        <source>请填写会商意见</source>
        <translation>Please enter the consultation opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="429" />
        <source>系统自动</source>
        <translation>System (automatic)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="430" />
        <source>超期未办结，自动升级至区督导</source>
        <translation>Overdue and not closed; escalated to the district supervisor automatically</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="432" />
        <source>案件已登记，不能重复登记</source>
        <translation>The case is already registered and cannot be registered again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="433" />
        <source>案件尚未登记</source>
        <translation>The case is not registered yet</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="434" />
        <source>未知的事件类型：{type}</source>
        <translation>Unknown event type: {type}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="435" />
        <source>案件当前状态为“{status}”，不能{event}</source>
        <translation>The case is “{status}”; “{event}” is not possible now</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="436" />
        <source>案件没有登记事件</source>
        <translation>The case has no registration event</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="437" />
        <source>办结须填写办理结果类别</source>
        <translation>Closing needs an outcome category</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="438" />
        <source>交办须指定主办部门</source>
        <translation>Assigning needs a lead department</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="439" />
        <source>交办须给出办理期限</source>
        <translation>Assigning needs a due date</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="440" />
        <source>办理期限不能早于交办时间</source>
        <translation>The due date cannot be before the assignment</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="441" />
        <source>签收期限不能晚于办理期限</source>
        <translation>The acknowledgement deadline cannot be after the due date</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="442" />
        <source>办理期限只能延后，不能提前</source>
        <translation>The due date can only be moved later, not earlier</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="443" />
        <source>案件尚未交办</source>
        <translation>The case has not been assigned yet</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="444" />
        <source>本部门不是该案件的承办部门，不能签收</source>
        <translation>Your department does not handle this case and cannot acknowledge it</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="445" />
        <source>本部门已签收该案件</source>
        <translation>Your department has already acknowledged this case</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="446" />
        <source>只有主办部门可以退回案件</source>
        <translation>Only the lead department can return the case</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="447" />
        <source>已签收的案件不能退回</source>
        <translation>An acknowledged case cannot be returned</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="448" />
        <source>退回须选择退回理由</source>
        <translation>Returning needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="449" />
        <source>本部门不是该案件的承办部门</source>
        <translation>Your department does not handle this case</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="450" />
        <source>只有主办部门可以申请延期</source>
        <translation>Only the lead department can request an extension</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="451" />
        <source>已有待审批的延期申请</source>
        <translation>An extension request is already awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="452" />
        <source>申请延期须说明理由</source>
        <translation>An extension request needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="453" />
        <source>没有待审批的延期申请</source>
        <translation>There is no extension request awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="454" />
        <source>批准延期后的期限须晚于原期限</source>
        <translation>The extended due date must be after the original one</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="455" />
        <source>本部门不是该案件的协办部门</source>
        <translation>Your department is not assisting on this case</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="456" />
        <source>本部门已反馈协办结果</source>
        <translation>Your department has already reported its part</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="457" />
        <source>只有主办部门可以办结案件</source>
        <translation>Only the lead department can close the case</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="458" />
        <source>还有协办部门未反馈结果，主办部门不能办结</source>
        <translation>Assisting departments have not reported yet, so the lead department cannot close the case</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="459" />
        <source>办结须填写办理结果</source>
        <translation>Closing needs a description of the outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="460" />
        <source>请选择满意度：满意、基本满意或不满意</source>
        <translation>Please choose the satisfaction: satisfied, fairly satisfied or dissatisfied</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="461" />
        <source>已评价为不满意，请先重办</source>
        <translation>Rated dissatisfied: redo the case first</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="462" />
        <source>只有回访不满意的案件才能重办</source>
        <translation>Only a case rated dissatisfied at follow-up can be redone</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="463" />
        <source>重办须说明理由</source>
        <translation>Redoing needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="464" />
        <source>重办须给出新的办理期限</source>
        <translation>Redoing needs a new due date</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="465" />
        <source>案件已升级督办</source>
        <translation>The case is already escalated</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="467" />
        <source>案件没有登记记录</source>
        <translation>The case has no registration record</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="469" />
        <source>“{role}”无权{event}</source>
        <translation>“{role}” may not record “{event}”</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="470" />
        <source>{event}须注明承办部门</source>
        <translation>“{event}” must name the handling department</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="471" />
        <source>只能以本部门名义{event}</source>
        <translation>“{event}” can be recorded only for your own department</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="472" />
        <source>案件已交办，窗口只能在交办前更正；请中心负责人更正</source>
        <translation>The case has been dispatched: the window corrects only before dispatch; ask the centre head</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="473" />
        <source>窗口只能更正当天登记的案件；请中心负责人更正</source>
        <translation>The window corrects only cases registered today; ask the centre head</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="475" />
        <source>本机尚未注册，无法查询其他中心</source>
        <translation>This computer is not registered: other centres cannot be asked</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="476" />
        <source>本机注册时未领取查询密钥，请重新注册后再查询</source>
        <translation>This computer has no lookup key from its registration: register it again to ask other centres</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="477" />
        <source>离线，未能查询其他中心：{reason}</source>
        <translation>Offline, other centres not asked: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="479" />
        <source>本机尚未注册，请先注册到区级服务器</source>
        <translation>This device is not registered; register it with the district server first</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="480" />
        <source>同步完成</source>
        <translation>Sync complete</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="481" />
        <source>本机数据比服务器记录的旧（数据库被还原或复制？），请重新注册本机</source>
        <translation>This device's data is older than the server's record (was the database restored or copied?); register this device again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="484" />
        <source>数据分区 {bucket} 校验不一致</source>
        <translation>Data partition {bucket} failed verification</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="486" />
        <source>同步间隔须在 1 分钟到 24 小时之间</source>
        <translation>The sync interval must be between 1 minute and 24 hours</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="487" />
        <source>本机尚未设置，请先注册</source>
        <translation>This device is not set up; register it first</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="488" />
        <source>冲突记录不存在</source>
        <translation>The conflict record does not exist</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="489" />
        <source>只能选择本机的值或服务器的值</source>
        <translation>Choose either this device's value or the server's</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="490" />
        <source>这类冲突只能确认服务器的结果</source>
        <translation>Conflicts of this kind can only accept the server's result</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="491" />
        <source>记录在本机不存在</source>
        <translation>The record does not exist on this device</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="493" />
        <source>设备令牌保存在系统钥匙串中</source>
        <translation>The device token is kept in the system keyring</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="494" />
        <source>本机没有系统钥匙串：设备令牌保存在仅当前用户可读的文件中</source>
        <translation>This computer has no system keyring: the device token is kept in a file only the current user can read</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="497" />
        <source>设备令牌以明文保存在数据库中，下次同步时将移出</source>
        <translation>The device token is stored in clear in the database; the next sync moves it out</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="499" />
        <source>找不到本机的设备令牌（系统钥匙串或令牌文件），请重新注册本机</source>
        <translation>This computer's device token was not found (system keyring or token file); please register this computer again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="503" />
        <source>服务器地址无效：{url}</source>
        <translation>Invalid server address: {url}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="504" />
        <source>服务器地址必须以 https:// 开头（只有本机地址可用 http://），否则设备令牌和身份证号会明文传输：{url}</source>
        <translation>The server address must start with https:// (http:// only for this computer), otherwise the device token and ID numbers would cross the network in clear: {url}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="509" />
        <source>无法读取区级 CA 证书：{path}</source>
        <translation>Cannot read the district CA certificate: {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="510" />
        <source>连接服务器 {host} 超时（网络慢或服务器无响应）</source>
        <translation>Connecting to server {host} timed out (slow network or server not responding)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="511" />
        <source>无法连接服务器 {host}（网络不通或服务器未启动）</source>
        <translation>Cannot reach server {host} (no network, or the server is not running)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="512" />
        <source>与服务器 {host} 的连接中断（网络不稳定）</source>
        <translation>The connection to server {host} broke (unstable network)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="513" />
        <source>服务器 {host} 的证书不受信任（请在“同步”页选择区级 CA 证书）</source>
        <translation>The certificate of server {host} is not trusted (choose the district CA certificate on the Sync tab)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="589" />
        <source>无法连接服务器：{error}</source>
        <translation>Cannot reach the server: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="516" />
        <source>服务器地址 {host} 无效，请检查“同步”页的服务器地址</source>
        <translation>The server address {host} is not valid; check it on the Sync tab</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="517" />
        <source>服务器回复无法解析</source>
        <translation>The server's reply could not be read</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="518" />
        <source>服务器错误 {status}</source>
        <translation>Server error {status}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="564" />
        <source>未知的状态：{status}（可用：{choices}）</source>
        <translation>Unknown status: {status} (choose from: {choices})</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="565" />
        <source>未知的镇街代码：{org}</source>
        <translation>Unknown township code: {org}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="566" />
        <source>超期清单只含在办案件，状态应为：{choices}</source>
        <translation>The overdue list holds open cases only; the status must be one of: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="567" />
        <source>巡查记录没有状态，不能按状态筛选：{status}</source>
        <translation>Patrol records have no status to filter by: {status}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="568" />
        <source>不能导出“{what}”：可导出的清单为 {choices}</source>
        <translation>Cannot export “{what}”: the lists are {choices}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="570" />
        <source>本机尚未初始化</source>
        <translation>This desk has not been set up yet</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="571" />
        <source>本机已注册到区级服务器，不能再更改所属镇街</source>
        <translation>This desk is registered with the district server; its township can no longer change</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="572" />
        <source>本机已有案件，不能再更改所属镇街</source>
        <translation>This desk already holds cases; its township can no longer change</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="574" />
        <source>读卡器上没有身份证，请把证件放在读卡区后再读</source>
        <translation>No ID card on the reader: place the card on the reader and read again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="575" />
        <source>读到的性别与证件号码不符，请重新读卡</source>
        <translation>The sex read does not match the ID number; please read the card again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="576" />
        <source>读到的出生日期与证件号码不符，请重新读卡</source>
        <translation>The birth date read does not match the ID number; please read the card again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="577" />
        <source>读卡器不可用：{why}</source>
        <translation>Card reader not available: {why}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="578" />
        <source>未连接读卡器：请检查读卡器的连线和电源</source>
        <translation>No card reader connected: check its cable and power</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="579" />
        <source>读卡失败，请把证件放稳后重新读卡</source>
        <translation>Reading failed: hold the card still and read again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="580" />
        <source>读卡器出错：{error}</source>
        <translation>Card reader error: {error}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="581" />
        <source>读卡失败：没有读到证件号码，请重新读卡</source>
        <translation>Reading failed: no ID number was read; please read again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="582" />
        <source>读卡失败：驱动没有给出证件内容（wz.txt）</source>
        <translation>Reading failed: the driver gave no card contents (wz.txt)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="590" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="591" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="592" />
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="594" />
        <source>注册码无效、已使用或已过期</source>
        <translation>The registration code is invalid, used or expired</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="595" />
        <source>注册冲突，请重试</source>
        <translation>Registration clashed with another; please try again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="596" />
        <source>协议版本无效</source>
        <translation>Invalid protocol version</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="597" />
        <source>客户端版本过旧，请升级后再同步</source>
        <translation>This app is too old; upgrade it before syncing</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="598" />
        <source>缺少设备令牌</source>
        <translation>Device token missing</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="599" />
        <source>设备令牌无效</source>
        <translation>Invalid device token</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="600" />
        <source>该设备已被吊销，请重新注册</source>
        <translation>This device was revoked; register it again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="601" />
        <source>同一操作编号的内容不同</source>
        <translation>The same operation number arrived with different content</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="602" />
        <source>设备序号倒退（磁盘被复制？），请重新注册本机</source>
        <translation>The device sequence went backwards (was the disk copied?); register this device again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="603" />
        <source>操作序号不连续</source>
        <translation>Operation numbers are not consecutive</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="604" />
        <source>无权修改其他镇街的数据</source>
        <translation>Not allowed to change another township's data</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="605" />
        <source>无权读取该数据分区</source>
        <translation>Not allowed to read this data partition</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="606" />
        <source>同步位置已失效，需要重新下载全量</source>
        <translation>The sync position has expired; everything must be downloaded again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="607" />
        <source>全量下载位置无效</source>
        <translation>Invalid full-download position</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="608" />
        <source>设备令牌已过期，请重新注册本机</source>
        <translation>The device token has expired; please register this computer again</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="609" />
        <source>请求内容过大，请分批同步</source>
        <translation>The request is too large; sync in smaller batches</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="611" />
        <source>未知的数据类型</source>
        <translation>Unknown kind of record</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="612" />
        <source>基础数据只能由区级维护</source>
        <translation>Reference data is maintained by the district only</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="613" />
        <source>用户只能由区级创建</source>
        <translation>Users are created by the district only</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="614" />
        <source>用户的角色、部门和状态只能由区级修改</source>
        <translation>A user's role, department and status are changed by the district only</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="615" />
        <source>经办人不是本镇街的用户</source>
        <translation>The acting user is not a user of this township</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="616" />
        <source>所属案件不属于本镇街</source>
        <translation>The case belongs to another township</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="617" />
        <source>关联的记录不属于本镇街</source>
        <translation>A linked record belongs to another township</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="618" />
        <source>该案件的记录属于其他镇街</source>
        <translation>This case's records belong to another township</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="619" />
        <source>未知的事项操作类型</source>
        <translation>Unknown kind of case action</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="620" />
        <source>该操作必须注明经办人</source>
        <translation>This action must name the acting user</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="621" />
        <source>经办人不是服务器登记的用户</source>
        <translation>The acting user is not a user known to the server</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="622" />
        <source>经办人的角色无权进行该操作</source>
        <translation>The acting user's role may not take this action</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="623" />
        <source>记录编号无效</source>
        <translation>Invalid record id</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="624" />
        <source>未知字段 {field}</source>
        <translation>Unknown field {field}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="625" />
        <source>缺少字段 {field}</source>
        <translation>Field {field} is missing</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="626" />
        <source>字段 {field} 不能为空</source>
        <translation>Field {field} cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="627" />
        <source>字段 {field} 应为文字</source>
        <translation>Field {field} must be text</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="628" />
        <source>字段 {field} 超过 {length} 个字符</source>
        <translation>Field {field} is longer than {length} characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="629" />
        <source>字段 {field} 含有非法字符</source>
        <translation>Field {field} contains invalid characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="630" />
        <source>字段 {field} 取值无效</source>
        <translation>Field {field} has an invalid value</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="631" />
        <source>字段 {field} 应为整数</source>
        <translation>Field {field} must be a whole number</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="632" />
        <source>字段 {field} 数值超出范围</source>
        <translation>Field {field} is out of range</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="633" />
        <source>字段 {field} 应为数字</source>
        <translation>Field {field} must be a number</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="634" />
        <source>字段 {field} 应为是/否</source>
        <translation>Field {field} must be yes or no</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="635" />
        <source>字段 {field} 应为日期</source>
        <translation>Field {field} must be a date</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="636" />
        <source>字段 {field} 日期格式无效</source>
        <translation>Field {field} has an invalid date format</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="637" />
        <source>字段 {field} 应为对象</source>
        <translation>Field {field} must be an object</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="638" />
        <source>字段 {field} 应为对象或列表</source>
        <translation>Field {field} must be an object or a list</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="639" />
        <source>字段 {field} 无法保存</source>
        <translation>Field {field} cannot be stored</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="640" />
        <source>字段 {field} 内容过长</source>
        <translation>Field {field} is too long</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="520" />
        <source>本月没有受理案件，无{what}分布。</source>
        <translation>No cases received this month, so no breakdown by {what}.</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="14" />
        <source>该案件不是信访事项</source>
        <translation>This case is not a petition</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="15" />
        <source>请从职责清单中选择机关</source>
        <translation>Please choose an organ from the duty list</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="16" />
        <source>不予受理须写明理由</source>
        <translation>Not accepting needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="17" />
        <source>请告知信访人应向哪个机关或通过什么途径提出</source>
        <translation>Tell the petitioner which organ or channel to turn to</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="18" />
        <source>请填写处理意见</source>
        <translation>Please write the handling opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="19" />
        <source>请选择处理结果</source>
        <translation>Please choose the outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="20" />
        <source>请选择复查机关</source>
        <translation>Please choose the review organ</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="21" />
        <source>{what}申请日期不能晚于今天</source>
        <translation>The {what} request date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="22" />
        <source>申请{what}已超过法定期限：意见书于{opened}出具，应在{due}前提出（{basis}），不予受理</source>
        <translation>The {what} request is past its statutory limit: the opinion was issued on {opened} and the request was due by {due} ({basis}); not accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="26" />
        <source>请填写复查意见</source>
        <translation>Please write the review opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="27" />
        <source>请选择复核机关</source>
        <translation>Please choose the re-check organ</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="28" />
        <source>请填写复核意见</source>
        <translation>Please write the re-check opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="29" />
        <source>该案件没有信访人信息，无法出具{title}</source>
        <translation>The case has no petitioner on record; cannot issue the {title}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="30" />
        <source>予以受理；办理期限至{due}</source>
        <translation>Accepted; due {due}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="31" />
        <source>不予受理：{reason}；{go_to}</source>
        <translation>Not accepted: {reason}; {go_to}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="32" />
        <source>{opinion}（可于{due}前向{organ}申请{what}）</source>
        <translation>{opinion} (may ask {organ} for {what} by {due})</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="33" />
        <source>{asked}申请，受理期限{accept}，意见期限{due}</source>
        <translation>Asked {asked}; to accept by {accept}; opinion due {due}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="34" />
        <source>信访事项只能在受理后的办理期间延期</source>
        <translation>A petition can only be extended while it is handled after acceptance</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="35" />
        <source>信访事项的办理期限只能延长一次</source>
        <translation>A petition's time limit can be extended only once</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="36" />
        <source>信访事项以书面处理意见（复查、复核意见）办结，不能直接办结</source>
        <translation>A petition ends with a written opinion (or review / re-check opinion), not a plain closing</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="39" />
        <source>该案件不是信访事项，不能{event}</source>
        <translation>This case is not a petition: cannot {event}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="40" />
        <source>该信访事项已终结（复核意见已出具），不再受理复查、复核请求</source>
        <translation>This petition is concluded (re-check opinion issued); no further review or re-check requests are accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="43" />
        <source>信访事项当前为“{stage}”，不能{event}</source>
        <translation>The petition is at "{stage}": cannot {event}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="44" />
        <source>只有{what}可以{event}</source>
        <translation>Only the {what} may {event}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="45" />
        <source>受理告知须给出办理期限</source>
        <translation>An acceptance notice needs a due date</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="46" />
        <source>不予受理须说明理由</source>
        <translation>Not accepting needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="47" />
        <source>须填写意见内容</source>
        <translation>The opinion is required</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="48" />
        <source>处理意见书须写明复查机关（上一级机关）</source>
        <translation>The handling opinion must name the review organ (the level above)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="49" />
        <source>须写明申请日期和办理期限</source>
        <translation>The request date and the due date are required</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="50" />
        <source>申请已超过法定期限（应在{due}前提出），不予受理</source>
        <translation>The request is past its statutory limit (due by {due}); not accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="51" />
        <source>复查意见书须写明复核机关（复查机关的上一级机关）</source>
        <translation>The review opinion must name the re-check organ (the level above the review organ)</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="198" />
        <source>不能更正该项：{what}</source>
        <translation>This cannot be corrected: {what}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="285" />
        <source>{name}同时排在{a_shift}{a_post}和{b_shift}{b_post}</source>
        <translation>{name} is on {a_shift} {a_post} and {b_shift} {b_post} at the same time</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="287" />
        <source>有{n}名网格员叫“{name}”，请用“添加值班”选择</source>
        <translation>{n} grid workers are called "{name}": use "Add duty" to pick one</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="288" />
        <source>请填写模板名称</source>
        <translation>Enter a template name</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="289" />
        <source>模板名称不能超过{most}个字</source>
        <translation>The template name may have at most {most} characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="290" />
        <source>轮换周期应为1至{most}天</source>
        <translation>The rotation must last 1 to {most} days</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="291" />
        <source>所选日期内没有排班可存为模板</source>
        <translation>No duty in the chosen days to save as a template</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="292" />
        <source>该轮换模板不存在或已删除</source>
        <translation>This rotation template does not exist or was deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="293" />
        <source>一次最多套用一年</source>
        <translation>A template can be applied to at most one year at a time</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="294" />
        <source>该巡查记录已上报为其他案件</source>
        <translation>This patrol record was already reported as another case</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="295" />
        <source>{name}当天请假（{reason}）</source>
        <translation>{name} is on leave that day ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="296" />
        <source>{name}当天请假</source>
        <translation>{name} is on leave that day</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="297" />
        <source>请选择请假的网格员</source>
        <translation>Choose the grid worker taking leave</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="298" />
        <source>一次请假不能超过{most}天</source>
        <translation>One leave may last at most {most} days</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="299" />
        <source>事由不能超过{most}个字</source>
        <translation>The reason may have at most {most} characters</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="300" />
        <source>{name}在{a}至{b}已有请假记录</source>
        <translation>{name} already has leave from {a} to {b}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="301" />
        <source>该请假记录不存在或已删除</source>
        <translation>This leave record does not exist or was deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="302" />
        <source>案件未填写村（社区），无法确定在岗网格员</source>
        <translation>The case names no village or community, so no on-duty worker can be found</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="303" />
        <source>{day}该村（社区）没有在岗值班的网格员，请先排班</source>
        <translation>No grid worker of this village is on duty on {day}: put one on the duty sheet first</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="304" />
        <source>{day} {worker}巡查{place}：{issue}</source>
        <translation>{day} {worker} patrolled {place}: {issue}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="305" />
        <source>指派在岗网格员{name}现场核查（{day}）</source>
        <translation>On-duty grid worker {name} sent to check on site ({day})</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="521" />
        <source>受理最多的{what}是{name}（{n} 件，占 {share}）。</source>
        <translation>The {what} with the most cases received is {name} ({n}, {share}).</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="522" />
        <source>受理最多的{what}是{name}（{n} 件，占 {share}），其次是{second}（{m} 件）。</source>
        <translation>The {what} with the most cases received is {name} ({n}, {share}), then {second} ({m}).</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="526" />
        <source>本月受理 {received} 件，环比 {change}，本月办结 {closed} 件，本月受理中仍在办 {open} 件，其中超期 {overdue} 件。</source>
        <translation>Received this month: {received} ({change} on last month); closed this month: {closed}; of this month's cases {open} are still open, {overdue} of them overdue.</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="531" />
        <source>本月受理 {received} 件，上月无受理、无法计算环比，本月办结 {closed} 件，本月受理中仍在办 {open} 件，其中超期 {overdue} 件。</source>
        <translation>Received this month: {received} (none last month, so no change to show); closed this month: {closed}; of this month's cases {open} are still open, {overdue} of them overdue.</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="536" />
        <source>化解成功率 {resolution}，按时办结率 {on_time}，平均办结 {avg} 天（九成在 {p90} 天内），回访满意率 {satisfaction}，重复件占 {repeat}，群体性案件 {groups} 件。</source>
        <translation>Resolved {resolution}, closed on time {on_time}, {avg} days to close on average (90% within {p90} days), satisfied on revisit {satisfaction}, repeat visits {repeat}, group cases {groups}.</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="542" />
        <source>本月每日均无受理。</source>
        <translation>No cases were received on any day this month.</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="543" />
        <source>日均受理 {mean} 件，最多的一天是 {day}（{n} 件）。</source>
        <translation>{mean} cases received a day on average; the busiest day was {day} ({n}).</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="544" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="545" />
        <source>渠道</source>
        <translation>channel</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="546" />
        <source>镇街</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="547" />
        <source>村（社区）</source>
        <translation>Village / community</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="548" />
        <source>{count} 个部门有办件；在办最多的是{name}（{queue} 件，超期 {overdue} 件），本月共退回 {returns} 件次（按案件计）。</source>
        <translation>{count} departments have cases; the longest queue is {name}'s ({queue} open, {overdue} overdue); {returns} cases were returned this month.</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="553" />
        <source>本月没有部门办件。</source>
        <translation>No department had cases this month.</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="554" />
        <source>{name}（{n} 件，{change}）</source>
        <translation>{name} ({n}, {change})</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="555" />
        <source>新增</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="556" />
        <source>红色预警 {red} 件，黄色预警 {yellow} 件；上升类别 {rising} 个{names}；重复来访村（社区）{villages} 个；{days} 日内来访 3 次以上 {persons} 人；在办群体性案件 {groups} 件，高风险案件 {risky} 件。</source>
        <translation>Red warnings {red}, yellow {yellow}; rising categories {rising}{names}; villages with repeat visits {villages}; persons with 3+ cases in {days} days {persons}; open group cases {groups}, high-risk cases {risky}.</translation>
    </message>
    <message>
        <location filename="../../app/views/service_templates.py" line="562" />
        <source>：{list}</source>
        <translation>: {list}</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../app/views/labels.py" line="82" />
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="83" />
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="84" />
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <location filename="../../app/views/labels.py" line="107" />
        <source>上午</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="108" />
        <source>下午</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="109" />
        <source>全天</source>
        <translation>All day</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="110" />
        <source>夜间</source>
        <translation>Night</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="376" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="379" />
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="383" />
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="385" />
        <source>（其他人员，填写姓名）</source>
        <translation>(someone else, enter name)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="387" />
        <source>{name}（{post}）</source>
        <translation>{name} ({post})</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="390" />
        <source>值班人员</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="393" />
        <source>其他人员姓名</source>
        <translation>Other person's name</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="394" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="395" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SiteLevel</name>
    <message>
        <location filename="../../app/views/labels.py" line="118" />
        <source>区级平台</source>
        <translation>District platform</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="119" />
        <source>镇街党校</source>
        <translation>Township Party school</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="120" />
        <source>教学现场</source>
        <translation>Teaching site</translation>
    </message>
</context>
<context>
    <name>SitePicker</name>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="40" />
        <source>全部层级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="44" />
        <source>全部镇街</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="46" />
        <source> 人以上</source>
        <translation>+ people</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="47" />
        <source>不限人数</source>
        <translation>Any size</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="48" />
        <source>只列出能容纳这么多人的阵地和房间，回车生效</source>
        <translation>List only sites and rooms that hold this many people; press Enter</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="54" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="55" />
        <source>镇街</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="56" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="57" />
        <source>阵地</source>
        <translation>Education site</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="59" />
        <source>房间（容纳人数）</source>
        <translation>Rooms (capacity)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="108" />
        <source>{name}（{n}间）</source>
        <translation>{name} ({n} rooms)</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="120" />
        <source>没有符合条件的阵地</source>
        <translation>No matching sites</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/picker.py" line="148" />
        <source>{name}（{n}人）</source>
        <translation>{name} ({n} people)</translation>
    </message>
</context>
<context>
    <name>SlipPrint</name>
    <message>
        <location filename="../../app/views/intake/slip_print.py" line="20" />
        <source>受理回执</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/slip_print.py" line="21" />
        <source>不予受理告知书</source>
        <translation>Notice of non-acceptance</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/slip_print.py" line="22" />
        <source>移送告知书</source>
        <translation>Notice of referral</translation>
    </message>
    <message>
        <location filename="../../app/views/intake/slip_print.py" line="36" />
        <source>（补打）</source>
        <translation>(reprint)</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="428" />
        <source>（取消替班）</source>
        <translation>(cancel substitution)</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="429" />
        <source>替班人员</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="430" />
        <source>原因/备注</source>
        <translation>Reason/notes</translation>
    </message>
</context>
<context>
    <name>SuperviseDialog</name>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="302" />
        <source>督办 / 催办</source>
        <translation>Supervise / urge</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="306" />
        <source>督办级别</source>
        <translation>Supervision level</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="307" />
        <source>仅催办</source>
        <translation>Urge only</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="309" />
        <source>督办意见</source>
        <translation>Supervision opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/dialogs.py" line="309" />
        <source>请填写督办意见</source>
        <translation>Please enter the supervision opinion</translation>
    </message>
</context>
<context>
    <name>SupervisionLevel</name>
    <message>
        <location filename="../../app/views/labels.py" line="214" />
        <source>一般督办</source>
        <translation>Normal supervision</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="215" />
        <source>重点督办</source>
        <translation>Priority supervision</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="216" />
        <source>挂牌督办</source>
        <translation>Listed supervision</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../app/views/sync/labels.py" line="16" />
        <source>同字段修改</source>
        <translation>Same field edited</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="17" />
        <source>记录已删除</source>
        <translation>Record deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="18" />
        <source>事件未生效</source>
        <translation>Event not applied</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="19" />
        <source>预约冲突</source>
        <translation>Booking clash</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="20" />
        <source>被服务器拒绝</source>
        <translation>Rejected by server</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="21" />
        <source>本机唯一值冲突</source>
        <translation>Local unique-value clash</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="22" />
        <source>受理编号已更改</source>
        <translation>Case number changed</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="26" />
        <source>行政区划</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="27" />
        <location filename="../../app/views/sync/labels.py" line="76" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="28" />
        <location filename="../../app/views/sync/labels.py" line="77" />
        <source>案件类别</source>
        <translation>Case category</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="29" />
        <location filename="../../app/views/sync/labels.py" line="78" />
        <source>职责事项</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="30" />
        <source>分流规则</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="31" />
        <source>办理时限规则</source>
        <translation>Time-limit rule</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="32" />
        <location filename="../../app/views/sync/labels.py" line="124" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="33" />
        <location filename="../../app/views/sync/labels.py" line="125" />
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="34" />
        <location filename="../../app/views/sync/labels.py" line="121" />
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="35" />
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="36" />
        <source>案件事件</source>
        <translation>Case event</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="37" />
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="38" />
        <source>评价权重</source>
        <translation>Evaluation weight</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="39" />
        <location filename="../../app/views/sync/labels.py" line="97" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="40" />
        <location filename="../../app/views/sync/labels.py" line="147" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="41" />
        <source>网格分配</source>
        <translation>Grid assignment</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="42" />
        <source>值班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="43" />
        <source>巡查日志</source>
        <translation>Patrol log</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="44" />
        <source>网格员请假</source>
        <translation>Grid worker leave</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="45" />
        <source>轮换模板</source>
        <translation>Rotation template</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="46" />
        <source>教育阵地</source>
        <translation>Education site</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="47" />
        <source>阵地房间</source>
        <translation>Site room</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="48" />
        <source>阵地预约</source>
        <translation>Site bookings</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="49" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="55" />
        <source>记录标识</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="56" />
        <source>所属镇街</source>
        <translation>Owning township</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="57" />
        <source>创建时间</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="58" />
        <source>删除时间</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="59" />
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="60" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="61" />
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="62" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="63" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="64" />
        <source>上级区划</source>
        <translation>Parent region</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="65" />
        <location filename="../../app/views/sync/labels.py" line="66" />
        <source>拼音首字母</source>
        <translation>Pinyin initials</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="67" />
        <source>姓名拼音</source>
        <translation>Name in pinyin</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="68" />
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="69" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="70" />
        <source>驻点方式</source>
        <translation>Stationing</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="71" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="72" />
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="73" />
        <location filename="../../app/views/sync/labels.py" line="74" />
        <source>时限单位</source>
        <translation>Time-limit unit</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="75" />
        <source>依据可信度</source>
        <translation>Basis confidence</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="79" />
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="80" />
        <source>主办部门</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="81" />
        <source>协办部门</source>
        <translation>Co-handling departments</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="82" />
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="83" />
        <source>办理环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="84" />
        <source>适用范围</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="85" />
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="86" />
        <source>证件号码</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="87" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="88" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="89" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="90" />
        <source>村/社区</source>
        <translation>Village/community</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="91" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="92" />
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="93" />
        <source>受理编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="94" />
        <source>查询码</source>
        <translation>Query code</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="95" />
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="96" />
        <source>镇街</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="98" />
        <location filename="../../app/views/sync/labels.py" line="128" />
        <source>发生时间</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="99" />
        <source>受理时间</source>
        <translation>Accepted at</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="100" />
        <source>事项摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="101" />
        <source>反映情况</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="102" />
        <source>诉求</source>
        <translation>Demands</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="103" />
        <source>涉及人数</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="104" />
        <source>群体性事件</source>
        <translation>Mass incident</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="105" />
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="106" />
        <source>涉密</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="107" />
        <source>重复件</source>
        <translation>Repeat case</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="108" />
        <source>重复于</source>
        <translation>Repeat of</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="109" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="110" />
        <source>办结期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="111" />
        <source>办结时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="112" />
        <source>办理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="113" />
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="114" />
        <source>当前期限</source>
        <translation>Current deadline</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="115" />
        <source>预警时间</source>
        <translation>Alert at</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="116" />
        <source>已升级督办</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="117" />
        <source>受理窗口</source>
        <translation>Intake window</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="118" />
        <source>受理人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="119" />
        <source>设备代号</source>
        <translation>Device code</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="120" />
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="122" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="123" />
        <source>当事人类型</source>
        <translation>Party type</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="126" />
        <source>代理对象</source>
        <translation>Represents</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="127" />
        <source>事件类型</source>
        <translation>Event type</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="129" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="130" />
        <source>经办人姓名</source>
        <translation>Handler's name</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="131" />
        <source>依据的案件版本</source>
        <translation>Case version it was based on</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="132" />
        <source>事件内容</source>
        <translation>Event details</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="133" />
        <source>未生效</source>
        <translation>Not applied</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="134" />
        <source>服务器序号</source>
        <translation>Server sequence no.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="135" />
        <source>所属事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="136" />
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="137" />
        <source>文件类型</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="138" />
        <source>文件大小</source>
        <translation>File size</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="139" />
        <source>校验值</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="140" />
        <source>评价指标</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="141" />
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="142" />
        <source>户数</source>
        <translation>Homes</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="143" />
        <source>网格范围</source>
        <translation>Grid area</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="144" />
        <source>投诉监督电话</source>
        <translation>Complaints hotline</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="145" />
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="146" />
        <source>入职日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="148" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="149" />
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="150" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="151" />
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="152" />
        <source>值班人员姓名</source>
        <translation>Person on duty</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="153" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="154" />
        <source>签到时间</source>
        <translation>Signed in at</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="155" />
        <source>签退时间</source>
        <translation>Signed out at</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="156" />
        <source>替班人员</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="157" />
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="158" />
        <source>处置措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="159" />
        <source>处置结果</source>
        <translation>Resolution result</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="160" />
        <source>简介</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="161" />
        <source>可提供讲解</source>
        <translation>Guide available</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="162" />
        <source>阵地</source>
        <translation>Education site</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="163" />
        <source>容纳人数</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="164" />
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="165" />
        <source>预约单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="166" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="167" />
        <source>联系人电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="168" />
        <source>参加人数</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="169" />
        <source>参加对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="170" />
        <source>时段</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="171" />
        <source>开始时间</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="172" />
        <source>结束时间</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="173" />
        <source>活动类型</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="174" />
        <source>活动主题</source>
        <translation>Activity topic</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="175" />
        <source>需要讲解员</source>
        <translation>Guide needed</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="176" />
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="177" />
        <source>实到人数</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="178" />
        <source>活动评价</source>
        <translation>Activity rating</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="179" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="180" />
        <source>同批预约</source>
        <translation>Booked together</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="181" />
        <source>重复预约系列</source>
        <translation>Booking series</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="182" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="183" />
        <source>显示姓名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="184" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="188" />
        <location filename="../../app/views/sync/labels.py" line="189" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="190" />
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="191" />
        <source>模板名称</source>
        <translation>Template name</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="192" />
        <source>轮换周期（天）</source>
        <translation>Rotation length (days)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="193" />
        <source>轮换排班</source>
        <translation>Rotation lines</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="194" />
        <source>当事人姓名或名称</source>
        <translation>Party name</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="195" />
        <source>案件类型</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="196" />
        <source>房间类型</source>
        <translation>Room type</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="197" />
        <source>发生地镇街</source>
        <translation>Township where it happened</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="198" />
        <source>发生地村/社区</source>
        <translation>Village/community where it happened</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="199" />
        <source>经办部门</source>
        <translation>Handling department</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="200" />
        <source>预约状态</source>
        <translation>Booking status</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="206" />
        <source>记录已被删除</source>
        <translation>The record was deleted</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="207" />
        <source>同一字段已被其他设备修改，保留先提交的值</source>
        <translation>Another device changed the same field first; its value was kept</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="208" />
        <source>服务器上的记录与本机记录的唯一值冲突，未能写入本机</source>
        <translation>The server's record clashes with a unique value on this device and was not written here</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="209" />
        <source>受理编号已被本镇另一案件使用，本案已改用新编号，请告知当事人</source>
        <translation>Another case of this township already had this case number; this case got a new number — tell the resident</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="210" />
        <source>服务器无法保存这条修改</source>
        <translation>The server could not save this change</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="211" />
        <source>这条记录与服务器上已有的记录重复（如同名用户），未能保存</source>
        <translation>This record duplicates one already on the server (such as a user of the same name) and was not saved</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/labels.py" line="212" />
        <source>本机记录与服务器上已有的记录重复，本机记录已暂时改用其他编号</source>
        <translation>A record on this computer duplicated one on the server; the local record now uses another number for the time being</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/views/sync/page.py" line="82" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="83" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="84" />
        <source>上传</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="85" />
        <source>下载</source>
        <translation>Downloaded</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="86" />
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="87" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="90" />
        <source>同步记录</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="88" />
        <location filename="../../app/views/sync/page.py" line="102" />
        <location filename="../../app/views/sync/page.py" line="417" />
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="105" />
        <source>区级服务器</source>
        <translation>District server</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="110" />
        <source>区级自建 CA 证书（.pem，可不填：使用系统证书）</source>
        <translation>The district's own CA certificate (.pem; leave empty to use the system's)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="111" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="117" />
        <source>区管理员发放的一次性注册码</source>
        <translation>One-time code from the district administrator</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="118" />
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
        <source>CA 证书</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="142" />
        <source>注册码</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="143" />
        <location filename="../../app/views/sync/page.py" line="246" />
        <source>本机</source>
        <translation>This device</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="146" />
        <source>自动同步间隔</source>
        <translation>Auto-sync interval</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="150" />
        <source>冲突审核</source>
        <translation>Conflict review</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="154" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="155" />
        <source>数据</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="156" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="157" />
        <source>本机的值</source>
        <translation>Local value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="158" />
        <source>服务器的值</source>
        <translation>Server value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="159" />
        <source>保留</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="160" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="165" />
        <source>采用本机的值</source>
        <translation>Use local value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="166" />
        <source>采用服务器的值</source>
        <translation>Use server value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="202" />
        <source>镇街 {org}　设备代号 {code}</source>
        <translation>Township {org}  Device code {code}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="206" />
        <source>尚未注册（填写服务器地址和注册码后点“注册本机”）</source>
        <translation>Not registered (enter the server URL and code, then click "Register this device")</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="144" />
        <source>同步状态</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="145" />
        <source>同步统计</source>
        <translation>Sync figures</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="208" />
        <source>上次成功同步：{t}　待上传：{p} 条　待处理冲突：{c} 条</source>
        <translation>Last successful sync: {t}   To upload: {p}   Open conflicts: {c}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="209" />
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="223" />
        <source>注意：本机时钟与服务器相差约 {s} 秒，请校准系统时间（不影响同步）。</source>
        <translation>Note: this device's clock differs from the server by about {s} s; please correct the system time (sync is not affected).</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="234" />
        <source>成功</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="234" />
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="246" />
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="248" />
        <source>（待确认）</source>
        <translation>(pending)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="285" />
        <source>本机未启用同步功能（以离线方式启动）</source>
        <translation>Sync is not enabled on this desk (started offline)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="287" />
        <source>正在读取同步状态…</source>
        <translation>Reading the sync state…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="289" />
        <source>本机尚未注册：先填写服务器地址和注册码，点“注册本机”</source>
        <translation>This desk is not registered: enter the server address and registration code, then click "Register this desk"</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="291" />
        <source>正在同步，完成后可再次同步</source>
        <translation>Syncing; you can sync again when it finishes</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="295" />
        <source>马上与区级服务器同步一次</source>
        <translation>Sync with the district server now</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="298" />
        <source>正在注册，请稍候</source>
        <translation>Registering, please wait</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="301" />
        <source>用区管理员发放的注册码注册本机</source>
        <translation>Register this desk with the code from the district administrator</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="309" />
        <source>先在上面的列表中选中一条冲突</source>
        <translation>Select a conflict in the list above first</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="311" />
        <source>这条冲突已处理</source>
        <translation>This conflict has been resolved</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="314" />
        <source>保留服务器上的值</source>
        <translation>Keep the server's value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="316" />
        <source>这类冲突只能确认服务器的结果</source>
        <translation>Conflicts of this kind can only accept the server's result</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="318" />
        <source>把本机的值作为新的修改再次上传</source>
        <translation>Upload this desk's value again as a new edit</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="351" />
        <location filename="../../app/views/sync/page.py" line="355" />
        <location filename="../../app/views/sync/page.py" line="359" />
        <location filename="../../app/views/sync/page.py" line="384" />
        <source>注册</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="351" />
        <source>请填写以 http:// 或 https:// 开头的服务器地址</source>
        <translation>Enter a server URL starting with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="355" />
        <source>请填写区管理员发放的注册码</source>
        <translation>Enter the registration code from the district administrator</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="359" />
        <source>本机未启用同步功能</source>
        <translation>Sync is not enabled on this device</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="372" />
        <source>选择区级 CA 证书</source>
        <translation>Choose the district CA certificate</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="372" />
        <source>证书 (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="385" />
        <source>注册成功：设备代号 {code}。新登记的案件编号将使用此代号。</source>
        <translation>Registered: device code {code}. New case numbers will use this code.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="398" />
        <location filename="../../app/views/sync/page.py" line="400" />
        <source>注册失败：{reason}</source>
        <translation>Registration failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="400" />
        <source>程序出错，详情见日志</source>
        <translation>program error, see the log</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/page.py" line="401" />
        <source>注册失败</source>
        <translation>Registration failed</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="24" />
        <source>未注册</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="25" />
        <source>同步中</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="26" />
        <source>已同步 {time}</source>
        <translation>Synced {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="27" />
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="28" />
        <source>失败：{reason}</source>
        <translation>Failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="29" />
        <source>已注册，尚未同步</source>
        <translation>Registered, not synced yet</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="30" />
        <source>本机尚未注册到区级服务器：在“同步”页填写服务器地址和注册码，点“注册本机”</source>
        <translation>This desk is not registered with the district server: on the Sync tab enter the server address and registration code, then click "Register this desk"</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="33" />
        <source>无法连接服务器（网络不通或服务器未启动）</source>
        <translation>cannot reach the server (no network, or the server is not running)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="34" />
        <source>连接服务器超时（网络慢或服务器无响应）</source>
        <translation>connecting to the server timed out (slow network or server not responding)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="35" />
        <source>与服务器的连接中断（网络不稳定）</source>
        <translation>the connection to the server broke (unstable network)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="36" />
        <source>证书不受信任（请在“同步”页选择区级 CA 证书）</source>
        <translation>certificate not trusted (choose the district CA certificate on the Sync tab)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="37" />
        <source>设备令牌已失效（请重新注册本机）</source>
        <translation>device token no longer valid (register this desk again)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="38" />
        <source>服务器忙（稍后自动重试）</source>
        <translation>server busy (retrying automatically)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="39" />
        <source>服务器出错（请联系区级管理员）</source>
        <translation>server error (contact the district administrator)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="40" />
        <source>服务器地址无效（请检查“同步”页的服务器地址）</source>
        <translation>invalid server address (check it on the Sync tab)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="41" />
        <source>服务器回复无法识别（服务器与本机版本可能不符）</source>
        <translation>unrecognised server reply (server and desk versions may differ)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="42" />
        <source>本机程序版本过旧（请升级后再同步）</source>
        <translation>this desk's program is too old (upgrade, then sync)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/state_text.py" line="43" />
        <source>离线：{reason}，稍后自动重试</source>
        <translation>Offline: {reason}; retrying automatically</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="45" />
        <source>数据只在本机（在“同步”页注册）</source>
        <translation>Data stays on this desk (register on the Sync tab)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="59" />
        <source>待上传 {n}</source>
        <translation>To upload {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status_widget.py" line="60" />
        <source>冲突 {n}</source>
        <translation>Conflicts {n}</translation>
    </message>
</context>
<context>
    <name>TimeUnit</name>
    <message>
        <location filename="../../app/views/labels.py" line="86" />
        <source>日</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="87" />
        <source>工作日</source>
        <translation>working days</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="43" />
        <source>交办/改派</source>
        <translation>Assign/reassign</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="44" />
        <location filename="../../app/views/transfer/actions.py" line="334" />
        <source>维持交办</source>
        <translation>Uphold assignment</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="45" />
        <source>签收</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="46" />
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="47" />
        <location filename="../../app/views/transfer/actions.py" line="335" />
        <source>办理进展</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="48" />
        <source>申请延期</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="49" />
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="50" />
        <location filename="../../app/views/transfer/actions.py" line="337" />
        <source>驳回延期</source>
        <translation>Reject extension</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="51" />
        <location filename="../../app/views/transfer/actions.py" line="336" />
        <source>协办反馈</source>
        <translation>Co-handler feedback</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="52" />
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="53" />
        <source>回访评价</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="54" />
        <source>督办/催办</source>
        <translation>Supervise/urge</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="55" />
        <source>会商研判</source>
        <translation>Joint consultation</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="56" />
        <location filename="../../app/views/transfer/actions.py" line="258" />
        <source>调解协议</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="57" />
        <source>受理决定</source>
        <translation>Acceptance decision</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="58" />
        <source>出具意见书</source>
        <translation>Issue opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="59" />
        <source>受理复查/复核</source>
        <translation>Accept review / re-check</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="60" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="63" />
        <source>交办单</source>
        <translation>Assignment form</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="64" />
        <source>督办单</source>
        <translation>Supervision form</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="65" />
        <source>延期告知书</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="66" />
        <source>回访记录</source>
        <translation>Follow-up record</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="67" />
        <source>调解协议书</source>
        <translation>Mediation agreement document</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="68" />
        <source>受理/不予受理告知书</source>
        <translation>Acceptance / non-acceptance notice</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="69" />
        <source>信访事项处理意见书</source>
        <translation>Petition handling opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="70" />
        <source>复查受理告知书</source>
        <translation>Review acceptance notice</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="71" />
        <source>复查意见书</source>
        <translation>Review opinion letter</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="72" />
        <source>复核受理告知书</source>
        <translation>Re-check acceptance notice</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="73" />
        <source>复核意见书</source>
        <translation>Re-check opinion letter</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="74" />
        <source>信访终结告知书</source>
        <translation>Petition conclusion notice</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="163" />
        <source>协办部门尚未反馈：{0}。全部反馈后主办部门才能办结</source>
        <translation>Assisting departments have not reported yet: {0}. The lead can close once all have reported</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="259" />
        <source>调解协议已登记。是否现在打印调解协议书？</source>
        <translation>The mediation agreement is recorded. Print the mediation agreement now?</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="261" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="262" />
        <source>稍后</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="279" />
        <location filename="../../app/views/transfer/actions.py" line="285" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="280" />
        <source>{0}退回{1}次</source>
        <translation>{0} returned it {1} times</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="282" />
        <source>依职责清单：{0}；时限{1}</source>
        <translation>Per duty list: {0}; time limit {1}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="165" />
        <location filename="../../app/views/transfer/actions.py" line="283" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="283" />
        <source>无对应职责</source>
        <translation>No matching duty</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="316" />
        <source>{n}{unit}</source>
        <translation>{n} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="334" />
        <source>维持理由</source>
        <translation>Reason for upholding</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="334" />
        <source>请说明维持交办的理由</source>
        <translation>Explain why the assignment is upheld</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="335" />
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="335" />
        <source>请填写办理进展</source>
        <translation>Please describe the progress</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="336" />
        <source>协办结果</source>
        <translation>Co-handling result</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="336" />
        <source>请填写协办结果</source>
        <translation>Please describe the co-handling result</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="337" />
        <source>驳回理由</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="337" />
        <source>请说明驳回理由</source>
        <translation>Please give the reason for rejection</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="430" />
        <source>受理复查申请</source>
        <translation>Accept review request</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="430" />
        <source>受理复核申请</source>
        <translation>Accept re-check request</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="440" />
        <source>出具处理意见书</source>
        <translation>Issue handling opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="448" />
        <source>出具复查意见书</source>
        <translation>Issue review opinion</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="455" />
        <source>出具复核意见书（信访终结）</source>
        <translation>Issue re-check opinion (concludes the petition)</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/actions.py" line="489" />
        <source>已生成</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <location filename="../../app/views/transfer/page.py" line="59" />
        <source>全部案件</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="60" />
        <source>本部门</source>
        <translation>My department</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="61" />
        <source>我经办的</source>
        <translation>Handled by me</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="65" />
        <source>签收</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="66" />
        <source>办理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="67" />
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="91" />
        <source>本镇街全部案件</source>
        <translation>All cases of this township</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="97" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="99" />
        <source>职责清单…</source>
        <translation>Duty list…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="101" />
        <source>查询码评价…</source>
        <translation>Rate by query code…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="103" />
        <source>履职评价…</source>
        <translation>Performance…</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="110" />
        <source>搜索：姓名（可两字）、事项内容、拼音首字母、案件编号、电话或证件号</source>
        <translation>Name, text, pinyin, case no., phone, ID</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="120" />
        <location filename="../../app/views/transfer/page.py" line="216" />
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="166" />
        <location filename="../../app/views/transfer/page.py" line="214" />
        <source>案件流转清单</source>
        <translation>Case transfer list</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="189" />
        <source>指派在岗网格员现场核查</source>
        <translation>Send on-duty grid worker to check on site</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="192" />
        <source>按排班表找出今天在该村（社区）值班的网格员，记入案件流转记录</source>
        <translation>Finds the grid worker on duty today for the case's village on the duty sheet and records it on the case's timeline</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="216" />
        <source>队列</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="308" />
        <source>搜索结果 {n} 件；清空搜索框回到队列</source>
        <translation>Found: {n}; clear the search box to return to the queue</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="313" />
        <source>{no}　{limit}已超期 {duration}：{reasons}</source>
        <translation>{no}  {limit} overdue by {duration}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="397" />
        <source>请先在队列中选中案件</source>
        <translation>Select a case in the queue first</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="416" />
        <source>现场核查</source>
        <translation>On-site check</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="417" />
        <source>已指派在岗网格员{name}（{phone}）现场核查</source>
        <translation>On-duty grid worker {name} ({phone}) sent to check on site</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="68" />
        <location filename="../../app/views/transfer/page.py" line="225" />
        <location filename="../../app/views/transfer/tab_title.py" line="29" />
        <source>案件流转</source>
        <translation>Case flow</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="229" />
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="301" />
        <source>红色预警 {0} 件，黄色预警 {1} 件</source>
        <translation>{0} red alerts, {1} yellow alerts</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="317" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="350" />
        <source>案件超期</source>
        <translation>Cases overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/page.py" line="350" />
        <source>{0} 已超期：{1}</source>
        <translation>{0} overdue: {1}</translation>
    </message>
</context>
<context>
    <name>WarningLevel</name>
    <message>
        <location filename="../../app/views/labels.py" line="89" />
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="90" />
        <source>黄色预警</source>
        <translation>Yellow alert</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="91" />
        <source>红色预警(超期)</source>
        <translation>Red alert (overdue)</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <location filename="../../app/views/home/warnings.py" line="61" />
        <source>本月受理超过前六个月月均多少即标为上升；默认值由区里设定，此处调整只影响本次查看</source>
        <translation>How far above the mean of the last six months this month's cases must be to count as rising; the district sets the default, a change here only affects this view</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="67" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/views/pages.py" line="77" />
        <location filename="../../app/views/home/warnings.py" line="70" />
        <location filename="../../app/views/home/warnings.py" line="144" />
        <source>监测预警</source>
        <translation>Early warnings</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="74" />
        <source>类别上升阈值</source>
        <translation>Rising threshold</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="80" />
        <source>超期案件清单</source>
        <translation>Overdue case list</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="81" />
        <source>超期清单：</source>
        <translation>Overdue list:</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="87" />
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="88" />
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="89" />
        <location filename="../../app/views/home/warnings.py" line="99" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="90" />
        <location filename="../../app/views/home/warnings.py" line="101" />
        <source>镇街</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="91" />
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="93" />
        <location filename="../../app/views/home/warnings.py" line="95" />
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="96" />
        <location filename="../../app/views/home/warnings.py" line="97" />
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="99" />
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="99" />
        <source>前六月月均</source>
        <translation>Mean of last 6 months</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="99" />
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="101" />
        <source>村（社区）</source>
        <translation>Village / community</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="101" />
        <source>重复件</source>
        <translation>Repeat visits</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="102" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="102" />
        <source>件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="102" />
        <source>最近案件</source>
        <translation>Latest case</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="164" />
        <source>双击或按回车键打开</source>
        <translation>Double-click or press Enter to open</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="179" />
        <source>（{count}）</source>
        <translation> ({count})</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="182" />
        <source>红色预警：已超期{n}</source>
        <translation>Red: overdue{n}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="183" />
        <source>黄色预警：临近期限{n}</source>
        <translation>Yellow: limit near{n}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="184" />
        <source>上升类别（本月对比前六月月均）{n}</source>
        <translation>Rising categories (this month vs mean of last six){n}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="185" />
        <source>重复来访村（社区）{n}</source>
        <translation>Villages with repeat visits{n}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="186" />
        <source>90日内来访3次以上人员{n}</source>
        <translation>Persons with 3+ cases in 90 days{n}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="187" />
        <source>在办群体性案件{n}</source>
        <translation>Open group cases{n}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="188" />
        <source>在办高风险案件（橙、红）{n}</source>
        <translation>Open high-risk cases (orange, red){n}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="230" />
        <source>新增</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="248" />
        <source>更新于 {time}</source>
        <translation>Updated {time}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="264" />
        <source>红</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="265" />
        <source>橙</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="266" />
        <source>黄</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="267" />
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="314" />
        <source>本月受理 · {name}</source>
        <translation>Received this month · {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/warnings.py" line="329" />
        <source>重复件 · {name}</source>
        <translation>Repeat visits · {name}</translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="76" />
        <source>上午
09:00–11:30</source>
        <translation>Morning
09:00–11:30</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="76" />
        <source>下午
14:30–17:00</source>
        <translation>Afternoon
14:30–17:00</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="52" />
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="53" />
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="54" />
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="55" />
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="56" />
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="57" />
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="58" />
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="92" />
        <source>{m}月{d}日
{weekday}</source>
        <translation>{m}/{d}
{weekday}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="116" />
        <source>待确认
{org}</source>
        <translation>Tentative
{org}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="118" />
        <source>已约
{org}</source>
        <translation>Booked
{org}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="120" />
        <source>待审核 {n}
{org}</source>
        <translation>Pending {n}
{org}</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="123" />
        <source>已过</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="123" />
        <source>空闲</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="128" />
        <source>{org}：待确认——本机预约后尚未与区级服务器同步，服务器确认前可能因冲突被退回</source>
        <translation>{org}: tentative — booked on this desk and not yet synced with the district server; it may be refused for a clash until the server confirms it</translation>
    </message>
    <message>
        <location filename="../../app/views/bookings/calendar.py" line="131" />
        <source>单击或按回车预约此时段</source>
        <translation>Click or press Enter to book this session</translation>
    </message>
</context>
<context>
    <name>WhyDisabled</name>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="22" />
        <source>先在左侧列表中选中一件案件</source>
        <translation>Select a case in the list on the left first</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="26" />
        <source>您的角色不能对本案执行此操作</source>
        <translation>Your role cannot do this on this case</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="29" />
        <source>本案已交办（{s}），只有待交办的案件可以交办</source>
        <translation>This case is already dispatched ({s}); only cases waiting for dispatch can be dispatched</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="35" />
        <source>只有被退回、待重新交办的案件可以维持交办</source>
        <translation>Only returned cases waiting for re-dispatch can keep their dispatch</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="41" />
        <source>由承办部门的承办人操作</source>
        <translation>Done by the handling department's handler</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="43" />
        <source>本案未交办给您的部门</source>
        <translation>This case is not assigned to your department</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="45" />
        <source>本案当前状态（{s}）不在办理中</source>
        <translation>This case is not being handled now ({s})</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="49" />
        <source>本部门已签收</source>
        <translation>Your department has signed for it</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="52" />
        <source>只有主办部门可以退回</source>
        <translation>Only the lead department can return it</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="53" />
        <source>已签收的案件不能退回</source>
        <translation>An acknowledged case cannot be returned</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="56" />
        <source>只有主办部门可以申请延期或办结</source>
        <translation>Only the lead department can request an extension or close it</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="58" />
        <source>延期申请待批复，批复后再操作</source>
        <translation>An extension request awaits a decision; act after it is decided</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="61" />
        <source>主办部门不填写协办反馈</source>
        <translation>The lead department gives no assisting feedback</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="62" />
        <source>本部门已反馈</source>
        <translation>Your department has reported</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="64" />
        <source>由主办部门承办人或中心主任记录</source>
        <translation>Recorded by the lead department's handler or the centre head</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="68" />
        <source>没有待批复的延期申请</source>
        <translation>No extension request awaits a decision</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="72" />
        <source>办结后才能回访评价</source>
        <translation>A revisit is possible only after closing</translation>
    </message>
    <message>
        <location filename="../../app/views/transfer/why_disabled.py" line="76" />
        <source>本案已办结，无需督办或会商</source>
        <translation>This case is closed: no supervision or consultation needed</translation>
    </message>
</context>
<context>
    <name>WindowAction</name>
    <message>
        <location filename="../../app/views/labels.py" line="218" />
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="219" />
        <source>快速处置</source>
        <translation>Quick resolution</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="220" />
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="221" />
        <source>移送</source>
        <translation>Transfer out</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="249" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="251" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="253" />
        <source>手机号或0538固定电话</source>
        <translation>Mobile or 0538 landline</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="256" />
        <source>岗位类型</source>
        <translation>Role type</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="264" />
        <source>身份证号</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="267" />
        <source>已登记 {masked}，留空不变</source>
        <translation>On file: {masked}; leave blank to keep</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="270" />
        <source>选填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="271" />
        <source>填写入职日期</source>
        <translation>Set start date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="278" />
        <source>入职日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/views/grid/dialogs.py" line="279" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>WorkerPost</name>
    <message>
        <location filename="../../app/views/labels.py" line="101" />
        <source>网格长</source>
        <translation>Grid head</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="102" />
        <source>专职网格员</source>
        <translation>Full-time grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="103" />
        <source>兼职网格员</source>
        <translation>Part-time grid worker</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="104" />
        <source>网格指导员</source>
        <translation>Grid instructor</translation>
    </message>
    <message>
        <location filename="../../app/views/labels.py" line="105" />
        <source>协管力量</source>
        <translation>Assistant</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.py" line="142" />
        <source>这个数据库由较新版本的一站创建（数据库结构 {0}），本程序只认识到 {1}。为保护数据，本程序不会打开它：请安装新版本后再打开。</source>
        <translation>This database was made by a newer version of Yizhan (schema {0}); this program knows schemas up to {1}. To protect the data it will not open it: install the newer version, then open it again.</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="148" />
        <source>无法打开数据库，程序将退出。
{0}</source>
        <translation>The database could not be opened; the program will exit.
{0}</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="149" />
        <source>一站</source>
        <translation>Yizhan</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../app/views/operations.py" line="210" />
        <source>操作未能完成，已记录错误日志。详情：</source>
        <translation>The operation could not be completed; the error was logged. Details: </translation>
    </message>
    <message>
        <location filename="../../app/views/operations.py" line="229" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../app/views/operations.py" line="268" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../app/views/bookings/edit.py" line="35" />
        <source>{m}月{d}日 {slot} · {room}</source>
        <translation>{m}/{d} {slot} · {room}</translation>
    </message>
</context>
</TS>