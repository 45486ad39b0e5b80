<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/views/home/page.py" line="54" />
        <source>今日受理</source>
        <translation>Received today</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="55" />
        <source>在办案件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="56" />
        <source>三日内到期</source>
        <translation>Due within 3 days</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="57" />
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="58" />
        <source>今日办结</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="72" />
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="88" />
        <source>{date} 工作概况</source>
        <translation>Overview for {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="88" />
        <source>%Y年%m月%d日</source>
        <translation>%d %b %Y</translation>
    </message>
    <message>
        <location filename="../../app/views/home/page.py" line="94" />
        <source>当前用户：{name}（{window}）　镇街代码：{org}　设备：{device}</source>
        <translation>User: {name} ({window})   Township: {org}   Device: {device}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="29" />
        <source>{app} — 一站式社会治理服务中心</source>
        <translation>{app} — One-Stop Social Governance Service Centre</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="49" />
        <source>{name}｜{org}</source>
        <translation>{name} | {org}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="54" />
        <source>处理中…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="61" />
        <source>系统(&amp;S)</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="62" />
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="65" />
        <location filename="../../app/views/main_window.py" line="95" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="75" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="78" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="79" />
        <location filename="../../app/views/main_window.py" line="100" />
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="80" />
        <location filename="../../app/views/main_window.py" line="110" />
        <source>关于一站</source>
        <translation>About Yizhan</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="95" />
        <source>界面语言将在下次启动时生效。</source>
        <translation>The language takes effect the next time the app starts.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="102" />
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
        <location filename="../../app/views/main_window.py" line="111" />
        <source>一站 — 一站式社会治理服务中心桌面端
离线可用，定时与区中心同步。</source>
        <translation>Yizhan — desktop app of the one-stop social governance service centre
Works offline; syncs with the district centre on a schedule.</translation>
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
</TS>