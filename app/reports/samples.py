"""Sample views (示例数据) for the printer test page, the renderer tests and the bench."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.domain.printables import (
    AssignmentSlipView,
    CentreInfo,
    ExtensionNoticeView,
    MediationAgreementView,
    NoticeKind,
    NoticeView,
    PartyView,
    PerformanceReportView,
    PerformanceRow,
    PetitionNoticeView,
    ReceiptView,
    RevisitRecordView,
    SupervisionSlipView,
)

CENTRE = CentreInfo(
    name="岱岳区满庄镇社会治理综合服务中心",
    phone="0538-8561234",
    address="满庄镇政府院内东侧一楼",
    committee="岱岳区满庄镇人民调解委员会",
)
APPLICANT = PartyView(
    role="申请人",
    name="张三丰",
    id_masked="3709**********1231",
    phone_masked="138****1234",
    sex="男",
    ethnicity="汉族",
    age=36,
    occupation="农民",
    address="岱岳区满庄镇北留村3组",
)
RESPONDENT = PartyView(
    role="被申请人",
    name="李四",
    id_masked="3709**********004X",
    phone_masked="139****5678",
    sex="男",
    ethnicity="汉族",
    age=52,
    occupation="个体经营",
    address="岱岳区满庄镇北留村3组",
)
RECEIVED = datetime(2026, 11, 27, 6, 5, tzinfo=UTC)  # 14:05 in Shanghai
CASE_NO = "106-261127-A-0007"
QUERY_CODE = "482913"
SUMMARY = "邻里之间因宅基地边界及排水沟走向发生争执，申请人要求被申请人恢复原排水沟走向。"


def receipt(*, is_mediation: bool = True, summary: str = SUMMARY) -> ReceiptView:
    """Return a sample 受理回执 view."""
    return ReceiptView(
        centre=CENTRE,
        case_no=CASE_NO,
        query_code=QUERY_CODE,
        received_at=RECEIVED,
        parties=(APPLICANT,),
        summary=summary,
        kind="矛盾纠纷",
        category="邻里纠纷·宅基地",
        channel="走访",
        window="2号窗口（矛调窗口）",
        clerk="王晓梅",
        time_limit="30日",
        due_date=date(2026, 12, 27),
        department="满庄镇司法所",
        is_mediation=is_mediation,
        is_demo=True,
    )


def notice(kind: NoticeKind = NoticeKind.REJECT) -> NoticeView:
    """Return a sample 不予受理 or 移送 告知书 view."""
    transfer = kind is NoticeKind.TRANSFER
    return NoticeView(
        kind=kind,
        centre=CENTRE,
        doc_no="岱满移告字〔2026〕第12号" if transfer else "岱满不受告字〔2026〕第3号",
        case_no=CASE_NO,
        query_code=QUERY_CODE,
        party=APPLICANT,
        received_at=RECEIVED,
        summary="申请人要求撤销已生效民事判决并重新分割家庭财产。",
        reason=(
            "该事项属于劳动争议，依法应由劳动人事争议仲裁委员会处理"
            if transfer
            else "该事项已经人民法院作出生效判决，不属于人民调解和信访受理范围"
        ),
        legal_basis=(
            "《中华人民共和国劳动争议调解仲裁法》第五条"
            if transfer
            else "《中华人民共和国人民调解法》第十八条、《信访工作条例》第三十一条"
        ),
        transfer_to="岱岳区劳动人事争议仲裁委员会" if transfer else "",
        transfer_contact="岱岳区长城路28号 0538-8221234" if transfer else "",
        guidance=(
            "移送后，该事项的办理进度请向接收机关查询；对移送有异议的，可以向本中心反映。"
            if transfer
            else "如对生效判决不服，可依法向人民法院申请再审或向人民检察院申请监督。"
        ),
        issued_on=date(2026, 11, 27),
        clerk="王晓梅",
        is_demo=True,
    )


PETITION_TITLES = {
    "acceptance_notice": "信访事项受理告知书",
    "petition_opinion": "信访事项处理意见书",
    "review_request": "信访事项复查申请受理告知书",
    "review_opinion": "信访事项复查意见书",
    "recheck_request": "信访事项复核申请受理告知书",
    "recheck_opinion": "信访事项复核意见书",
    "petition_final": "信访终结告知书",
}


def petition(document: str = "petition_opinion") -> PetitionNoticeView:
    """Return a sample written step of the 信访 path (`document`: its event type)."""
    return PetitionNoticeView(
        document=document,
        title=PETITION_TITLES[document],
        centre=CENTRE,
        organ="满庄镇信访办",
        doc_no="岱满信处〔2026〕第1号",
        case_no=CASE_NO,
        query_code=QUERY_CODE,
        party=APPLICANT,
        received_at=RECEIVED,
        summary="申请人反映宅基地界址纠纷，要求确认使用权。",
        paragraphs=(
            "经调查核实，对你反映的宅基地界址问题作如下处理：由村委会组织双方现场确认界址。",
        ),
        legal_basis="《信访工作条例》（2022年）第三十四条、第三十五条",
        issued_on=date(2026, 11, 27),
        due_line="如不服本意见，可自收到之日起30日内（2026年12月27日前）申请复查。",
        is_demo=True,
    )


def assignment() -> AssignmentSlipView:
    """Return a sample 交办单 view."""
    return AssignmentSlipView(
        centre=CENTRE,
        slip_no="岱满交〔2026〕第0215号",
        case_no=CASE_NO,
        dispatched_at=datetime(2026, 11, 27, 7, 30, tzinfo=UTC),
        kind="矛盾纠纷",
        category="邻里纠纷·宅基地",
        risk_grade="黄",
        channel="走访",
        summary=SUMMARY,
        facts="申请人称被申请人于本月翻建院墙时改变了原排水沟走向，雨水倒灌申请人院内。",
        demands="恢复原排水沟走向，赔偿院内物品损失约800元。",
        parties=(APPLICANT, RESPONDENT),
        lead_department="满庄镇司法所",
        assist_departments=("北留村村民委员会", "满庄镇自然资源所"),
        sign_due_at=datetime(2026, 11, 28, 1, 0, tzinfo=UTC),
        time_limit="15个工作日",
        due_date=date(2026, 12, 18),
        requirements="请于签收后3个工作日内联系双方当事人，现场查看排水沟走向，依法调处并反馈结果。",
        dispatcher="赵建国",
        is_demo=True,
    )


def supervision() -> SupervisionSlipView:
    """Return a sample 督办单 view."""
    return SupervisionSlipView(
        centre=CENTRE,
        slip_no="岱满督〔2026〕第018号",
        case_no=CASE_NO,
        level="重点督办",
        department="满庄镇司法所",
        summary=SUMMARY,
        received_at=RECEIVED,
        due_date=date(2026, 12, 18),
        overdue_days=3,
        reason="该件已超过办理时限3个工作日未办结，当事人多次来电询问。",
        requirements="请于2个工作日内办结并书面反馈办理结果，确有困难的说明原因。",
        reply_due=date(2026, 12, 23),
        supervisor="孙立华",
        issued_on=date(2026, 12, 21),
        is_demo=True,
    )


def extension() -> ExtensionNoticeView:
    """Return a sample 延期告知书 view."""
    return ExtensionNoticeView(
        centre=CENTRE,
        doc_no="岱满延告字〔2026〕第5号",
        case_no=CASE_NO,
        query_code=QUERY_CODE,
        party=APPLICANT,
        received_at=RECEIVED,
        summary=SUMMARY,
        original_due=date(2026, 12, 18),
        new_due=date(2027, 1, 8),
        extension="15个工作日",
        reason="需委托专业机构测绘宅基地界址，测绘结果出具前无法作出处理意见。",
        department="满庄镇司法所",
        issued_on=date(2026, 12, 15),
        is_demo=True,
    )


def mediation(*, facts: str | None = None) -> MediationAgreementView:
    """Return a sample 调解协议书 view."""
    return MediationAgreementView(
        centre=CENTRE,
        agreement_no="（2026）岱满调字第015号",
        case_no=CASE_NO,
        parties=(APPLICANT, RESPONDENT),
        facts=facts
        or (
            "申请人张三丰与被申请人李四系北留村3组前后邻居。2026年11月，被申请人翻建院墙时将原"
            "自西向东的排水沟改为向南排放，致使雨水流入申请人院内，浸泡申请人存放的玉米约300斤。"
        ),
        disputes="排水沟走向是否应当恢复；申请人玉米受损的赔偿数额。",
        responsibilities="被申请人改变排水沟走向未与相邻方协商，对申请人损失负主要责任。",
        terms=(
            "被申请人李四于2026年12月10日前自费将排水沟恢复为原自西向东走向，并保持畅通。",
            "被申请人李四赔偿申请人张三丰玉米损失人民币陆佰元整（¥600.00）。",
            "双方今后因排水、院墙等相邻关系发生争议，应先行协商，不得采取过激行为。",
        ),
        performance_manner="第1项由被申请人自行施工；第2项以现金或转账方式一次性支付。",
        performance_place="北留村村民委员会",
        performance_deadline="2026年12月10日前",
        mediators=("刘长山", "陈秀英"),
        signed_on=date(2026, 12, 2),
        recorder="王晓梅",
        is_demo=True,
    )


def revisit() -> RevisitRecordView:
    """Return a sample 回访记录 view."""
    return RevisitRecordView(
        centre=CENTRE,
        case_no=CASE_NO,
        party_name="张三丰",
        phone_masked="138****1234",
        summary=SUMMARY,
        department="满庄镇司法所",
        outcome="化解成功",
        result="经调解双方达成协议，排水沟已恢复，赔偿款已当场付清。",
        closed_on=date(2026, 12, 10),
        revisit_at=datetime(2026, 12, 14, 2, 20, tzinfo=UTC),
        channel="电话",
        revisitor="王晓梅",
        satisfaction="满意",
        comment="对办理速度和结果都满意，感谢司法所的同志。",
        follow_up="同意归档",
        is_demo=True,
    )


def performance() -> PerformanceReportView:
    """Return a sample monthly 履职评价 view."""
    names = [
        "满庄镇司法所",
        "满庄派出所",
        "满庄镇自然资源所",
        "满庄镇人力资源和社会保障所",
        "满庄镇综合执法中队",
        "满庄镇农业综合服务中心",
        "满庄镇市场监管所",
        "满庄镇卫生院",
    ]
    rows = tuple(
        PerformanceRow(
            rank=i + 1,
            department=name,
            received=40 - i * 4,
            signed_on_time=1.0 - i * 0.03,
            closed=38 - i * 4,
            closed_on_time=0.98 - i * 0.04,
            overdue=i // 2,
            returned=i % 3,
            satisfaction=0.99 - i * 0.02 if i != 7 else None,
            score=98.5 - i * 3.2,
        )
        for i, name in enumerate(names)
    )
    return PerformanceReportView(
        centre=CENTRE,
        period="2026年11月",
        generated_at=datetime(2026, 12, 1, 1, 0, tzinfo=UTC),
        rows=rows,
        scoring_note=(
            "综合得分 = 按时签收率×20 + 按时办结率×40 + 满意率×30 + 10 − 超期件数×2 − 退回件数×1。"
        ),
        is_demo=True,
    )
