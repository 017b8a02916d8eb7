<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>csm::client::CallbackModel</name>
    <message>
        <location filename="../../core/callback_model.cpp" line="44"/>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <location filename="../../core/callback_model.cpp" line="60"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../core/callback_model.cpp" line="61"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../core/callback_model.cpp" line="62"/>
        <source>Promise</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../../core/callback_model.cpp" line="63"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../core/callback_model.cpp" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>csm::client::CaseText</name>
    <message>
        <location filename="../../core/case_text.cpp" line="14"/>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="15"/>
        <source>Repair quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="16"/>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="17"/>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="18"/>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="19"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="26"/>
        <source>1 — Very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="27"/>
        <source>2 — Dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="28"/>
        <source>3 — Neutral</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="29"/>
        <source>4 — Satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="30"/>
        <source>5 — Very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="37"/>
        <source>Open</source>
        <translation>督办中</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="38"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="39"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="40"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="55"/>
        <source>Order %1 is supervised (督办): answer by %2 — %3</source>
        <translation>工单 %1 被督办：请于 %2 前回复 — %3</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="58"/>
        <source>%1 answered your supervision of order %2</source>
        <translation>%1 已回复您对工单 %2 的督办</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="62"/>
        <source>The complaint on order %1 is past its deadline (%2) and not yet resolved</source>
        <translation>工单 %1 的投诉已过处理期限（%2），尚未处理完毕</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="63"/>
        <source>The complaint on order %1 is past its deadline (%2) and not yet resolved by %3</source>
        <translation>工单 %1 的投诉已过处理期限（%2），%3 尚未处理完毕</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="66"/>
        <source>Your supervision of order %1 is overdue: %2 has not answered (deadline %3)</source>
        <translation>您对工单 %1 的督办已超期：%2 尚未回复（期限 %3）</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="79"/>
        <source>Complaint details set</source>
        <translation>设置投诉信息</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="81"/>
        <source>Resolution and satisfaction recorded</source>
        <translation>记录处理结果和满意度</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="84"/>
        <source>Complaint past its deadline</source>
        <translation>投诉已过处理期限</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="85"/>
        <source>Complaint past its deadline, not resolved by %1</source>
        <translation>投诉已过处理期限，%1 尚未处理完毕</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="88"/>
        <source>Supervision of %1 opened</source>
        <translation>督办 %1</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="90"/>
        <source>Supervision answered late by %1</source>
        <translation>%1 超期回复督办</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="91"/>
        <source>Supervision answered by %1</source>
        <translation>%1 回复督办</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="93"/>
        <source>Supervision of %1 overdue</source>
        <translation>对 %1 的督办已超期</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="95"/>
        <source>Supervision closed</source>
        <translation>督办已关闭</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="104"/>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="107"/>
        <source>Responsible: %1</source>
        <translation>责任单位：%1</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="110"/>
        <location filename="../../core/case_text.cpp" line="120"/>
        <source>Deadline: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="112"/>
        <source>Satisfaction: %1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="113"/>
        <source>Resolution: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="116"/>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="118"/>
        <location filename="../../core/case_text.cpp" line="125"/>
        <source>Deadline was %1</source>
        <translation>期限为 %1</translation>
    </message>
    <message>
        <location filename="../../core/case_text.cpp" line="128"/>
        <source>Was: %1</source>
        <translation>原状态：%1</translation>
    </message>
</context>
<context>
    <name>csm::client::ContactTimelineModel</name>
    <message>
        <location filename="../../core/contact_timeline_model.cpp" line="59"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../core/contact_timeline_model.cpp" line="60"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../core/contact_timeline_model.cpp" line="61"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../core/contact_timeline_model.cpp" line="62"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../core/contact_timeline_model.cpp" line="63"/>
        <source>Call outcome</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location filename="../../core/contact_timeline_model.cpp" line="64"/>
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
</context>
<context>
    <name>csm::client::CustomFieldModel</name>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="25"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="26"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="27"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="28"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/custom_field_model.cpp" line="57"/>
        <source>%1 (%n option(s))</source>
        <translation>
            <numerusform>%1（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="59"/>
        <location filename="../../core/custom_field_model.cpp" line="75"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="60"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="60"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="70"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="71"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="72"/>
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="73"/>
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="74"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../core/custom_field_model.cpp" line="76"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>csm::client::CustomerCasesModel</name>
    <message>
        <location filename="../../core/customer_cases_model.cpp" line="37"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../core/customer_cases_model.cpp" line="43"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../core/customer_cases_model.cpp" line="83"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../core/customer_cases_model.cpp" line="84"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../core/customer_cases_model.cpp" line="85"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../core/customer_cases_model.cpp" line="86"/>
        <source>What the customer said</source>
        <translation>客户反馈</translation>
    </message>
</context>
<context>
    <name>csm::client::CustomerProductModel</name>
    <message numerus="yes">
        <location filename="../../core/customer_product_model.cpp" line="55"/>
        <source>%n month(s) of warranty from the purchase date (from the install date when the purchase date is unknown)</source>
        <translation>
            <numerusform>自购买日期起保修 %n 个月（购买日期不详时自安装日期起）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/customer_product_model.cpp" line="87"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../core/customer_product_model.cpp" line="88"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location filename="../../core/customer_product_model.cpp" line="89"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../core/customer_product_model.cpp" line="90"/>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location filename="../../core/customer_product_model.cpp" line="91"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../../core/customer_product_model.cpp" line="92"/>
        <source>Installed</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <location filename="../../core/customer_product_model.cpp" line="93"/>
        <source>Warranty end</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <location filename="../../core/customer_product_model.cpp" line="94"/>
        <source>Warranty</source>
        <translation>保修状态</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="122"/>
        <location filename="../../core/customer_product_model.cpp" line="75"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>csm::client::CustomerSearchModel</name>
    <message>
        <location filename="../../core/customer_search_model.cpp" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../core/customer_search_model.cpp" line="67"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../core/customer_search_model.cpp" line="68"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../core/customer_search_model.cpp" line="69"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../core/customer_search_model.cpp" line="70"/>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
</context>
<context>
    <name>csm::client::DeskText</name>
    <message>
        <location filename="../../core/desk_text.cpp" line="7"/>
        <source>Logged out</source>
        <translation>未签入</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="8"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="9"/>
        <source>Not ready</source>
        <translation>示忙</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="10"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="11"/>
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="12"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="24"/>
        <source>Break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="25"/>
        <source>Meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="26"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="27"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="28"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="29"/>
        <source>Just logged in</source>
        <translation>刚签入</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="35"/>
        <source>Inbound call</source>
        <translation>呼入电话</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="36"/>
        <source>Outbound call</source>
        <translation>呼出电话</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="37"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="38"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="39"/>
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="40"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="41"/>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="42"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="61"/>
        <source>Answered</source>
        <translation>已接听</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="62"/>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="63"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="64"/>
        <source>Voicemail</source>
        <translation>语音留言</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="71"/>
        <source>Open</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="72"/>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../core/desk_text.cpp" line="73"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
</context>
<context>
    <name>csm::client::FaultCodeAdminModel</name>
    <message>
        <location filename="../../core/fault_code_admin_model.cpp" line="30"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../core/fault_code_admin_model.cpp" line="30"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../core/fault_code_admin_model.cpp" line="40"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../core/fault_code_admin_model.cpp" line="41"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../core/fault_code_admin_model.cpp" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>csm::client::FeeScheduleModel</name>
    <message>
        <location filename="../../core/fee_schedule_model.cpp" line="34"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../core/fee_schedule_model.cpp" line="38"/>
        <source>applies today</source>
        <translation>当前生效</translation>
    </message>
    <message>
        <location filename="../../core/fee_schedule_model.cpp" line="48"/>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../core/fee_schedule_model.cpp" line="49"/>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location filename="../../core/fee_schedule_model.cpp" line="50"/>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../core/fee_schedule_model.cpp" line="51"/>
        <source>Labour fee</source>
        <translation>人工费</translation>
    </message>
    <message>
        <location filename="../../core/fee_schedule_model.cpp" line="52"/>
        <source>Travel fee</source>
        <translation>上门费</translation>
    </message>
    <message>
        <location filename="../../core/fee_schedule_model.cpp" line="53"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>csm::client::FeeText</name>
    <message>
        <location filename="../../core/fee_text.cpp" line="25"/>
        <source>Free of charge</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="26"/>
        <source>Charged to the customer</source>
        <translation>客户付费</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="27"/>
        <source>Undetermined</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="28"/>
        <source>No charge</source>
        <translation>不收费</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="34"/>
        <source>repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="35"/>
        <source>replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="36"/>
        <source>refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="43"/>
        <source>charged repair</source>
        <translation>收费维修</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="50"/>
        <source>free: %1</source>
        <translation>免费%1</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="50"/>
        <source> / </source>
        <translation>/</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="51"/>
        <source>free %1</source>
        <translation>免费%1</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="58"/>
        <source>This kind of order is not charged.</source>
        <translation>此类工单不收费。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="60"/>
        <source>No product on the order: the warranty cannot be judged; nothing is charged automatically.</source>
        <translation>工单未关联产品：无法判定保修，不自动收费。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="62"/>
        <source>Maintenance plan until %1: visit %2 of %3 is free.</source>
        <translation>保养套餐有效期至 %1：第 %2 次（共 %3 次）免费。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="65"/>
        <source>No active maintenance plan: maintenance is charged.</source>
        <translation>无有效保养套餐：保养收费。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="67"/>
        <source>Bought %1 day(s) ago, within %2 days: a performance fault may be refunded, replaced or repaired free of charge.</source>
        <translation>购机 %1 天（%2 天内）：性能故障可退货、换货或免费维修。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="71"/>
        <source>Bought %1 day(s) ago, within %2 days: a performance fault may be replaced or repaired free of charge.</source>
        <translation>购机 %1 天（%2 天内）：性能故障可换货或免费维修。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="74"/>
        <source>Repaired %1 time(s) for this fault within the warranty (limit %2): replacement or refund free of charge.</source>
        <translation>保修期内同一故障已维修 %1 次（上限 %2 次）：免费换货或退货。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="78"/>
        <source>In warranty until %1: free repair.</source>
        <translation>保修期内（至 %1）：免费维修。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="80"/>
        <source>Extended warranty contract until %1: free repair.</source>
        <translation>延保合同有效（至 %1）：免费维修。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="82"/>
        <source>Neither the purchase date nor the warranty end is known: nothing is charged automatically.</source>
        <translation>购买日期和保修截止日期均未知：不自动收费。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="84"/>
        <source>Out of warranty (ended %1): labour, travel and parts are charged.</source>
        <translation>已过保修期（%1 到期）：收取人工费、上门费和配件费。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="95"/>
        <source>The customer may choose: %1.</source>
        <translation>客户可选择：%1。</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="95"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="110"/>
        <source>Extended warranty</source>
        <translation>延保</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="111"/>
        <source>Maintenance plan</source>
        <translation>保养套餐</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/fee_text.cpp" line="119"/>
        <source>Parts recorded: %n line(s), %1</source>
        <translation>
            <numerusform>登记配件：%n 项，%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="123"/>
        <source>Fees computed: %1, total %2</source>
        <translation>费用核算：%1，合计 %2</translation>
    </message>
    <message>
        <location filename="../../core/fee_text.cpp" line="132"/>
        <source>No fee schedule for %1 × %2: the order cannot be completed until an administrator adds one.</source>
        <translation>%1 × %2 没有收费标准：需系统管理员添加后才能销单。</translation>
    </message>
</context>
<context>
    <name>csm::client::GroupListModel</name>
    <message>
        <location filename="../../core/group_list_model.cpp" line="39"/>
        <source>Customers matching the rule now</source>
        <translation>当前符合规则的客户数</translation>
    </message>
    <message>
        <location filename="../../core/group_list_model.cpp" line="70"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../core/group_list_model.cpp" line="71"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../core/group_list_model.cpp" line="72"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../core/group_list_model.cpp" line="73"/>
        <source>Org unit</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../../core/group_list_model.cpp" line="74"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>csm::client::GroupMemberModel</name>
    <message>
        <location filename="../../core/group_member_model.cpp" line="60"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../core/group_member_model.cpp" line="61"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../core/group_member_model.cpp" line="62"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../core/group_member_model.cpp" line="63"/>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <location filename="../../core/group_member_model.cpp" line="64"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../core/group_member_model.cpp" line="65"/>
        <source>Added</source>
        <translation>加入时间</translation>
    </message>
</context>
<context>
    <name>csm::client::GroupText</name>
    <message>
        <location filename="../../core/group_text.cpp" line="11"/>
        <source>Segment</source>
        <translation>规则分组</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="11"/>
        <source>Static list</source>
        <translation>固定名单</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="17"/>
        <source>Owns a product</source>
        <translation>拥有产品</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="18"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="19"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="20"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="21"/>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="22"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="23"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="24"/>
        <source>Income band</source>
        <translation>收入档次</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="32"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="34"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="56"/>
        <source>Owns %1</source>
        <translation>拥有%1</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="59"/>
        <source>bought %1 – %2</source>
        <translation>购买于 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="61"/>
        <source>bought from %1</source>
        <translation>购买于 %1 之后</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="63"/>
        <source>bought until %1</source>
        <translation>购买于 %1 之前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/group_text.cpp" line="65"/>
        <source>bought more than %n month(s) ago</source>
        <translation>
            <numerusform>购买已超过 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="74"/>
        <source>Lives in %1</source>
        <translation>居住在%1</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="74"/>
        <location filename="../../core/group_text.cpp" line="79"/>
        <location filename="../../core/group_text.cpp" line="80"/>
        <location filename="../../core/group_text.cpp" line="81"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="76"/>
        <source>Gender: %1</source>
        <translation>性别：%1</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="77"/>
        <source>Age %1</source>
        <translation>年龄 %1</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="78"/>
        <source>VIP level %1</source>
        <translation>VIP 等级 %1</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="79"/>
        <source>Tagged %1</source>
        <translation>标签含%1</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="80"/>
        <source>Occupation: %1</source>
        <translation>职业：%1</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="81"/>
        <source>Income band: %1</source>
        <translation>收入档次：%1</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="92"/>
        <source> and </source>
        <translation>，且</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="102"/>
        <source>This is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="103"/>
        <source>Not a valid date.</source>
        <translation>不是有效的日期。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="104"/>
        <source>The end of the date range is before its start.</source>
        <translation>日期范围的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="105"/>
        <source>A whole number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="106"/>
        <source>The minimum is greater than the maximum.</source>
        <translation>最小值大于最大值。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="107"/>
        <source>Give a minimum or a maximum.</source>
        <translation>请填写最小值或最大值。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="108"/>
        <source>Give 1 to %1 values.</source>
        <translation>请填写 1 到 %1 个值。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="109"/>
        <source>Each value must be 1 to %1 characters.</source>
        <translation>每个值须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="110"/>
        <source>Not a valid region.</source>
        <translation>不是有效的地区。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="111"/>
        <source>Choose male or female.</source>
        <translation>请选择男或女。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="112"/>
        <source>Not a valid product category.</source>
        <translation>不是有效的产品类别。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="113"/>
        <source>Unknown product category &quot;%1&quot;.</source>
        <translation>产品类别“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="114"/>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>地区“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="115"/>
        <source>Unknown condition &quot;%1&quot;.</source>
        <translation>未知的条件“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="116"/>
        <source>Add at least one condition.</source>
        <translation>请至少添加一个条件。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="117"/>
        <source>At most %1 conditions.</source>
        <translation>最多 %1 个条件。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="118"/>
        <source>At most %1 product conditions.</source>
        <translation>最多 %1 个产品条件。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="120"/>
        <source>This kind of condition may appear only once; put all values in one.</source>
        <translation>此类条件只能出现一次，请把所有值放在同一个条件里。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="121"/>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="123"/>
        <source>Another group of your org unit already has this name.</source>
        <translation>本机构已有同名的分组。</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="152"/>
        <source>Condition %1: %2</source>
        <translation>条件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="154"/>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../../core/group_text.cpp" line="156"/>
        <source>Description: %1</source>
        <translation>说明：%1</translation>
    </message>
</context>
<context>
    <name>csm::client::JobSheet</name>
    <message>
        <location filename="../../core/job_sheet.cpp" line="74"/>
        <source>Job sheet</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="74"/>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="75"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="77"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="79"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="79"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="80"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="84"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="84"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="88"/>
        <source>Request</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="90"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="90"/>
        <source>Taken by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="95"/>
        <source>Service point</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="95"/>
        <source>Technician</source>
        <translation>维修员</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="97"/>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="97"/>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="99"/>
        <source>Description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="101"/>
        <source>Warranty</source>
        <translation>保修判定</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="104"/>
        <source>Work done (technician)</source>
        <translation>维修记录（维修员填写）</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="106"/>
        <source>Arrived at</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="106"/>
        <source>Finished at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="108"/>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="109"/>
        <source>Diagnosis</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="110"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="113"/>
        <source>Parts used</source>
        <translation>使用备件</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="117"/>
        <source>Part code</source>
        <translation>备件编码</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="117"/>
        <source>Part</source>
        <translation>备件名称</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="117"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="117"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="117"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="118"/>
        <source>Old part returned</source>
        <translation>旧件返还</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="125"/>
        <source>☐ yes, to recover</source>
        <translation>☐ 需返还旧件</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="125"/>
        <source>not needed</source>
        <translation>无需返还</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="125"/>
        <source>recovered</source>
        <translation>已返还</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="131"/>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="135"/>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="135"/>
        <source>Travel</source>
        <translation>交通费</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="137"/>
        <source>Parts</source>
        <translation>备件费</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="137"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="141"/>
        <source>Customer confirmation</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="143"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="143"/>
        <source>☐ Very satisfied   ☐ Satisfied   ☐ Not satisfied</source>
        <translation>☐ 非常满意   ☐ 满意   ☐ 不满意</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="145"/>
        <source>Customer signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="145"/>
        <source>Technician signature</source>
        <translation>维修员签字</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="147"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="151"/>
        <source>Printed %1</source>
        <translation>打印时间 %1</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="152"/>
        <source>Printed %1 by %2</source>
        <translation>%2 打印于 %1</translation>
    </message>
    <message>
        <location filename="../../core/job_sheet.cpp" line="153"/>
        <source>Keep this sheet with the product&apos;s papers.</source>
        <translation>请与产品保修凭证一并妥善保存。</translation>
    </message>
</context>
<context>
    <name>csm::client::NotificationModel</name>
    <message numerus="yes">
        <location filename="../ticket_detail_dialog.cpp" line="185"/>
        <location filename="../../core/notification_model.cpp" line="73"/>
        <source>Failed %n time(s), retrying</source>
        <translation>
            <numerusform>已失败 %n 次，重试中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="58"/>
        <source>Dispatched to the service point</source>
        <translation>已派至服务网点</translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="59"/>
        <source>Technician assigned</source>
        <translation>已安排技术员</translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="60"/>
        <source>Order completed</source>
        <translation>服务单已完工</translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="61"/>
        <source>State of the order</source>
        <translation>服务单状态</translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="68"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="70"/>
        <source>Queued (attempt %1 failed)</source>
        <translation>排队中（第 %1 次发送失败）</translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="70"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/notification_model.cpp" line="74"/>
        <source>Failed after %n attempt(s)</source>
        <translation>
            <numerusform>尝试 %n 次后失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="74"/>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="90"/>
        <source>Queued %1, sent %2</source>
        <translation>%1 入队，%2 发出</translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="114"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="115"/>
        <source>Recipient</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="116"/>
        <source>Message</source>
        <translation>短信内容</translation>
    </message>
    <message>
        <location filename="../../core/notification_model.cpp" line="117"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>csm::client::NotificationTemplateModel</name>
    <message>
        <location filename="../../core/notification_template_model.cpp" line="25"/>
        <source>Sent when an order is dispatched to a service point.</source>
        <translation>服务单派往服务网点时发送。</translation>
    </message>
    <message>
        <location filename="../../core/notification_template_model.cpp" line="27"/>
        <source>Sent when a technician is assigned to an order.</source>
        <translation>为服务单指派维修员时发送。</translation>
    </message>
    <message>
        <location filename="../../core/notification_template_model.cpp" line="28"/>
        <source>Sent by workflow transitions whose &quot;notify&quot; effect names this code.</source>
        <translation>由“通知”动作指定此代码的流程转换发送。</translation>
    </message>
    <message>
        <location filename="../../core/notification_template_model.cpp" line="56"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../core/notification_template_model.cpp" line="57"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../core/notification_template_model.cpp" line="58"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>csm::client::RpcClient</name>
    <message>
        <location filename="../../core/rpc_client.cpp" line="80"/>
        <source>Disconnected from the server.</source>
        <translation>已与服务器断开连接。</translation>
    </message>
    <message>
        <location filename="../../core/rpc_client.cpp" line="151"/>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已中断。</translation>
    </message>
    <message>
        <location filename="../../core/rpc_client.cpp" line="165"/>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <location filename="../../core/rpc_client.cpp" line="188"/>
        <source>Bad data from the server: %1</source>
        <translation>服务器返回了无法识别的数据：%1</translation>
    </message>
    <message>
        <location filename="../../core/rpc_client.cpp" line="406"/>
        <source>No answer from the server in time; the request may or may not have been carried out.</source>
        <translation>服务器未及时应答；该请求可能已执行，也可能未执行。</translation>
    </message>
    <message>
        <location filename="../../core/rpc_client.cpp" line="407"/>
        <source>The server could not be reached in time.</source>
        <translation>未能及时连接到服务器。</translation>
    </message>
</context>
<context>
    <name>csm::client::SlaPolicyModel</name>
    <message>
        <location filename="../../core/sla_policy_model.cpp" line="30"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../core/sla_policy_model.cpp" line="42"/>
        <source>No policy: orders of this kind get no deadlines.</source>
        <translation>无策略：此类服务单没有时限。</translation>
    </message>
    <message>
        <location filename="../../core/sla_policy_model.cpp" line="53"/>
        <source>no policy</source>
        <translation>无策略</translation>
    </message>
    <message>
        <location filename="../../core/sla_policy_model.cpp" line="54"/>
        <source>Business hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../core/sla_policy_model.cpp" line="54"/>
        <source>Calendar hours</source>
        <translation>自然时间</translation>
    </message>
    <message>
        <location filename="../../core/sla_policy_model.cpp" line="64"/>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../core/sla_policy_model.cpp" line="65"/>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../core/sla_policy_model.cpp" line="66"/>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../core/sla_policy_model.cpp" line="67"/>
        <source>On site</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../core/sla_policy_model.cpp" line="68"/>
        <source>Completion</source>
        <translation>完工</translation>
    </message>
    <message>
        <location filename="../../core/sla_policy_model.cpp" line="69"/>
        <source>Counts</source>
        <translation>计时方式</translation>
    </message>
</context>
<context>
    <name>csm::client::SlaText</name>
    <message>
        <location filename="../../core/sla_text.cpp" line="71"/>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="72"/>
        <source>On site</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="73"/>
        <source>Completion</source>
        <translation>完工</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="88"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="89"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="90"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="91"/>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="92"/>
        <source>No SLA</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="100"/>
        <source>less than 1 min</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="105"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="105"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="107"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="107"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="108"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="114"/>
        <source>overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="115"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="128"/>
        <source>paused, %1</source>
        <translation>已暂停，%1</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="129"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="136"/>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="137"/>
        <source>missed by %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="139"/>
        <location filename="../../core/sla_text.cpp" line="140"/>
        <source>paused · %1</source>
        <translation>已暂停 · %1</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="150"/>
        <source>SLA deadline missed: %1</source>
        <translation>SLA 超时：%1</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="152"/>
        <source>SLA clocks paused</source>
        <translation>SLA 计时暂停</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="154"/>
        <source>SLA clocks running again</source>
        <translation>SLA 恢复计时</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="156"/>
        <source>SLA deadlines recomputed</source>
        <translation>SLA 时限已重新计算</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="158"/>
        <source>Reopened: the completion clock starts again</source>
        <translation>工单重新打开：完成时限重新计时</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="160"/>
        <source>Repeat repair of order %1</source>
        <translation>工单 %1 的重复维修</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="169"/>
        <source>Deadline was %1</source>
        <translation>时限为 %1</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="171"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="173"/>
        <source>Paused for %1</source>
        <translation>暂停了 %1</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="179"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="186"/>
        <source>No longer breached: %1</source>
        <translation>已不再超时：%1</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="188"/>
        <source>Due %1 (was %2)</source>
        <translation>时限 %1（原为 %2）</translation>
    </message>
    <message>
        <location filename="../../core/sla_text.cpp" line="191"/>
        <source>the earlier breach is cleared</source>
        <translation>之前的超时已清除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/sla_text.cpp" line="194"/>
        <source>Within %n day(s) of that order&apos;s completion on %1</source>
        <translation>
            <numerusform>该工单于 %1 完成后 %n 天内</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::client::SupervisionModel</name>
    <message>
        <location filename="../../core/supervision_model.cpp" line="26"/>
        <source>Opened by %1 at %2</source>
        <translation>%1 于 %2 发起</translation>
    </message>
    <message>
        <location filename="../../core/supervision_model.cpp" line="27"/>
        <source>Demand: %1</source>
        <translation>督办要求：%1</translation>
    </message>
    <message>
        <location filename="../../core/supervision_model.cpp" line="29"/>
        <source>Overdue since %1</source>
        <translation>%1 起超期</translation>
    </message>
    <message>
        <location filename="../../core/supervision_model.cpp" line="31"/>
        <source>Answered by %1 at %2: %3</source>
        <translation>%1 于 %2 回复：%3</translation>
    </message>
    <message>
        <location filename="../../core/supervision_model.cpp" line="33"/>
        <source>Closed by %1 at %2</source>
        <translation>%1 于 %2 关闭</translation>
    </message>
    <message>
        <location filename="../../core/supervision_model.cpp" line="34"/>
        <source>Closed by %1 at %2: %3</source>
        <translation>%1 于 %2 关闭：%3</translation>
    </message>
    <message>
        <location filename="../../core/supervision_model.cpp" line="65"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/supervision_model.cpp" line="66"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../core/supervision_model.cpp" line="67"/>
        <source>Unit asked</source>
        <translation>被督办单位</translation>
    </message>
    <message>
        <location filename="../../core/supervision_model.cpp" line="68"/>
        <source>Demand</source>
        <translation>督办要求</translation>
    </message>
    <message>
        <location filename="../../core/supervision_model.cpp" line="69"/>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
</context>
<context>
    <name>csm::client::TicketListModel</name>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="62"/>
        <source>%1: due %2, %3</source>
        <translation>%1：截止 %2，%3</translation>
    </message>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="92"/>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="93"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="94"/>
        <source>SLA</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="95"/>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="96"/>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="97"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="98"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="99"/>
        <source>Service point</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="100"/>
        <source>Technician</source>
        <translation>维修员</translation>
    </message>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="101"/>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <location filename="../../core/ticket_list_model.cpp" line="102"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>csm::client::TicketPartsModel</name>
    <message>
        <location filename="../../core/ticket_parts_model.cpp" line="123"/>
        <source>Part code</source>
        <translation>配件编码</translation>
    </message>
    <message>
        <location filename="../../core/ticket_parts_model.cpp" line="124"/>
        <source>Part name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <location filename="../../core/ticket_parts_model.cpp" line="125"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../core/ticket_parts_model.cpp" line="126"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../core/ticket_parts_model.cpp" line="127"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../core/ticket_parts_model.cpp" line="128"/>
        <source>Recover old part</source>
        <translation>回收旧件</translation>
    </message>
    <message>
        <location filename="../../core/ticket_parts_model.cpp" line="129"/>
        <source>Recovered</source>
        <translation>已回收</translation>
    </message>
</context>
<context>
    <name>csm::client::TicketText</name>
    <message>
        <location filename="../../core/ticket_text.cpp" line="7"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="8"/>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="9"/>
        <source>Installation</source>
        <translation>安装调试</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="10"/>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="11"/>
        <source>Replacement</source>
        <translation>置换</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="12"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="13"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="14"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="15"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="16"/>
        <source>Praise</source>
        <translation>赞誉</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="22"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="23"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="29"/>
        <source>Open (not closed)</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="30"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="31"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="32"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="33"/>
        <source>Resolved</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="34"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="46"/>
        <source>Service point</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="47"/>
        <source>Technician</source>
        <translation>维修员</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="48"/>
        <source>Appointment from</source>
        <translation>预约开始</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="49"/>
        <source>Appointment until</source>
        <translation>预约结束</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="50"/>
        <source>Diagnosis</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="51"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="52"/>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="53"/>
        <source>Waybill to the depot</source>
        <translation>寄修运单号</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="54"/>
        <source>Waybill back</source>
        <translation>寄回运单号</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="55"/>
        <source>Replacement serial number</source>
        <translation>更换机器条码</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="56"/>
        <source>Follow-up visit result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="57"/>
        <source>Reason for rejecting</source>
        <translation>拒单原因</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="58"/>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="59"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="60"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="61"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="62"/>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="63"/>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="64"/>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="70"/>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="71"/>
        <source>SLA clock started</source>
        <translation>SLA 计时开始</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="72"/>
        <source>SLA clock stopped</source>
        <translation>SLA 计时停止</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="73"/>
        <source>SLA clock paused</source>
        <translation>SLA 计时暂停</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="74"/>
        <source>SLA clock resumed</source>
        <translation>SLA 计时恢复</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="75"/>
        <source>Follow-up survey queued</source>
        <translation>已安排回访</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="76"/>
        <source>Escalated to the upper center</source>
        <translation>已转上级中心</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="77"/>
        <source>Returned to the service point</source>
        <translation>已退回服务网点</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="84"/>
        <source>to the service point</source>
        <translation>发给服务网点</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="85"/>
        <source>to the technician</source>
        <translation>发给维修员</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="86"/>
        <source>to the customer</source>
        <translation>发给客户</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="87"/>
        <source>to the order&apos;s owner</source>
        <translation>发给首问责任人</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="88"/>
        <source>to the supervisor</source>
        <translation>发给班长</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="90"/>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="91"/>
        <source>on site</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="92"/>
        <source>completion</source>
        <translation>完工</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="93"/>
        <source>waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="94"/>
        <source>waiting for parts</source>
        <translation>等待备件</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="111"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="112"/>
        <source>Routed</source>
        <translation>自动派往</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="113"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../core/ticket_text.cpp" line="114"/>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
</context>
<context>
    <name>csm::client::TicketTimelineModel</name>
    <message>
        <location filename="../../core/ticket_timeline_model.cpp" line="67"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../core/ticket_timeline_model.cpp" line="72"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../core/ticket_timeline_model.cpp" line="76"/>
        <source>Routed to %1</source>
        <translation>自动派往 %1</translation>
    </message>
    <message>
        <location filename="../../core/ticket_timeline_model.cpp" line="80"/>
        <source>Created as %1</source>
        <translation>建单 %1</translation>
    </message>
    <message>
        <location filename="../../core/ticket_timeline_model.cpp" line="109"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../core/ticket_timeline_model.cpp" line="115"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../core/ticket_timeline_model.cpp" line="131"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../core/ticket_timeline_model.cpp" line="143"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../core/ticket_timeline_model.cpp" line="144"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../core/ticket_timeline_model.cpp" line="145"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../core/ticket_timeline_model.cpp" line="146"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>csm::client::UserListModel</name>
    <message>
        <location filename="../../core/user_list_model.cpp" line="56"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../core/user_list_model.cpp" line="56"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../core/user_list_model.cpp" line="67"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../core/user_list_model.cpp" line="68"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../core/user_list_model.cpp" line="69"/>
        <source>Org unit</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../../core/user_list_model.cpp" line="70"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../core/user_list_model.cpp" line="71"/>
        <source>Extension</source>
        <translation>分机号</translation>
    </message>
    <message>
        <location filename="../../core/user_list_model.cpp" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>csm::client::WallboardModel</name>
    <message>
        <location filename="../../core/wallboard_model.cpp" line="58"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../core/wallboard_model.cpp" line="59"/>
        <source>Extension</source>
        <translation>分机</translation>
    </message>
    <message>
        <location filename="../../core/wallboard_model.cpp" line="60"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/wallboard_model.cpp" line="61"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../core/wallboard_model.cpp" line="62"/>
        <source>Time in state</source>
        <translation>状态时长</translation>
    </message>
</context>
<context>
    <name>csm::client::WarrantyText</name>
    <message>
        <location filename="../../core/warranty.cpp" line="32"/>
        <source>In warranty</source>
        <translation>在保</translation>
    </message>
    <message>
        <location filename="../../core/warranty.cpp" line="33"/>
        <source>Expires soon</source>
        <translation>即将过保</translation>
    </message>
    <message>
        <location filename="../../core/warranty.cpp" line="34"/>
        <source>Expired</source>
        <translation>已过保</translation>
    </message>
    <message>
        <location filename="../../core/warranty.cpp" line="37"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../core/warranty.cpp" line="59"/>
        <source>No products recorded</source>
        <translation>无产品记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/warranty.cpp" line="62"/>
        <source>%n in warranty</source>
        <translation>
            <numerusform>%n 件在保</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/warranty.cpp" line="64"/>
        <source>(next ends %1)</source>
        <translation>（最近于 %1 到期）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/warranty.cpp" line="68"/>
        <source>%n expire(s) within 30 days</source>
        <translation>
            <numerusform>%n 件 30 天内过保</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/warranty.cpp" line="70"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n 件已过保</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/warranty.cpp" line="73"/>
        <source>%n without warranty dates</source>
        <translation>
            <numerusform>%n 件无保修日期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/warranty.cpp" line="74"/>
        <source>Products: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <location filename="../../core/warranty.cpp" line="74"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>csm::client::WorkflowEditorController</name>
    <message>
        <location filename="../../core/workflow_editor_controller.cpp" line="174"/>
        <source>New state</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../core/workflow_editor_controller.cpp" line="179"/>
        <source>Add state</source>
        <translation>添加状态</translation>
    </message>
    <message>
        <location filename="../../core/workflow_editor_controller.cpp" line="199"/>
        <source>Change state %1</source>
        <translation>修改状态 %1</translation>
    </message>
    <message>
        <location filename="../../core/workflow_editor_controller.cpp" line="217"/>
        <source>Move state %1</source>
        <translation>移动状态 %1</translation>
    </message>
    <message>
        <location filename="../../core/workflow_editor_controller.cpp" line="217"/>
        <source>Move states</source>
        <translation>移动状态</translation>
    </message>
    <message>
        <location filename="../../core/workflow_editor_controller.cpp" line="232"/>
        <source>Add transition %1</source>
        <translation>添加流转 %1</translation>
    </message>
    <message>
        <location filename="../../core/workflow_editor_controller.cpp" line="244"/>
        <source>Change transition %1</source>
        <translation>修改流转 %1</translation>
    </message>
    <message>
        <location filename="../../core/workflow_editor_controller.cpp" line="262"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../core/workflow_editor_controller.cpp" line="272"/>
        <source>Rename the workflow</source>
        <translation>重命名流程</translation>
    </message>
</context>
<context>
    <name>csm::client::WorkflowText</name>
    <message>
        <location filename="../../core/workflow_text.cpp" line="7"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="8"/>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="9"/>
        <source>Installation</source>
        <translation>安装调试</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="10"/>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="11"/>
        <source>Replacement</source>
        <translation>置换</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="12"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="13"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="14"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="15"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="16"/>
        <source>Praise</source>
        <translation>赞誉</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="23"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="24"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="27"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="32"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="33"/>
        <source>Active</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="34"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="35"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="36"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="42"/>
        <source>Service point</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="43"/>
        <source>Technician</source>
        <translation>维修员</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="44"/>
        <source>Appointment from</source>
        <translation>预约开始时间</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="45"/>
        <source>Appointment until</source>
        <translation>预约结束时间</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="46"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="47"/>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="48"/>
        <source>Diagnosis</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="49"/>
        <source>Reason for rejecting</source>
        <translation>拒单原因</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="50"/>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="51"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="52"/>
        <source>Shipping number (to the center)</source>
        <translation>寄修运单号（寄往中心）</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="53"/>
        <source>Shipping number (back)</source>
        <translation>寄回运单号</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="54"/>
        <source>Serial of the replacement</source>
        <translation>置换机序列号</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="55"/>
        <source>Result of the return visit</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="61"/>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="62"/>
        <source>Start SLA clock</source>
        <translation>启动 SLA 计时</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="63"/>
        <source>Pause SLA clock</source>
        <translation>暂停 SLA 计时</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="64"/>
        <source>Resume SLA clock</source>
        <translation>恢复 SLA 计时</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="65"/>
        <source>Stop SLA clock</source>
        <translation>停止 SLA 计时</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="66"/>
        <source>Satisfaction survey</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="67"/>
        <source>Escalate to the upper center</source>
        <translation>升级到上级中心</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="68"/>
        <source>Return to the escalating unit</source>
        <translation>退回升级前的单位</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="75"/>
        <source>Whom: service_point, technician, customer, owner or supervisor</source>
        <translation>通知对象：service_point、technician、customer、owner 或 supervisor</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="77"/>
        <source>Clock: response, on_site, completion (empty: all)</source>
        <translation>计时项：response、on_site、completion（留空：全部）</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="79"/>
        <source>Reason of the pause</source>
        <translation>暂停原因</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="81"/>
        <source>Questionnaire (empty: the default)</source>
        <translation>问卷（留空：默认问卷）</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="82"/>
        <source>No parameter</source>
        <translation>无参数</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="89"/>
        <source>The workflow has no start state.</source>
        <translation>流程没有开始状态。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="90"/>
        <source>The workflow has more than one start state: %1.</source>
        <translation>流程有多个开始状态：%1。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="91"/>
        <source>The workflow has no end state.</source>
        <translation>流程没有结束状态。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="92"/>
        <source>State &apos;%1&apos; cannot be reached from the start state.</source>
        <translation>从开始状态无法到达状态“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="93"/>
        <source>State &apos;%1&apos; cannot reach an end state.</source>
        <translation>状态“%1”无法到达任何结束状态。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="94"/>
        <source>Transition &apos;%1&apos; connects a state that does not exist.</source>
        <translation>流转“%1”连接了不存在的状态。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="95"/>
        <source>State code &apos;%1&apos; is used twice.</source>
        <translation>状态代码“%1”重复。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="96"/>
        <source>Transition code &apos;%1&apos; is used twice.</source>
        <translation>流转代码“%1”重复。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="98"/>
        <source>Code &apos;%1&apos; must start with a lower-case letter and have only a-z, 0-9 and _ (at most 40).</source>
        <translation>代码“%1”须以小写字母开头，只能含 a-z、0-9 和 _（最多 40 个字符）。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="100"/>
        <source>State &apos;%1&apos; has an unknown kind or category.</source>
        <translation>状态“%1”的类型或类别未知。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="102"/>
        <source>State &apos;%1&apos;: the start state must be &apos;New&apos;, end states and only they &apos;Closed&apos;.</source>
        <translation>状态“%1”：开始状态的类别须为“新建”，结束状态（且只有结束状态）须为“已关闭”。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="103"/>
        <source>Transition &apos;%1&apos; names an unknown role.</source>
        <translation>流转“%1”含有未知角色。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="104"/>
        <source>Transition &apos;%1&apos;: choose at least one role that may take it.</source>
        <translation>流转“%1”：请至少选择一个可以执行它的角色。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="105"/>
        <source>Transition &apos;%1&apos; names an unknown field.</source>
        <translation>流转“%1”含有未知字段。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="106"/>
        <source>Transition &apos;%1&apos; has an unknown effect.</source>
        <translation>流转“%1”含有未知动作。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="107"/>
        <source>Unknown service type &apos;%1&apos;.</source>
        <translation>未知的服务类型“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="109"/>
        <source>The workflow needs a name.</source>
        <translation>流程需要名称。</translation>
    </message>
    <message>
        <location filename="../../core/workflow_text.cpp" line="109"/>
        <source>&apos;%1&apos; needs a name.</source>
        <translation>“%1”需要名称。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::AddToGroupDialog</name>
    <message>
        <location filename="../add_to_group_dialog.cpp" line="19"/>
        <source>Add to group</source>
        <translation>加入分组</translation>
    </message>
    <message numerus="yes">
        <location filename="../add_to_group_dialog.cpp" line="30"/>
        <source>%1 (%Ln customer(s))</source>
        <translation>
            <numerusform>%1（%Ln 位客户）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../add_to_group_dialog.cpp" line="37"/>
        <source>There is no static list yet. Create one in the Customer groups workspace first.</source>
        <translation>还没有固定名单。请先在“客户分组”工作区中新建一个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../add_to_group_dialog.cpp" line="38"/>
        <source>Add %n customer(s) to this static list:</source>
        <translation>
            <numerusform>将 %n 位客户加入此固定名单：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../add_to_group_dialog.cpp" line="40"/>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../add_to_group_dialog.cpp" line="43"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::AdminPage</name>
    <message>
        <location filename="../admin_page.cpp" line="28"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="32"/>
        <source>Org units</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="36"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="40"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="44"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="48"/>
        <source>Fees</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="52"/>
        <source>Fault codes</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="56"/>
        <source>SLA</source>
        <translation>SLA 时限</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="60"/>
        <source>SMS templates</source>
        <translation>短信模板</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::AgentDeskPage</name>
    <message>
        <location filename="../agent_desk_page.cpp" line="38"/>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="39"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="40"/>
        <source>Open 360 view</source>
        <translation>打开客户360视图</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="50"/>
        <source>Your open callback promises, soonest first. You get a reminder 10 minutes before one is due.</source>
        <translation>您未完成的回呼承诺，按到期时间排列。到期前10分钟会提醒您。</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="72"/>
        <location filename="../agent_desk_page.cpp" line="126"/>
        <source>My callbacks</source>
        <translation>我的回呼</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="126"/>
        <source>My callbacks (%1)</source>
        <translation>我的回呼（%1）</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="151"/>
        <source>Customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="152"/>
        <source>Customer 360 view</source>
        <translation>客户360视图</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="192"/>
        <source>withheld number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="195"/>
        <source>Call ended (%1) — wrap-up pending</source>
        <translation>通话已结束（%1）— 待话后处理</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="196"/>
        <source>Caller on the line: %1</source>
        <translation>来电通话中：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desk_page.cpp" line="198"/>
        <source>Repeat caller: %n earlier call(s) in the last 7 days</source>
        <translation>
            <numerusform>重复来电：近7天内已来电 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="243"/>
        <source>Incoming call from a withheld number.</source>
        <translation>来电号码已隐藏。</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="244"/>
        <source>Incoming call from %1: no customer has this number.</source>
        <translation>来电 %1：没有客户使用此号码。</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="296"/>
        <source>Callback due at %1: %2 — %3</source>
        <translation>%1 到期回呼：%2 — %3</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="305"/>
        <source>Callback due</source>
        <translation>回呼即将到期</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::AgentStateBar</name>
    <message>
        <location filename="../agent_state_bar.cpp" line="34"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="37"/>
        <source>Log in to extension</source>
        <translation>签入分机</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="41"/>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="42"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="46"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="47"/>
        <source>&amp;Ready</source>
        <translation>就绪(&amp;R)</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="48"/>
        <source>&amp;Not ready…</source>
        <translation>示忙(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="49"/>
        <source>&amp;Answer call</source>
        <translation>接听来电(&amp;A)</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="50"/>
        <source>&amp;Hang up</source>
        <translation>挂断(&amp;H)</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="69"/>
        <source>Take calls (F7)</source>
        <translation>开始接听电话（F7）</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="70"/>
        <source>Take no calls, with a reason (F8)</source>
        <translation>暂停接听并选择原因（F8）</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="71"/>
        <source>Answer the ringing call (Ctrl+Shift+A)</source>
        <translation>接听振铃中的来电（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="72"/>
        <source>Hang up (Ctrl+Shift+H)</source>
        <translation>挂断（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="79"/>
        <source>Not ready</source>
        <translation>示忙</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="107"/>
        <source>Wrap-up: what was the call about?</source>
        <translation>话后处理：本次通话的内容是什么？</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="109"/>
        <source>Record the wrap-up and become ready</source>
        <translation>保存话后处理并置为就绪</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="113"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="186"/>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="192"/>
        <source>No extension</source>
        <translation>未分配分机</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="192"/>
        <source>Ext. %1</source>
        <translation>分机 %1</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="195"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="221"/>
        <source>Withheld number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="225"/>
        <source>Outgoing call</source>
        <translation>外呼</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="227"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="228"/>
        <source>Ringing: %1</source>
        <translation>振铃：%1</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="228"/>
        <source>On call: %1</source>
        <translation>通话中：%1</translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="231"/>
        <source>⚠ Caller ID withheld</source>
        <translation>⚠ 来电隐藏号码</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_state_bar.cpp" line="233"/>
        <source>↻ Repeat caller (%n earlier call(s) in 7 days)</source>
        <translation>
            <numerusform>↻ 重复来电（7天内已来电 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_state_bar.cpp" line="235"/>
        <source>Queue %1</source>
        <translation>队列 %1</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::CallbackDialog</name>
    <message>
        <location filename="../desk_dialogs.cpp" line="149"/>
        <source>Callback promise</source>
        <translation>回呼承诺</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="157"/>
        <source>What did you promise the customer?</source>
        <translation>您向客户承诺了什么？</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="159"/>
        <source>Call back by</source>
        <translation>回呼期限</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="160"/>
        <source>Promise</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="162"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="163"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="166"/>
        <source>The due time must be in the future.</source>
        <translation>到期时间必须晚于现在。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::CallerPickDialog</name>
    <message>
        <location filename="../desk_dialogs.cpp" line="37"/>
        <source>Who is calling?</source>
        <translation>来电客户是哪一位？</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk_dialogs.cpp" line="38"/>
        <source>%n customer(s) have the number %1. Choose the caller:</source>
        <translation>
            <numerusform>有 %n 位客户使用号码 %1。请选择来电客户：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="49"/>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="58"/>
        <source>Open 360 view</source>
        <translation>打开客户360视图</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="60"/>
        <source>None of them: new customer</source>
        <translation>都不是：新建客户</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="61"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::CasePanel</name>
    <message>
        <location filename="../case_panel.cpp" line="46"/>
        <source>Complaint</source>
        <translation>投诉信息</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="47"/>
        <source>Edit details…</source>
        <translation>编辑投诉信息…</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="48"/>
        <source>Record resolution…</source>
        <translation>记录处理结果…</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="49"/>
        <source>Supervision (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="52"/>
        <source>Not supervised.</source>
        <translation>未督办。</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="53"/>
        <source>Supervise…</source>
        <translation>督办…</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="54"/>
        <source>Answer…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="55"/>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="70"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="71"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="72"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="73"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="74"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="184"/>
        <source>Not set yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="190"/>
        <source>%1 (passed)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="196"/>
        <source>%1 (“%2”)</source>
        <translation>%1（“%2”）</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="315"/>
        <source>Complaint details saved</source>
        <translation>投诉信息已保存</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="316"/>
        <source>Resolution recorded</source>
        <translation>处理结果已记录</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="317"/>
        <source>Supervision opened</source>
        <translation>已发起督办</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="318"/>
        <source>Supervision answered</source>
        <translation>督办已回复</translation>
    </message>
    <message>
        <location filename="../case_panel.cpp" line="319"/>
        <source>Supervision closed</source>
        <translation>督办已关闭</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::ClientApp</name>
    <message>
        <location filename="../client_app.cpp" line="23"/>
        <source>Your session has ended (%1). Please sign in again.</source>
        <translation>您的会话已结束（%1）。请重新登录。</translation>
    </message>
    <message>
        <location filename="../client_app.cpp" line="26"/>
        <source>The server does not accept this client version: %1</source>
        <translation>服务器不接受此客户端版本：%1</translation>
    </message>
    <message>
        <location filename="../client_app.cpp" line="30"/>
        <source>Please sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <location filename="../client_app.cpp" line="122"/>
        <source>You have logged out.</source>
        <translation>您已退出登录。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::ComplaintDialog</name>
    <message>
        <location filename="../case_dialogs.cpp" line="72"/>
        <source>Complaint details — %1</source>
        <translation>投诉信息 — %1</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="76"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="77"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="79"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="80"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="82"/>
        <source>Resolution and satisfaction — %1</source>
        <translation>处理结果和满意度 — %1</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="84"/>
        <source>How the case was resolved, as told to the customer</source>
        <translation>如何处理的（按告知客户的内容填写）</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="88"/>
        <source>(ask the customer)</source>
        <translation>（请询问客户）</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="96"/>
        <source>What the customer said (optional)</source>
        <translation>客户原话（可选）</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="99"/>
        <source>Resolution *</source>
        <translation>处理结果 *</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="100"/>
        <source>Satisfaction *</source>
        <translation>满意度 *</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="101"/>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="103"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="106"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="136"/>
        <source>Say how the case was resolved.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="138"/>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="140"/>
        <source>Choose what the customer said.</source>
        <translation>请选择客户的满意度。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::ComplaintEditors</name>
    <message>
        <location filename="../complaint_editors.cpp" line="18"/>
        <source>By</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../complaint_editors.cpp" line="27"/>
        <location filename="../complaint_editors.cpp" line="44"/>
        <source>(not named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../complaint_editors.cpp" line="28"/>
        <source>The department or unit responsible for what the customer reports</source>
        <translation>对客户反映问题负责的部门或单位</translation>
    </message>
    <message>
        <location filename="../complaint_editors.cpp" line="95"/>
        <source>The deadline has passed already.</source>
        <translation>期限已过。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::ConditionRow</name>
    <message>
        <location filename="../condition_row.cpp" line="39"/>
        <location filename="../condition_row.cpp" line="208"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="84"/>
        <source>Remove this condition</source>
        <translation>删除此条件</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="103"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="115"/>
        <source>Any of these tags, separated by commas</source>
        <translation>含以下任一标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="116"/>
        <source>One of these, separated by commas</source>
        <translation>以下任一项，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="137"/>
        <location filename="../condition_row.cpp" line="335"/>
        <source>Choose a category…</source>
        <translation>选择产品类别…</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="143"/>
        <source>any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="144"/>
        <source> months ago</source>
        <translation> 个月以前</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="145"/>
        <source>Bought at least this many months before the day the segment is counted</source>
        <translation>购买时间距统计当天至少这么多个月</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="147"/>
        <source>Category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="149"/>
        <source>Bought from</source>
        <translation>购买日期从</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="151"/>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="153"/>
        <source>At least</source>
        <translation>至少在</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="167"/>
        <source>Add region</source>
        <translation>添加地区</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="169"/>
        <source>Add the region chosen on the left: a province, a city or a district</source>
        <translation>添加左侧选择的地区：省、市或区县均可</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="173"/>
        <source>Customers living in any of these regions match. Delete removes the selected region.</source>
        <translation>居住在其中任一地区的客户符合条件。按 Delete 删除选中的地区。</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="174"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="213"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../condition_row.cpp" line="216"/>
        <source>to</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::ConnectionIndicator</name>
    <message>
        <location filename="../connection_indicator.cpp" line="42"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../connection_indicator.cpp" line="47"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../connection_indicator.cpp" line="47"/>
        <location filename="../connection_indicator.cpp" line="51"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../connection_indicator.cpp" line="51"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../connection_indicator.cpp" line="55"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../connection_indicator.cpp" line="62"/>
        <source>Server %1:%2</source>
        <translation>服务器 %1:%2</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::ContactNoteDialog</name>
    <message>
        <location filename="../desk_dialogs.cpp" line="97"/>
        <source>New contact note</source>
        <translation>新建联系记录</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="104"/>
        <source>What was the contact about? What was agreed?</source>
        <translation>本次联系的内容是什么？约定了什么？</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="106"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="107"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="109"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="110"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="113"/>
        <source>Write a summary.</source>
        <translation>请填写摘要。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::CustomFieldDialog</name>
    <message>
        <location filename="../custom_field_dialog.cpp" line="48"/>
        <source>Not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="84"/>
        <source>Every customer needs a &amp;value</source>
        <translation>每位客户都必须填写(&amp;V)</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="87"/>
        <source>No minimum</source>
        <translation>不限最小值</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="88"/>
        <source>No maximum</source>
        <translation>不限最大值</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="97"/>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="97"/>
        <source>Custom field: %1</source>
        <translation>自定义字段：%1</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="114"/>
        <source>e.g. heating_type: a-z, 0-9, &apos;_&apos;; fixed once saved</source>
        <translation>例如 heating_type：a-z、0-9、“_”；保存后不可更改</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="122"/>
        <source>Fields are shown in ascending order</source>
        <translation>字段按顺序值从小到大显示</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="125"/>
        <source>Digits after the decimal point; 0 for whole numbers</source>
        <translation>小数位数；0 表示整数</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="127"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="127"/>
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="127"/>
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="132"/>
        <source>Add option</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="134"/>
        <source>Remove option</source>
        <translation>删除选项</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="136"/>
        <source>Options that customers hold cannot be removed</source>
        <translation>客户已选用的选项不能删除</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="181"/>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="182"/>
        <source>&amp;English label</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="183"/>
        <source>C&amp;hinese label</source>
        <translation>中文名称(&amp;H)</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="184"/>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="185"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="186"/>
        <source>&amp;Order</source>
        <translation>顺序(&amp;O)</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="187"/>
        <source>&amp;Maximum length</source>
        <translation>最大长度(&amp;M)</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="188"/>
        <source>M&amp;inimum</source>
        <translation>最小值(&amp;I)</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="189"/>
        <source>Ma&amp;ximum</source>
        <translation>最大值(&amp;X)</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="190"/>
        <source>&amp;Decimals</source>
        <translation>小数位数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="191"/>
        <source>Earliest date</source>
        <translation>最早日期</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="192"/>
        <source>Latest date</source>
        <translation>最晚日期</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="193"/>
        <source>O&amp;ptions</source>
        <translation>选项(&amp;P)</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="197"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="200"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::CustomFieldsBox</name>
    <message>
        <location filename="../custom_fields_box.cpp" line="85"/>
        <source>More details</source>
        <translation>更多信息</translation>
    </message>
    <message>
        <location filename="../custom_fields_box.cpp" line="117"/>
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../custom_fields_box.cpp" line="127"/>
        <location filename="../custom_fields_box.cpp" line="135"/>
        <source>Not set</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::CustomFieldsTab</name>
    <message>
        <location filename="../custom_fields_tab.cpp" line="26"/>
        <source>New field…</source>
        <translation>新建字段…</translation>
    </message>
    <message>
        <location filename="../custom_fields_tab.cpp" line="27"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../custom_fields_tab.cpp" line="28"/>
        <location filename="../custom_fields_tab.cpp" line="103"/>
        <location filename="../custom_fields_tab.cpp" line="151"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../custom_fields_tab.cpp" line="37"/>
        <source>Add a field to the customer form (Ctrl+N)</source>
        <translation>在客户资料表单中添加字段（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../custom_fields_tab.cpp" line="38"/>
        <source>Change the selected field (Enter)</source>
        <translation>修改所选字段（Enter）</translation>
    </message>
    <message>
        <location filename="../custom_fields_tab.cpp" line="42"/>
        <source>Extra fields of the customer form, shown in this order. A field is never deleted: deactivate it to hide it (its values are kept).</source>
        <translation>客户资料表单中的附加字段，按此顺序显示。字段不会被删除：停用即可隐藏（已填写的值会保留）。</translation>
    </message>
    <message>
        <location filename="../custom_fields_tab.cpp" line="103"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../custom_fields_tab.cpp" line="147"/>
        <source>Deactivate custom field</source>
        <translation>停用自定义字段</translation>
    </message>
    <message>
        <location filename="../custom_fields_tab.cpp" line="148"/>
        <source>Deactivate &quot;%1&quot;? It disappears from the customer form and the customer view. The values customers have are kept and come back if you activate it again.</source>
        <translation>停用“%1”？该字段将不再显示在客户资料表单和客户视图中。客户已填写的值会保留，重新启用后即可恢复显示。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::Customer360View</name>
    <message>
        <location filename="../customer360_view.cpp" line="60"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="62"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="85"/>
        <source>New contact note</source>
        <translation>新建联系记录</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="86"/>
        <source>Callback promise…</source>
        <translation>回呼承诺…</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="87"/>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="88"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="97"/>
        <source>Record a contact with this customer (Ctrl+Shift+N)</source>
        <translation>记录与该客户的一次联系（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="102"/>
        <source>Close the selected promise: kept</source>
        <translation>关闭所选承诺：已兑现</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="103"/>
        <source>Close the selected promise: broken</source>
        <translation>关闭所选承诺：未兑现</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="113"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="136"/>
        <source>Profile</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="160"/>
        <source>Contact history (newest first)</source>
        <translation>联系历史（最新在前）</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="163"/>
        <source>Callback promises</source>
        <translation>回呼承诺</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="197"/>
        <source>Follow-ups and complaints</source>
        <translation>回访与投诉</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="233"/>
        <source>Contact note saved.</source>
        <translation>联系记录已保存。</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="244"/>
        <source>Customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="257"/>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="260"/>
        <source>New service request…</source>
        <translation>新建服务请求…</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="262"/>
        <source>Create a work order for this customer (Ctrl+Shift+R)</source>
        <translation>为该客户新建工单（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="192"/>
        <location filename="../customer360_view.cpp" line="291"/>
        <source>Double-click or Enter opens the order</source>
        <translation>双击或按回车打开工单</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="265"/>
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="267"/>
        <source>Record a complaint of this customer as a work order (Ctrl+Shift+M)</source>
        <translation>将该客户的投诉登记为工单 (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="328"/>
        <source>Work order %1 created.</source>
        <translation>工单 %1 已创建。</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="375"/>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../customer360_view.cpp" line="377"/>
        <source>%n call(s) in the last 7 days</source>
        <translation>
            <numerusform>近7天来电 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="392"/>
        <source>Dial</source>
        <translation>拨号</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="394"/>
        <source>Call %1 from your extension</source>
        <translation>用您的分机呼叫 %1</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="407"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="408"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="409"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="410"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="411"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="412"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="413"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="414"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="415"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::CustomerForm</name>
    <message>
        <location filename="../customer_form.cpp" line="46"/>
        <source>Loaded the current version.</source>
        <translation>已加载最新版本。</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="57"/>
        <source>Regions could not be loaded: %1</source>
        <translation>无法加载地区：%1</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="61"/>
        <source>Custom fields could not be loaded: %1</source>
        <translation>无法加载自定义字段：%1</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="103"/>
        <source>Not specified</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="104"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="105"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="111"/>
        <source>Not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="116"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="119"/>
        <source>Show the full ID number (the view is recorded)</source>
        <translation>显示完整身份证号（查看操作会被记录）</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="131"/>
        <source>One phone number per line (up to %1)</source>
        <translation>每行一个电话号码（最多 %1 个）</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="138"/>
        <source>Street, building, room</source>
        <translation>街道、楼栋、房间号</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="141"/>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="148"/>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="150"/>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="151"/>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="152"/>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="153"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="154"/>
        <source>&amp;Email</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="155"/>
        <source>&amp;Occupation</source>
        <translation>职业(&amp;O)</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="156"/>
        <source>&amp;VIP level</source>
        <translation>VIP 等级(&amp;V)</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="158"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="160"/>
        <source>&amp;Phones *</source>
        <translation>电话(&amp;P) *</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="161"/>
        <source>&amp;Region</source>
        <translation>所在地区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="162"/>
        <source>&amp;Address</source>
        <translation>详细地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="163"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="199"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="181"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="184"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="187"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="189"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="191"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="250"/>
        <source>No. %1 · version %2 · changed %3</source>
        <translation>编号 %1 · 版本 %2 · 修改于 %3</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="324"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="324"/>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="336"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="348"/>
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="351"/>
        <location filename="../customer_form.cpp" line="377"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="361"/>
        <source>Created at %1.</source>
        <translation>已于 %1 创建。</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="362"/>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="407"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="407"/>
        <source>This customer has changes that are not saved. Discard them?</source>
        <translation>该客户资料有尚未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="408"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../customer_form.cpp" line="411"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::CustomerGroupsPage</name>
    <message>
        <location filename="../customer_groups_page.cpp" line="103"/>
        <source>New static list</source>
        <translation>新建固定名单</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="104"/>
        <source>New segment</source>
        <translation>新建规则分组</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="105"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="106"/>
        <location filename="../customer_groups_page.cpp" line="438"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="112"/>
        <source>Filter groups by name</source>
        <translation>按名称筛选分组</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="115"/>
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="116"/>
        <source>Static lists</source>
        <translation>固定名单</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="117"/>
        <source>Segments</source>
        <translation>规则分组</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="122"/>
        <source>A list of customers you choose (add them from the customer search)</source>
        <translation>由您挑选的客户名单（在客户查询中加入）</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="123"/>
        <source>Customers chosen by a rule, counted again whenever you look (Ctrl+Shift+G)</source>
        <translation>按规则选出的客户，每次查看时重新统计（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="127"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="166"/>
        <source>Count again</source>
        <translation>重新统计</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="179"/>
        <source>Loading members…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="181"/>
        <location filename="../customer_groups_page.cpp" line="504"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="183"/>
        <location filename="../customer_groups_page.cpp" line="490"/>
        <location filename="../customer_groups_page.cpp" line="506"/>
        <source>Remove from list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="253"/>
        <source>No customers in this group</source>
        <translation>此分组没有客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_groups_page.cpp" line="254"/>
        <source>%n customer(s) shown, more when you scroll</source>
        <translation>
            <numerusform>已显示 %n 位客户，滚动可加载更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_groups_page.cpp" line="255"/>
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>已显示 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_groups_page.cpp" line="259"/>
        <source>%n customer(s) added to %1; it has %2 now.</source>
        <translation>
            <numerusform>已将 %n 位客户加入“%1”，现有 %2 位。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="325"/>
        <source>No groups yet: create a static list or a segment.</source>
        <translation>还没有分组：请新建固定名单或规则分组。</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="326"/>
        <source>No groups yet.</source>
        <translation>还没有分组。</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="333"/>
        <source>created by %1</source>
        <translation>创建人 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_groups_page.cpp" line="340"/>
        <source>%Ln customer(s) match the rule now</source>
        <translation>
            <numerusform>当前有 %Ln 位客户符合规则</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="341"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_groups_page.cpp" line="344"/>
        <source>%Ln customer(s) in the list</source>
        <translation>
            <numerusform>名单中有 %Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="377"/>
        <source>Customers who match all of:</source>
        <translation>同时符合以下全部条件的客户：</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="401"/>
        <source>Group %1 created.</source>
        <translation>已创建分组“%1”。</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="402"/>
        <source>Group %1 saved.</source>
        <translation>已保存分组“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_groups_page.cpp" line="434"/>
        <source>Delete the static list &quot;%1&quot;? Its %n customer(s) stay in the system; only the list goes.</source>
        <translation>
            <numerusform>删除固定名单“%1”？名单中的 %n 位客户仍保留在系统中，只删除名单。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="437"/>
        <source>Delete the segment &quot;%1&quot;? No customer is deleted.</source>
        <translation>删除规则分组“%1”？不会删除任何客户。</translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="438"/>
        <source>Delete group</source>
        <translation>删除分组</translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_groups_page.cpp" line="491"/>
        <source>Remove %n customer(s) from &quot;%1&quot;? The customers themselves stay.</source>
        <translation>
            <numerusform>将 %n 位客户移出“%1”？客户本身仍保留。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../customer_groups_page.cpp" line="493"/>
        <source>Remove</source>
        <translation>移出</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::CustomerProductsPane</name>
    <message>
        <location filename="../customer_products_pane.cpp" line="67"/>
        <source>Products</source>
        <translation>客户产品</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="75"/>
        <location filename="../customer_products_pane.cpp" line="78"/>
        <source>Add product…</source>
        <translation>添加产品…</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="76"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="77"/>
        <location filename="../customer_products_pane.cpp" line="291"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="87"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="127"/>
        <source>Record a product this customer owns (Ctrl+Shift+P)</source>
        <translation>登记该客户拥有的产品（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="128"/>
        <source>Change the selected product (Enter)</source>
        <translation>修改所选产品（Enter）</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="129"/>
        <source>Remove the selected product from this customer</source>
        <translation>从该客户的产品中删除所选产品</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="170"/>
        <source>Product saved.</source>
        <translation>产品已保存。</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="173"/>
        <source>Product removed.</source>
        <translation>产品已删除。</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="220"/>
        <source>No products recorded yet. Add what the customer owns.</source>
        <translation>尚无产品记录，请添加客户购买的产品。</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="221"/>
        <source>No products recorded.</source>
        <translation>无产品记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_products_pane.cpp" line="229"/>
        <source>%n in warranty</source>
        <translation>
            <numerusform>%n 件在保</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_products_pane.cpp" line="231"/>
        <source>%n expire(s) soon</source>
        <translation>
            <numerusform>%n 件即将过保</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_products_pane.cpp" line="233"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n 件已过保</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_products_pane.cpp" line="234"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>共 %n 件产品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="235"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="235"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="288"/>
        <source>%1, serial number %2</source>
        <translation>%1（序列号 %2）</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="289"/>
        <source>Remove product</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="290"/>
        <source>Remove %1 from this customer&apos;s products?
Repairs of this product will no longer find it.</source>
        <translation>要从该客户的产品中删除 %1 吗？
删除后报修时将无法再找到该产品。</translation>
    </message>
    <message>
        <location filename="../customer_products_pane.cpp" line="322"/>
        <source>The product was removed meanwhile.</source>
        <translation>该产品已被他人删除。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::CustomerSearchPage</name>
    <message>
        <location filename="../customer_search_page.cpp" line="31"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="32"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="33"/>
        <source>Dial</source>
        <translation>拨号</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="34"/>
        <source>360 view</source>
        <translation>360视图</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="47"/>
        <source>Any (detect)</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="49"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="50"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="51"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="52"/>
        <source>Product serial number</source>
        <translation>产品序列号</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="53"/>
        <source>What the search text is: detected from what you type, or chosen here</source>
        <translation>查询内容的类型：根据输入自动识别，或在此指定</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="55"/>
        <source>Phone, name, ID number or product serial number (Ctrl+F)</source>
        <translation>电话、姓名、身份证号或产品序列号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="150"/>
        <source>Type a phone number, a name, an ID number or a product serial number, then press Enter.</source>
        <translation>输入电话号码、姓名、身份证号或产品序列号，然后按回车。</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="59"/>
        <source>Create a new customer (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="35"/>
        <location filename="../customer_search_page.cpp" line="329"/>
        <source>Add to group…</source>
        <translation>加入分组…</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="65"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="92"/>
        <source>Call the selected customer from your extension</source>
        <translation>用您的分机呼叫所选客户</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="93"/>
        <source>Open the selected customer&apos;s 360 view on the agent desk</source>
        <translation>在坐席工作台打开所选客户的360视图</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="97"/>
        <source>Add the selected customers to a static list (Ctrl+G)</source>
        <translation>将选中的客户加入固定名单（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="154"/>
        <source>Searching by phone number</source>
        <translation>按电话号码查询</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="155"/>
        <source>Searching by ID number</source>
        <translation>按身份证号查询</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="156"/>
        <source>Searching by address</source>
        <translation>按地址查询</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="157"/>
        <source>Searching by product serial number (the whole number)</source>
        <translation>按产品序列号查找（需完整序列号）</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="159"/>
        <source>Searching by name</source>
        <translation>按姓名查询</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="196"/>
        <source>No customers found</source>
        <translation>未找到客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_search_page.cpp" line="198"/>
        <source>%n customer(s) shown, more when you scroll</source>
        <translation>
            <numerusform>已显示 %n 位客户，向下滚动加载更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_search_page.cpp" line="200"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>找到 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="319"/>
        <source>Open 360 view</source>
        <translation>打开客户360视图</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="320"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="323"/>
        <location filename="../customer_search_page.cpp" line="347"/>
        <source>Dial %1</source>
        <translation>拨打 %1</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::ErrorPresenter</name>
    <message>
        <location filename="../error_presenter.cpp" line="22"/>
        <source>The server did not understand the request.</source>
        <translation>服务器无法理解该请求。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="23"/>
        <source>You are not signed in, or your session has ended.</source>
        <translation>您尚未登录，或会话已结束。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="24"/>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="25"/>
        <source>The record was not found. It may have been removed or is outside your area.</source>
        <translation>未找到该记录。它可能已被删除，或不在您的管辖范围内。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="26"/>
        <source>Some fields need to be corrected.</source>
        <translation>部分字段需要更正。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="27"/>
        <source>Someone else changed this record in the meantime.</source>
        <translation>在此期间其他人修改了这条记录。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="28"/>
        <source>The server is busy or did not answer in time. Please try again.</source>
        <translation>服务器繁忙或未及时应答，请重试。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="29"/>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>尝试次数过多，请稍候再试。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="30"/>
        <source>This client is too old for the server. Please update it.</source>
        <translation>客户端版本过旧，请更新。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="33"/>
        <source>Something went wrong on the server.</source>
        <translation>服务器出现错误。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="41"/>
        <location filename="../error_presenter.cpp" line="248"/>
        <source>%1
(%2)</source>
        <translation>%1
（%2）</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="53"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="54"/>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="55"/>
        <source>Enter at least one phone number.</source>
        <translation>请至少填写一个电话号码。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="56"/>
        <source>At most %1 phone numbers.</source>
        <translation>最多 %1 个电话号码。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="57"/>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="58"/>
        <source>Not a valid phone number.</source>
        <translation>不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="59"/>
        <source>Not a valid ID number (GB 11643 checksum).</source>
        <translation>不是有效的身份证号（GB 11643 校验失败）。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="60"/>
        <source>Not a valid email address.</source>
        <translation>不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="61"/>
        <source>Choose male, female or leave it empty.</source>
        <translation>请选择男、女或留空。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="62"/>
        <source>Must be a date in the past.</source>
        <translation>必须是过去的日期。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="63"/>
        <source>A whole number from 0 to 9.</source>
        <translation>请输入 0 到 9 之间的整数。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="64"/>
        <source>Not a valid region.</source>
        <translation>不是有效的地区。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="65"/>
        <source>At most %1 tags.</source>
        <translation>最多 %1 个标签。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="66"/>
        <source>Each tag must be 1 to %1 characters.</source>
        <translation>每个标签须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="67"/>
        <source>Choose the city of the district.</source>
        <translation>请选择该区县所属的城市。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="68"/>
        <source>Choose the province of the city.</source>
        <translation>请选择该城市所属的省份。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="70"/>
        <source>Province, city and district do not belong together.</source>
        <translation>省、市、区县不匹配。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="71"/>
        <source>Type at least 2 characters.</source>
        <translation>请至少输入 2 个字符。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="72"/>
        <source>This is already taken.</source>
        <translation>已被占用。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="73"/>
        <source>The username &quot;%1&quot; is already taken.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="75"/>
        <source>Extension %1 is already assigned to another user.</source>
        <translation>分机号 %1 已分配给其他用户。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="76"/>
        <source>2 to 8 digits.</source>
        <translation>2 到 8 位数字。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="78"/>
        <source>2 to 32 characters: lowercase letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;.</source>
        <translation>2 到 32 个字符：小写字母、数字、“_”、“.”、“-”。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="79"/>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="80"/>
        <source>You cannot deactivate yourself.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="81"/>
        <source>Must not contain control characters.</source>
        <translation>不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="82"/>
        <source>Choose a model from the list.</source>
        <translation>请从列表中选择型号。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="83"/>
        <source>This model is not in the catalogue.</source>
        <translation>产品目录中没有该型号。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="84"/>
        <source>This model is no longer sold: choose a current one.</source>
        <translation>该型号已停售，请选择在售型号。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="86"/>
        <source>1 to %1 characters: letters, digits or / _ . -</source>
        <translation>1 至 %1 个字符：字母、数字或 / _ . -</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="88"/>
        <source>Another product of this model already has this serial number.</source>
        <translation>该型号的另一件产品已使用此序列号。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="89"/>
        <source>Not a valid date.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="90"/>
        <source>Must not be in the future.</source>
        <translation>不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="91"/>
        <source>Must not be before the purchase date.</source>
        <translation>不能早于购买日期。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="93"/>
        <source>Not a serial number: letters, digits and / _ . - only.</source>
        <translation>不是有效的序列号：只能包含字母、数字和 / _ . -。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="95"/>
        <source>This field is no longer in use; reload the customer.</source>
        <translation>该字段已停用，请重新加载客户资料。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="96"/>
        <source>Enter text.</source>
        <translation>请输入文本。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="97"/>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="98"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="99"/>
        <source>At most %1 decimal places.</source>
        <translation>最多 %1 位小数。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="100"/>
        <source>At least %1.</source>
        <translation>不能小于 %1。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="101"/>
        <source>At most %1.</source>
        <translation>不能大于 %1。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="103"/>
        <source>Enter a number smaller than 1,000,000,000,000 in size.</source>
        <translation>请输入绝对值小于 1,000,000,000,000 的数字。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="104"/>
        <source>Enter a date (YYYY-MM-DD).</source>
        <translation>请输入日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="105"/>
        <source>Not before %1.</source>
        <translation>不能早于 %1。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="106"/>
        <source>Not after %1.</source>
        <translation>不能晚于 %1。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="107"/>
        <source>Choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="108"/>
        <source>This cannot be changed.</source>
        <translation>此项不能更改。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="110"/>
        <source>Customers hold values of this field, so its type cannot change.</source>
        <translation>已有客户填写了该字段，不能更改其类型。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="112"/>
        <source>The option &quot;%1&quot; is in use by customers and cannot be removed.</source>
        <translation>选项“%1”已被客户选用，不能删除。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="114"/>
        <source>1 to 30 characters: lowercase letters, digits, &apos;_&apos;, starting with a letter.</source>
        <translation>1 到 30 个字符：小写字母、数字、“_”，以字母开头。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="115"/>
        <source>Choose text, number, date or choice.</source>
        <translation>请选择文本、数字、日期或选项。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="116"/>
        <source>Add at least one option.</source>
        <translation>请至少添加一个选项。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="117"/>
        <source>At most %1 options.</source>
        <translation>最多 %1 个选项。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="119"/>
        <source>Each option needs a value of 1 to %1 characters.</source>
        <translation>每个选项都需要 1 到 %1 个字符的值。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="121"/>
        <source>Each option needs an English and a Chinese label of at most %1 characters.</source>
        <translation>每个选项都需要英文和中文名称，各不超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="122"/>
        <source>The option value &quot;%1&quot; is listed twice.</source>
        <translation>选项值“%1”重复。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="123"/>
        <source>A whole number from %1 to %2.</source>
        <translation>%1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="124"/>
        <source>Must not be less than the minimum.</source>
        <translation>不能小于最小值。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="125"/>
        <source>Must not be before the earliest date.</source>
        <translation>不能早于最早日期。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="126"/>
        <source>Choose yes or no.</source>
        <translation>请选择是或否。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="129"/>
        <source>1 to 20 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. E1, F3).</source>
        <translation>1 到 20 个字母、数字、“.”、“_”或“-”（如 E1、F3）。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="130"/>
        <source>Must not be shorter than the response time.</source>
        <translation>不能短于响应时限。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="131"/>
        <source>Must not be shorter than the on-site time.</source>
        <translation>不能短于上门时限。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="133"/>
        <source>Unknown placeholder {%1}. The placeholders are %2.</source>
        <translation>未知占位符 {%1}。可用占位符：%2。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="135"/>
        <source>A &apos;{&apos; without its &apos;}&apos;. The placeholders are %1.</source>
        <translation>“{”缺少对应的“}”。可用占位符：%1。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="137"/>
        <source>A &apos;}&apos; without its &apos;{&apos;. The placeholders are %1.</source>
        <translation>“}”缺少对应的“{”。可用占位符：%1。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="139"/>
        <source>1 to 40 lowercase letters, digits or &apos;_&apos;, in parts separated by &apos;.&apos; (e.g. ticket.completed).</source>
        <translation>1 到 40 个小写字母、数字或“_”，各段以“.”分隔（如 ticket.completed）。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="172"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="173"/>
        <source>Someone else saved this record while you were editing it.

Reload: discard your changes and show the current version.
Overwrite: apply your changes on top of the current version.</source>
        <translation>在您编辑期间，其他人保存了这条记录。

重新加载：放弃您的修改，显示最新版本。
覆盖：在最新版本上应用您的修改。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="181"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="183"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="211"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="212"/>
        <source>Please correct</source>
        <translation>请更正</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="234"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="241"/>
        <source>The telephone system could not place the call.</source>
        <translation>电话系统无法发起呼叫。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="243"/>
        <source>The telephone system could not answer the call.</source>
        <translation>电话系统无法接听来电。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="245"/>
        <source>The telephone system could not hang up the call.</source>
        <translation>电话系统无法挂断通话。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="247"/>
        <source>The telephone system refused the action.</source>
        <translation>电话系统拒绝了该操作。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="248"/>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::FaultCodeBox</name>
    <message>
        <location filename="../fault_code_box.cpp" line="21"/>
        <location filename="../fault_code_box.cpp" line="38"/>
        <source>Code, or type to search the codes</source>
        <translation>故障代码，或输入文字搜索</translation>
    </message>
    <message>
        <location filename="../fault_code_box.cpp" line="37"/>
        <source>Fault code (no list for this product)</source>
        <translation>故障代码（该产品无代码表）</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::FaultCodesTab</name>
    <message>
        <location filename="../fault_codes_tab.cpp" line="34"/>
        <source>Accepted on new orders</source>
        <translation>新服务单可用</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="35"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="36"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="37"/>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="45"/>
        <source>Fault codes (e.g. E1) that technicians and agents record on orders. A product takes the codes of its category and of the categories above it; a deactivated code stays on the orders that have it but is no longer accepted.</source>
        <translation>维修员和坐席在服务单上记录的故障代码（如 E1）。产品使用其类别及上级类别的代码；停用的代码保留在已有的服务单上，但不再接受新的录入。</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="53"/>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="73"/>
        <source>e.g. E1</source>
        <translation>如 E1</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="77"/>
        <source>e.g. Indoor temperature sensor fault</source>
        <translation>如 室内温度传感器故障</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="89"/>
        <source>Fault code</source>
        <translation>故障代码</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="92"/>
        <source>Code *</source>
        <translation>代码 *</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="93"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="123"/>
        <source>No fault codes in this category yet: orders of its products take any text unless a category above it has codes.</source>
        <translation>此类别还没有故障代码：除非上级类别有代码，其产品的服务单可填写任意文本。</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="136"/>
        <source>Fault code %1 saved</source>
        <translation>故障代码 %1 已保存</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="140"/>
        <source>Fault code %1 deactivated</source>
        <translation>故障代码 %1 已停用</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="172"/>
        <source>There are no product categories yet.</source>
        <translation>还没有产品类别。</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="232"/>
        <source>Deactivate fault code</source>
        <translation>停用故障代码</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="233"/>
        <source>Deactivate %1 &quot;%2&quot;? Orders that have it keep it, but new orders and transitions no longer accept it. You can activate it again later.</source>
        <translation>停用 %1“%2”？已有此代码的服务单保留它，但新服务单和流程转换不再接受。以后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../fault_codes_tab.cpp" line="236"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::FeeSchedulesTab</name>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="33"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="34"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="42"/>
        <source>Labour and travel fee charged for out-of-warranty work, per service type and product category. A category without a row of its own uses the row of the category above it; a new price is a new row valid from a later day.</source>
        <translation>保外服务按服务类型和产品类别收取的人工费和上门费。没有自己标准的类别使用上级类别的标准；调价时新增一行，从之后的某一天起生效。</translation>
    </message>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="74"/>
        <source>Fee schedule</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="76"/>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="77"/>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="78"/>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="79"/>
        <source>Labour fee (¥)</source>
        <translation>人工费（元）</translation>
    </message>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="80"/>
        <source>Travel fee (¥)</source>
        <translation>上门费（元）</translation>
    </message>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="102"/>
        <source>Fee schedule saved</source>
        <translation>收费标准已保存</translation>
    </message>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="176"/>
        <source>Choose a product category.</source>
        <translation>请选择产品类别。</translation>
    </message>
    <message>
        <location filename="../fee_schedules_tab.cpp" line="180"/>
        <source>Type the fees in yuan, e.g. 50 or 50.00.</source>
        <translation>请以元为单位输入费用，例如 50 或 50.00。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::FieldErrors</name>
    <message>
        <location filename="../field_errors.cpp" line="74"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="113"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="114"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="115"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="116"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="117"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="118"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="119"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="120"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="121"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="122"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="123"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="124"/>
        <source>Street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="125"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="126"/>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="127"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="128"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="129"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="130"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="131"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="132"/>
        <source>Org unit</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="133"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="134"/>
        <source>Extension</source>
        <translation>分机号</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="135"/>
        <source>Active</source>
        <translation>启用状态</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="136"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="137"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="138"/>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="139"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="140"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="141"/>
        <location filename="../field_errors.cpp" line="142"/>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="143"/>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="144"/>
        <source>Install date</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="145"/>
        <source>Dealer</source>
        <translation>经销商</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="146"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="147"/>
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="148"/>
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="149"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="150"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="151"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="152"/>
        <source>Maximum length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="153"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="154"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="155"/>
        <source>Decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="156"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::GroupEditorDialog</name>
    <message>
        <location filename="../group_editor_dialog.cpp" line="69"/>
        <source>What the group is for (optional)</source>
        <translation>分组的用途（可选）</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="76"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="78"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="81"/>
        <source>Save the group (Ctrl+S)</source>
        <translation>保存分组（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="86"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="87"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="90"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="94"/>
        <source>Org unit</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="102"/>
        <source>Customers who match all of these conditions</source>
        <translation>同时符合以下全部条件的客户</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="116"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location filename="../group_editor_dialog.cpp" line="130"/>
        <source>%Ln customer(s) match now</source>
        <translation>
            <numerusform>当前有 %Ln 位客户符合</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="158"/>
        <source>New segment</source>
        <translation>新建规则分组</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="158"/>
        <source>New static list</source>
        <translation>新建固定名单</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="160"/>
        <source>Edit group %1</source>
        <translation>编辑分组 %1</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="183"/>
        <source>Complete the conditions to see how many customers match.</source>
        <translation>请填写完整条件，即可看到符合的客户数。</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="195"/>
        <source>The rule has problems: see the conditions above.</source>
        <translation>规则有问题：请查看上方的条件。</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="214"/>
        <source>Please complete the conditions marked in red.</source>
        <translation>请填写完整标红的条件。</translation>
    </message>
    <message>
        <location filename="../group_editor_dialog.cpp" line="240"/>
        <source>Please correct the conditions marked in red.</source>
        <translation>请修改标红的条件。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::HelpDialogs</name>
    <message>
        <location filename="../help_dialogs.cpp" line="23"/>
        <source>About CSM</source>
        <translation>关于 CSM</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="24"/>
        <source>CSM — Customer Service Management
After-sales service center client, version %1

Call center, service points, spare parts and reports.</source>
        <translation>CSM — 客户服务管理系统
售后服务中心客户端，版本 %1

呼叫中心、服务网点、备件与报表。</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="42"/>
        <source>Find a customer (focus the search box)</source>
        <translation>查找客户（转到查询框）</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="43"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="45"/>
        <source>New contact note for the customer shown on the agent desk</source>
        <translation>为坐席工作台当前客户新建联系记录</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="47"/>
        <source>In a customer&apos;s 360 view: add a product; Enter on a product edits it</source>
        <translation>在客户360视图中：添加产品；在产品上按回车可编辑</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="49"/>
        <source>New service request (work order) for the customer shown on the agent desk</source>
        <translation>为坐席工作台当前客户新建服务请求（工单）</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="51"/>
        <source>New complaint for the customer shown on the agent desk</source>
        <translation>为座席台当前客户新建投诉</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="52"/>
        <source>In an order&apos;s window: print the job sheet</source>
        <translation>在工单窗口中：打印维修工单</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="54"/>
        <source>In an order&apos;s window: save the job sheet as PDF</source>
        <translation>在工单窗口中：将维修工单另存为 PDF</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="56"/>
        <source>In the work orders (and a customer&apos;s orders): open the order</source>
        <translation>在工单列表（及客户的工单）中：打开工单</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="57"/>
        <source>Answer the ringing call</source>
        <translation>接听振铃中的来电</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="58"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="59"/>
        <source>Agent state: ready</source>
        <translation>坐席状态：就绪</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="60"/>
        <source>Agent state: not ready (choose the reason)</source>
        <translation>坐席状态：示忙（选择原因）</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="62"/>
        <source>Wrap-up summary: record the wrap-up and become ready</source>
        <translation>话后处理摘要：保存并置为就绪</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="63"/>
        <source>Search; in the results: open the customer</source>
        <translation>查询；在结果列表中：打开客户</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="65"/>
        <source>In the search results (agents): open the 360 view or dial a number</source>
        <translation>在搜索结果中（坐席）：打开360视图或拨打号码</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="67"/>
        <source>Add the selected customers to a static list</source>
        <translation>将选中的客户加入固定名单</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="69"/>
        <source>Customer groups: new segment</source>
        <translation>客户分组：新建规则分组</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="70"/>
        <source>Refresh the current workspace</source>
        <translation>刷新当前工作区</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="71"/>
        <source>Save the customer form</source>
        <translation>保存客户资料</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="72"/>
        <source>Close the form (asks when there are unsaved changes)</source>
        <translation>关闭表单（有未保存的修改时会先询问）</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="73"/>
        <source>Workflows: save as a new version</source>
        <translation>流程配置：保存为新版本</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="74"/>
        <source>Workflows: undo</source>
        <translation>流程配置：撤销</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="75"/>
        <source>Workflows: redo</source>
        <translation>流程配置：重做</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="76"/>
        <source>Workflows: add a state</source>
        <translation>流程配置：添加状态</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="78"/>
        <source>Workflows: delete the selection on the canvas</source>
        <translation>流程配置：删除画布上选中的内容</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="79"/>
        <source>Workflows: fit the flow to the view</source>
        <translation>流程配置：整个流程适合窗口</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="81"/>
        <source>Workflows: zoom in (Ctrl+wheel zooms too)</source>
        <translation>流程配置：放大（也可按住 Ctrl 滚动滚轮）</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="82"/>
        <source>Workflows: zoom out</source>
        <translation>流程配置：缩小</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="83"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="89"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="90"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::LoginDialog</name>
    <message>
        <location filename="../login_dialog.cpp" line="99"/>
        <source>Cannot reach the server (%1). Still trying…</source>
        <translation>无法连接服务器（%1），正在重试…</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="114"/>
        <source>Sign in — CSM</source>
        <translation>登录 — CSM</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="115"/>
        <source>Customer Service Management</source>
        <translation>客户服务管理系统</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="120"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="121"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="122"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="123"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="124"/>
        <source>host:port</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="125"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="126"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="127"/>
        <location filename="../login_dialog.cpp" line="221"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="127"/>
        <location filename="../login_dialog.cpp" line="221"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="129"/>
        <location filename="../login_dialog.cpp" line="152"/>
        <source>The main window switches language after a restart.</source>
        <translation>主窗口将在重新启动后切换语言。</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="203"/>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="204"/>
        <source>Too many failed sign-ins. Please wait before trying again.</source>
        <translation>登录失败次数过多，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="205"/>
        <source>This client does not match the server version. Please update it.</source>
        <translation>客户端与服务器版本不匹配，请更新客户端。</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="210"/>
        <source>%1
Server: %2</source>
        <translation>%1
服务器：%2</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="231"/>
        <source>Enter the server as host:port, for example 127.0.0.1:7420.</source>
        <translation>请按“主机:端口”格式填写服务器，例如 127.0.0.1:7420。</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="237"/>
        <source>Enter your username and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../login_dialog.cpp" line="274"/>
        <source>Sign-in cancelled.</source>
        <translation>已取消登录。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="53"/>
        <source>CSM — Customer Service Management</source>
        <translation>CSM — 客户服务管理系统</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="60"/>
        <source>No workspace is available for your roles. Ask an administrator for access.</source>
        <translation>您的角色没有可用的工作区。请联系系统管理员开通权限。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="96"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="97"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="100"/>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="101"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="104"/>
        <source>New &amp;contact note</source>
        <translation>新建联系记录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="109"/>
        <source>New service &amp;request</source>
        <translation>新建服务请求(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="114"/>
        <source>New co&amp;mplaint</source>
        <translation>新建投诉(&amp;M)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="120"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="121"/>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="122"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="127"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="139"/>
        <source>&amp;Call</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="142"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="143"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="144"/>
        <source>&amp;About CSM</source>
        <translation>关于 CSM(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="169"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="231"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="245"/>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="249"/>
        <source>Wallboard</source>
        <translation>实时监控</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="258"/>
        <source>Workflows</source>
        <translation>流程配置</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="262"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="291"/>
        <source>Dialling %1: your phone rings first.</source>
        <translation>正在拨打 %1：您的话机会先振铃。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="301"/>
        <source>Agent desk</source>
        <translation>坐席工作台</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="317"/>
        <source>Customer groups</source>
        <translation>客户分组</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="382"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="383"/>
        <source>The new language is used from the next start of the client.</source>
        <translation>新的语言将在下次启动客户端时生效。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="408"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="409"/>
        <source>%n customer form(s) have unsaved changes. Quit anyway and lose them?</source>
        <translation>
            <numerusform>有 %n 个客户表单尚未保存。仍要退出并放弃这些修改吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="410"/>
        <source>The workflow being edited has unsaved changes. Quit anyway and lose them?</source>
        <translation>正在编辑的流程有未保存的修改。仍要退出并放弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="411"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::OptionalNumberBox</name>
    <message>
        <location filename="../custom_fields_box.cpp" line="37"/>
        <source>Not set</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::OrgTab</name>
    <message>
        <location filename="../org_tab.cpp" line="28"/>
        <source>Add unit below…</source>
        <translation>添加下级机构…</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="29"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="30"/>
        <location filename="../org_tab.cpp" line="112"/>
        <location filename="../org_tab.cpp" line="203"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="33"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="33"/>
        <location filename="../org_tab.cpp" line="123"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="33"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="81"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="81"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="112"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="121"/>
        <source>New org unit</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="122"/>
        <source>A new %1 below &quot;%2&quot;.</source>
        <translation>在“%2”下新建%1。</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="159"/>
        <source>Rename org unit</source>
        <translation>重命名机构</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="159"/>
        <source>New name for &quot;%1&quot;.</source>
        <translation>“%1”的新名称。</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="201"/>
        <source>Deactivate org unit</source>
        <translation>停用机构</translation>
    </message>
    <message>
        <location filename="../org_tab.cpp" line="202"/>
        <source>Deactivate &quot;%1&quot;? No users can be assigned to it any more.</source>
        <translation>要停用“%1”吗？停用后不能再把用户分配到该机构。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::PasswordDialog</name>
    <message>
        <location filename="../password_dialog.cpp" line="26"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../password_dialog.cpp" line="30"/>
        <source>A new password for %1. The user is signed out everywhere.</source>
        <translation>为 %1 设置新密码。该用户将在所有终端退出登录。</translation>
    </message>
    <message>
        <location filename="../password_dialog.cpp" line="38"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../password_dialog.cpp" line="40"/>
        <source>Repeat</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../password_dialog.cpp" line="57"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../password_dialog.cpp" line="70"/>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::ProductDialog</name>
    <message>
        <location filename="../product_dialog.cpp" line="40"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="59"/>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="78"/>
        <source>Choose or type a model name or code</source>
        <translation>选择或输入型号名称、型号代码</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="82"/>
        <source>As on the rating plate, e.g. KFR35GW2403001234</source>
        <translation>与铭牌一致，例如 KFR35GW2403001234</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="88"/>
        <source>The warranty runs from this date. Pick the lowest date for &quot;Unknown&quot;.</source>
        <translation>保修期自此日期起算。选最早的日期即为“未知”。</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="89"/>
        <source>Follows the purchase date until you change it.</source>
        <translation>未修改前与购买日期相同。</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="91"/>
        <source>Where it was bought</source>
        <translation>购买商家</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="92"/>
        <source>Anything worth knowing about this unit</source>
        <translation>关于这台产品需要说明的情况</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="106"/>
        <source>&amp;Model</source>
        <translation>型号(&amp;M)</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="107"/>
        <source>&amp;Serial number</source>
        <translation>序列号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="108"/>
        <source>&amp;Purchase date</source>
        <translation>购买日期(&amp;P)</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="109"/>
        <source>&amp;Install date</source>
        <translation>安装日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="110"/>
        <source>&amp;Dealer</source>
        <translation>经销商(&amp;D)</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="111"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="112"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="118"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="154"/>
        <source>(no longer sold)</source>
        <translation>（已停售）</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="161"/>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <location filename="../product_dialog.cpp" line="213"/>
        <source>Choose a model to see its warranty.</source>
        <translation>选择型号后显示保修期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../product_dialog.cpp" line="219"/>
        <source>%n month(s); the end is unknown without a purchase or install date.</source>
        <translation>
            <numerusform>%n 个月；没有购买或安装日期，无法确定截止日期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../product_dialog.cpp" line="223"/>
        <source>%n month(s), until %1 (%2)</source>
        <translation>
            <numerusform>%n 个月，至 %1（%2）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csm::client::ui::RecordDialog</name>
    <message>
        <location filename="../record_dialog.cpp" line="58"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::RegionPicker</name>
    <message>
        <location filename="../region_picker.cpp" line="35"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../region_picker.cpp" line="36"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../region_picker.cpp" line="37"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::RegionsTab</name>
    <message>
        <location filename="../regions_tab.cpp" line="29"/>
        <source>Add region below…</source>
        <translation>添加下级地区…</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="30"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="31"/>
        <location filename="../regions_tab.cpp" line="136"/>
        <location filename="../regions_tab.cpp" line="231"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="34"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="34"/>
        <location filename="../regions_tab.cpp" line="145"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="39"/>
        <source>Adds a city below the selected province, or a district below the selected city; a province when nothing is selected</source>
        <translation>在所选省份下添加城市，或在所选城市下添加区县；未选择时添加省份</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="115"/>
        <location filename="../regions_tab.cpp" line="220"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="115"/>
        <location filename="../regions_tab.cpp" line="220"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="136"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="143"/>
        <source>A new region below &quot;%1&quot; (6-digit GB/T 2260 code).</source>
        <translation>在“%1”下新建地区（6 位 GB/T 2260 代码）。</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="144"/>
        <source>A new province (6-digit GB/T 2260 code).</source>
        <translation>新建省份（6 位 GB/T 2260 代码）。</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="145"/>
        <source>New region</source>
        <translation>新建地区</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="174"/>
        <source>Rename region</source>
        <translation>重命名地区</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="174"/>
        <source>New name for &quot;%1&quot;.</source>
        <translation>“%1”的新名称。</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="229"/>
        <source>Deactivate region</source>
        <translation>停用地区</translation>
    </message>
    <message>
        <location filename="../regions_tab.cpp" line="230"/>
        <source>Deactivate &quot;%1&quot;? It can no longer be chosen for customer addresses.</source>
        <translation>要停用“%1”吗？停用后客户地址中不能再选择该地区。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::RoleNames</name>
    <message>
        <location filename="../role_names.cpp" line="23"/>
        <source>Agent</source>
        <translation>座席</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="24"/>
        <source>Survey agent</source>
        <translation>回访座席</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="25"/>
        <source>Supervisor</source>
        <translation>班长</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="26"/>
        <source>Service-point staff</source>
        <translation>服务网点人员</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="27"/>
        <source>Technician</source>
        <translation>维修员</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="28"/>
        <source>Warehouse keeper</source>
        <translation>仓库管理员</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="29"/>
        <source>Finance</source>
        <translation>财务主管</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="30"/>
        <source>Manager</source>
        <translation>管理人员</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="31"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="32"/>
        <source>Knowledge editor</source>
        <translation>知识库管理员</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="41"/>
        <source>Find and read customers in the own area</source>
        <translation>查询和查看本辖区的客户</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="42"/>
        <source>Create and change customers</source>
        <translation>新建和修改客户</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="44"/>
        <source>See full ID numbers (audited)</source>
        <translation>查看完整身份证号（操作留痕）</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="45"/>
        <source>Manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="46"/>
        <source>Manage roles and permissions</source>
        <translation>管理角色和权限</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="47"/>
        <source>Manage the service network</source>
        <translation>管理服务网络与组织机构</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="48"/>
        <source>Manage the region tree</source>
        <translation>管理地区</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="50"/>
        <source>Edit the workflows of work orders (saves a new version)</source>
        <translation>编辑工单流程（每次保存为新版本）</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="58"/>
        <source>HQ service center</source>
        <translation>总部客服中心</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="59"/>
        <source>Regional center</source>
        <translation>大区客服中心</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="60"/>
        <source>Provincial center</source>
        <translation>省级客服中心</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="61"/>
        <source>Service point</source>
        <translation>服务网点</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::RolesTab</name>
    <message>
        <location filename="../roles_tab.cpp" line="23"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../roles_tab.cpp" line="24"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../roles_tab.cpp" line="88"/>
        <source>Permissions of the role &quot;%1&quot;</source>
        <translation>角色“%1”的权限</translation>
    </message>
    <message>
        <location filename="../roles_tab.cpp" line="91"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../roles_tab.cpp" line="147"/>
        <source>Role saved. Its users get the new permissions at once.</source>
        <translation>角色已保存，其用户立即获得新的权限。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::SegmentRuleEditor</name>
    <message>
        <location filename="../segment_rule_editor.cpp" line="25"/>
        <source>No conditions yet. Add one: customers who match all conditions are in the segment.</source>
        <translation>还没有条件。请添加条件：同时符合全部条件的客户属于此分组。</translation>
    </message>
    <message>
        <location filename="../segment_rule_editor.cpp" line="28"/>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <location filename="../segment_rule_editor.cpp" line="31"/>
        <source>Add a condition (Ctrl++)</source>
        <translation>添加条件（Ctrl++）</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::SlaTab</name>
    <message>
        <location filename="../sla_tab.cpp" line="29"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="30"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="31"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="32"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="33"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="34"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="35"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="54"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="81"/>
        <source>Deadlines of new orders per service type and severity, counted from creation. A policy that counts business hours uses the working hours and holidays on the right. Orders created before a change keep their deadlines.</source>
        <translation>按服务类型和紧急程度设定新服务单的时限，从创建时起算。按工作时间计时的策略使用右侧的工作时间和节假日。修改前创建的服务单保留原时限。</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="134"/>
        <source>SLA policy for %1 / %2 saved</source>
        <translation>%1 / %2 的 SLA 策略已保存</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="139"/>
        <source>Business calendar saved</source>
        <translation>工作日历已保存</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="143"/>
        <source>Repeat-repair window saved</source>
        <translation>二次报修期限已保存</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="149"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="157"/>
        <source>Count business hours only</source>
        <translation>仅计工作时间</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="159"/>
        <source>Save policy</source>
        <translation>保存策略</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="168"/>
        <source>Response within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="169"/>
        <source>On site within</source>
        <translation>上门时限</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="170"/>
        <source>Completed within</source>
        <translation>完工时限</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="187"/>
        <source>Business calendar (Asia/Shanghai)</source>
        <translation>工作日历（北京时间）</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="211"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="211"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="226"/>
        <source>e.g. National Day</source>
        <translation>如 国庆节</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="227"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="228"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="229"/>
        <source>Save calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="243"/>
        <source>Working hours (a day not ticked is off):</source>
        <translation>工作时间（未勾选的日子休息）：</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="245"/>
        <source>Holidays:</source>
        <translation>节假日：</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="258"/>
        <source>Repeat repairs</source>
        <translation>二次报修</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="262"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="263"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="265"/>
        <source>A repair within</source>
        <translation>在同一产品的维修完成后</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="270"/>
        <source>of a resolved repair of the same product is marked as a repeat repair.</source>
        <translation>内再次报修的，标记为二次报修。</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="288"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../sla_tab.cpp" line="290"/>
        <source>%1 — no policy yet: saving creates one</source>
        <translation>%1 — 尚无策略：保存即新建</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::SmsTemplatesTab</name>
    <message>
        <location filename="../sms_templates_tab.cpp" line="28"/>
        <source>Order number</source>
        <translation>服务单号</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="30"/>
        <source>Service point</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="32"/>
        <source>Technician</source>
        <translation>维修员</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="34"/>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="36"/>
        <source>Order state</source>
        <translation>服务单状态</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="54"/>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="55"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="62"/>
        <source>The texts of the SMS sent to customers. A change applies to messages queued afterwards; messages already queued or sent keep their text.</source>
        <translation>发给客户的短信文本。修改只影响之后排队的短信；已排队或已发送的短信保留原文。</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="105"/>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="119"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="122"/>
        <source>Code *</source>
        <translation>代码 *</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="124"/>
        <source>Text *</source>
        <translation>文本 *</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="127"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="169"/>
        <source>SMS template %1 saved</source>
        <translation>短信模板 %1 已保存</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="191"/>
        <source>Xuanwu service point</source>
        <translation>玄武网点</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="191"/>
        <source>Zhang Wei</source>
        <translation>张伟</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="193"/>
        <source>Waiting for parts</source>
        <translation>待备件</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="224"/>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <location filename="../sms_templates_tab.cpp" line="225"/>
        <source>(the message for a sample order shows here)</source>
        <translation>（此处显示示例服务单的短信）</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::SupervisionDialog</name>
    <message>
        <location filename="../case_dialogs.cpp" line="182"/>
        <source>Supervise order %1</source>
        <translation>督办工单 %1</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="183"/>
        <source>Demand an answer about this order from a unit by a deadline (督办). The unit&apos;s users are told at once; you hear when they answer or when the deadline passes.</source>
        <translation>要求某单位在期限内就本工单作出答复（督办）。该单位的用户会立即收到通知；对方回复或超期时您会收到提醒。</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="196"/>
        <source>What the unit must do or explain</source>
        <translation>该单位须办理或说明的事项</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="197"/>
        <source>Unit asked</source>
        <translation>被督办单位</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="198"/>
        <source>Answer by</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="199"/>
        <source>Demand *</source>
        <translation>督办要求 *</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="200"/>
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="203"/>
        <source>Answer the supervision of %1</source>
        <translation>回复工单 %1 的督办</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="204"/>
        <source>Close the supervision of %1</source>
        <translation>关闭工单 %1 的督办</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="205"/>
        <source>Asked of</source>
        <translation>被督办单位</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="206"/>
        <source>By</source>
        <translation>督办人</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="206"/>
        <source>%1, answer by %2</source>
        <translation>%1，须于 %2 前回复</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="209"/>
        <source>Demand</source>
        <translation>督办要求</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="211"/>
        <location filename="../case_dialogs.cpp" line="215"/>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="212"/>
        <source>What was done, and what happens next</source>
        <translation>已做了什么，下一步怎么做</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="212"/>
        <source>Why it is closed (optional)</source>
        <translation>关闭原因（可选）</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="213"/>
        <source>Your answer *</source>
        <translation>您的回复 *</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="213"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="215"/>
        <source>Close supervision</source>
        <translation>关闭督办</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="219"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="246"/>
        <source>Choose the unit to ask.</source>
        <translation>请选择被督办单位。</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="248"/>
        <source>The deadline has passed already.</source>
        <translation>期限已过。</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="250"/>
        <source>Say what the unit must do or explain.</source>
        <translation>请填写督办要求。</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="252"/>
        <location filename="../case_dialogs.cpp" line="257"/>
        <location filename="../case_dialogs.cpp" line="259"/>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../case_dialogs.cpp" line="255"/>
        <source>Write the answer.</source>
        <translation>请填写回复。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::TicketDetailDialog</name>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="90"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="101"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="105"/>
        <source>Nothing for you to do on this order in its current state.</source>
        <translation>该工单当前状态下没有您可执行的操作。</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="121"/>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="122"/>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="123"/>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="124"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="125"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="126"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="127"/>
        <source>Service point</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="128"/>
        <source>Technician</source>
        <translation>维修员</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="129"/>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="130"/>
        <source>Owner</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="131"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="132"/>
        <source>Workflow</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="133"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="139"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="140"/>
        <source>Diagnosis</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="141"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="142"/>
        <source>Order</source>
        <translation>工单信息</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="146"/>
        <source>Actions</source>
        <translation>可执行操作</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="165"/>
        <source>Timeline (newest first)</source>
        <translation>处理记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="187"/>
        <source>SMS to the customer</source>
        <translation>客户短信</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="196"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="197"/>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="201"/>
        <source>Job sheet</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="205"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="207"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="216"/>
        <source>Print the job sheet (Ctrl+P) or save it as PDF (Ctrl+Shift+S)</source>
        <translation>打印维修工单 (Ctrl+P) 或另存为 PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="235"/>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="237"/>
        <source>Warranty and fees</source>
        <translation>保修与费用</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="264"/>
        <source>Order %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="295"/>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="309"/>
        <location filename="../ticket_detail_dialog.cpp" line="318"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="314"/>
        <source>%1 (escalated from %2)</source>
        <translation>%1（由 %2 转来）</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="320"/>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="364"/>
        <location filename="../ticket_detail_dialog.cpp" line="382"/>
        <source>Job sheet %1</source>
        <translation>维修工单 %1</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="373"/>
        <source>Save the job sheet as PDF</source>
        <translation>将维修工单另存为 PDF</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="375"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="383"/>
        <source>Job sheet not saved</source>
        <translation>维修工单未保存</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="384"/>
        <source>The job sheet could not be saved to %1: %2</source>
        <translation>维修工单无法保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../ticket_detail_dialog.cpp" line="406"/>
        <source>To “%1”</source>
        <translation>转到“%1”</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::TicketFeesBox</name>
    <message>
        <location filename="../ticket_fees_box.cpp" line="36"/>
        <source>Warranty and fees</source>
        <translation>保修与费用</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="43"/>
        <source>Add part</source>
        <translation>添加配件</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="44"/>
        <source>Remove part</source>
        <translation>删除配件</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="45"/>
        <source>Save parts</source>
        <translation>保存配件</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="62"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="68"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="107"/>
        <source>Labour</source>
        <translation>人工费</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="107"/>
        <source>Travel</source>
        <translation>上门费</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="108"/>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="108"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="136"/>
        <source>Parts used: %1</source>
        <translation>所用配件：%1</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="143"/>
        <source>Parts saved</source>
        <translation>配件已保存</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="169"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="203"/>
        <source>Judged when the order was completed</source>
        <translation>销单时判定</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="204"/>
        <source>Judged today; fixed when the order is completed</source>
        <translation>按今天判定；销单时确定</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="210"/>
        <source>Charged on completion (%1)</source>
        <translation>销单时核算（%1）</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="213"/>
        <source>Parts used are worth %1; the warranty pays the difference.</source>
        <translation>所用配件价值 %1，差额由保修承担。</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="217"/>
        <source>If completed now</source>
        <translation>如现在销单</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="223"/>
        <source>Computed automatically when the order is completed.</source>
        <translation>销单时自动核算。</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="226"/>
        <source>No fees for this kind of order</source>
        <translation>此类工单不收费</translation>
    </message>
    <message>
        <location filename="../ticket_fees_box.cpp" line="247"/>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::TicketFormDialog</name>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="59"/>
        <source>&amp;Appointment</source>
        <translation>预约(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="71"/>
        <source>New service request</source>
        <translation>新建服务请求</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="71"/>
        <source>New service request — %1</source>
        <translation>新建服务请求 — %1</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="90"/>
        <source>Loading the customer&apos;s products…</source>
        <translation>正在加载客户的产品…</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="92"/>
        <source>What the customer reports: the fault, since when, what was tried</source>
        <translation>客户反映的情况：故障现象、出现时间、已尝试的处理</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="115"/>
        <source>Looking up the service point that covers the customer…</source>
        <translation>正在查找负责该客户区域的服务网点…</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="116"/>
        <source>The service point the order goes to; the suggestion follows the customer&apos;s region</source>
        <translation>工单派往的服务网点；建议网点按客户所在区域确定</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="122"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="127"/>
        <source>Service &amp;type</source>
        <translation>服务类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="128"/>
        <source>Se&amp;verity</source>
        <translation>紧急程度(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="129"/>
        <source>C&amp;hannel</source>
        <translation>受理渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="130"/>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="132"/>
        <source>&amp;Fault code</source>
        <translation>故障代码(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="133"/>
        <source>Complaint about</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="134"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="135"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="137"/>
        <source>&amp;Description</source>
        <translation>问题描述(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="138"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="140"/>
        <source>Service p&amp;oint</source>
        <translation>服务网点(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="146"/>
        <source>Create order</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="147"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="195"/>
        <source>(no particular product)</source>
        <translation>（不指定产品）</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="251"/>
        <source>Route automatically</source>
        <translation>自动派单</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="253"/>
        <source>%1 (suggested)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="254"/>
        <source>Suggested for the customer&apos;s region %1: %2</source>
        <translation>按客户所在区域 %1 建议：%2</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="256"/>
        <source>Not assigned yet</source>
        <translation>暂不指定</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="257"/>
        <source>No service point covers the customer&apos;s region: choose one, or dispatch later.</source>
        <translation>没有服务网点负责该客户所在区域：请选择网点，或稍后派单。</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="279"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ticket_form_dialog.cpp" line="280"/>
        <source>This product already has %n open order(s): %1. Check it before creating another.</source>
        <translation>
            <numerusform>该产品已有 %n 张未结工单：%1。新建前请先查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="320"/>
        <source>Describe what the customer needs.</source>
        <translation>请描述客户的需求。</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="322"/>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../ticket_form_dialog.cpp" line="324"/>
        <source>The window ends before it starts.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::TicketSlaBox</name>
    <message>
        <location filename="../ticket_sla_box.cpp" line="38"/>
        <source>SLA</source>
        <translation>服务时限（SLA）</translation>
    </message>
    <message>
        <location filename="../ticket_sla_box.cpp" line="79"/>
        <source>%1 · paused since %2</source>
        <translation>%1 · 自 %2 起暂停</translation>
    </message>
    <message>
        <location filename="../ticket_sla_box.cpp" line="96"/>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::TicketsPage</name>
    <message>
        <location filename="../tickets_page.cpp" line="43"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="60"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="63"/>
        <source>Awaiting follow-up (回访)</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="66"/>
        <source>All service types</source>
        <translation>全部服务类型</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="69"/>
        <source>Order number (e.g. 20261202-000001), or text to narrow the list</source>
        <translation>工单号（如 20261202-000001），或输入文字筛选列表</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="71"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="100"/>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="102"/>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <location filename="../tickets_page.cpp" line="179"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tickets_page.cpp" line="179"/>
        <source>%1 of %n order(s)</source>
        <translation>
            <numerusform>%n 张工单中显示 %1 张</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="181"/>
        <source>(more on the server)</source>
        <translation>（服务器上还有更多）</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="206"/>
        <source>Order %1 dispatched to your unit</source>
        <translation>服务单 %1 已派至本网点</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="209"/>
        <source>Order %1: technician assigned</source>
        <translation>服务单 %1 已安排技术员</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="210"/>
        <source>Order %1 assigned to technician %2</source>
        <translation>服务单 %1 已派给技术员 %2</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="216"/>
        <source>Order %1: %2, now %3</source>
        <translation>工单 %1：%2，当前状态 %3</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="217"/>
        <source>Order %1: %2 by %3, now %4</source>
        <translation>工单 %1：%3 已%2，当前状态 %4</translation>
    </message>
    <message>
        <location filename="../tickets_page.cpp" line="220"/>
        <source>Order %1 is past its SLA deadline</source>
        <translation>服务单 %1 已超过服务时限</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::TransitionDialog</name>
    <message>
        <location filename="../transition_dialog.cpp" line="57"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../transition_dialog.cpp" line="61"/>
        <source>Order %1 moves from “%2” to “%3”.</source>
        <translation>工单 %1 将从“%2”转到“%3”。</translation>
    </message>
    <message>
        <location filename="../transition_dialog.cpp" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../transition_dialog.cpp" line="87"/>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <location filename="../transition_dialog.cpp" line="108"/>
        <location filename="../transition_dialog.cpp" line="117"/>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <location filename="../transition_dialog.cpp" line="127"/>
        <source>Technician&apos;s user number</source>
        <translation>维修员的用户编号</translation>
    </message>
    <message>
        <location filename="../transition_dialog.cpp" line="135"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../transition_dialog.cpp" line="217"/>
        <source>Required for “%1”.</source>
        <translation>“%1”需要填写此项。</translation>
    </message>
    <message>
        <location filename="../transition_dialog.cpp" line="223"/>
        <source>The window ends before it starts.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::UserDialog</name>
    <message>
        <location filename="../user_dialog.cpp" line="35"/>
        <source>Active (may sign in)</source>
        <translation>启用（允许登录）</translation>
    </message>
    <message>
        <location filename="../user_dialog.cpp" line="39"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../user_dialog.cpp" line="39"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../user_dialog.cpp" line="46"/>
        <source>lowercase letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>小写字母、数字、“.”、“_”、“-”</translation>
    </message>
    <message>
        <location filename="../user_dialog.cpp" line="50"/>
        <source>2 to 8 digits, optional</source>
        <translation>2 到 8 位数字，可不填</translation>
    </message>
    <message>
        <location filename="../user_dialog.cpp" line="96"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../user_dialog.cpp" line="97"/>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../user_dialog.cpp" line="99"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../user_dialog.cpp" line="102"/>
        <source>&amp;Org unit</source>
        <translation>所属机构(&amp;O)</translation>
    </message>
    <message>
        <location filename="../user_dialog.cpp" line="103"/>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../user_dialog.cpp" line="104"/>
        <source>&amp;Extension</source>
        <translation>分机号(&amp;E)</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::UsersTab</name>
    <message>
        <location filename="../users_tab.cpp" line="30"/>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location filename="../users_tab.cpp" line="31"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../users_tab.cpp" line="32"/>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <location filename="../users_tab.cpp" line="33"/>
        <location filename="../users_tab.cpp" line="166"/>
        <location filename="../users_tab.cpp" line="226"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../users_tab.cpp" line="40"/>
        <source>Filter by username or name</source>
        <translation>按用户名或姓名筛选</translation>
    </message>
    <message>
        <location filename="../users_tab.cpp" line="166"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../users_tab.cpp" line="223"/>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../users_tab.cpp" line="224"/>
        <source>Deactivate %1 (%2)? The user is signed out and can no longer sign in.</source>
        <translation>要停用 %1（%2）吗？该用户将被强制退出，且不能再登录。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::WallboardPage</name>
    <message>
        <location filename="../wallboard_page.cpp" line="59"/>
        <source>Waiting</source>
        <translation>排队等待</translation>
    </message>
    <message>
        <location filename="../wallboard_page.cpp" line="60"/>
        <source>Active calls</source>
        <translation>进行中通话</translation>
    </message>
    <message>
        <location filename="../wallboard_page.cpp" line="61"/>
        <source>Offered today</source>
        <translation>今日呼入</translation>
    </message>
    <message>
        <location filename="../wallboard_page.cpp" line="62"/>
        <source>Answered today</source>
        <translation>今日接听</translation>
    </message>
    <message>
        <location filename="../wallboard_page.cpp" line="63"/>
        <source>Abandoned today</source>
        <translation>今日放弃</translation>
    </message>
    <message>
        <location filename="../wallboard_page.cpp" line="85"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../wallboard_page.cpp" line="89"/>
        <source>Overdue callback promises</source>
        <translation>逾期回呼承诺</translation>
    </message>
    <message>
        <location filename="../wallboard_page.cpp" line="162"/>
        <source>%1: %2   %3: %4   %5: %6   %7: %8</source>
        <translation>%1：%2   %3：%4   %5：%6   %7：%8</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::WorkflowFlowPanel</name>
    <message>
        <location filename="../workflow_flow_panel.cpp" line="56"/>
        <source>Workflow &amp;name:</source>
        <translation>流程名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../workflow_flow_panel.cpp" line="58"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../workflow_flow_panel.cpp" line="72"/>
        <source>Start state (●→, thick border)</source>
        <translation>开始状态（●→，粗边框）</translation>
    </message>
    <message>
        <location filename="../workflow_flow_panel.cpp" line="76"/>
        <source>End state (double border)</source>
        <translation>结束状态（双边框）</translation>
    </message>
    <message>
        <location filename="../workflow_flow_panel.cpp" line="80"/>
        <source>Drag a state to move it. Drag from the dot on its right edge (or Shift+drag) to another state to add a transition. Double-click a state or transition to rename it, the empty canvas to add a state. Delete removes the selection. Ctrl+wheel zooms.</source>
        <translation>拖动状态可移动它。从状态右边缘的圆点（或按住 Shift）拖到另一个状态即添加流转。双击状态或流转可重命名，双击空白处可添加状态。Delete 键删除选中内容，按住 Ctrl 滚动滚轮可缩放。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::WorkflowPage</name>
    <message>
        <location filename="../workflow_page.cpp" line="78"/>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="83"/>
        <source>Saved as version %1. New orders follow it; running orders keep theirs.</source>
        <translation>已保存为第 %1 版。新工单按此版本流转，进行中的工单仍按原版本。</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="87"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../workflow_page.cpp" line="88"/>
        <source>The workflow has %n problem(s) and cannot be saved yet. Fix what the list of problems names first:</source>
        <translation>
            <numerusform>流程有 %n 个问题，暂时无法保存。请先修正问题列表中列出的内容：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="157"/>
        <source>Add state</source>
        <translation>添加状态</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="161"/>
        <location filename="../workflow_page.cpp" line="481"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="166"/>
        <location filename="../workflow_page.cpp" line="391"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="167"/>
        <location filename="../workflow_page.cpp" line="392"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="169"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="171"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="172"/>
        <source>Fit to view</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="173"/>
        <location filename="../workflow_page.cpp" line="503"/>
        <location filename="../workflow_page.cpp" line="505"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="174"/>
        <source>Drop the changes and show the version as it was loaded</source>
        <translation>放弃修改，显示载入时的版本</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="175"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="176"/>
        <source>Save as a new version (%1)</source>
        <translation>保存为新版本（%1）</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="188"/>
        <source>Service type:</source>
        <translation>服务类型：</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="192"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="268"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="268"/>
        <source>The workflow has changes that are not saved. Drop them?</source>
        <translation>流程有未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="269"/>
        <source>Drop changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="305"/>
        <location filename="../workflow_page.cpp" line="315"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="311"/>
        <source>newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="377"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="380"/>
        <source>Problems: none, the workflow can be saved.</source>
        <translation>问题：无，流程可以保存。</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="382"/>
        <source>Problems (%1): click one to select what it names.</source>
        <translation>问题（%1 个）：点击某条即可选中它所指的内容。</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="391"/>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="392"/>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="402"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="407"/>
        <source>%1, version %2: %3 states, %4 transitions.</source>
        <translation>%1，第 %2 版：%3 个状态，%4 个流转。</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="414"/>
        <location filename="../workflow_page.cpp" line="418"/>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="415"/>
        <source>An older version: saving makes it the newest (version %1).</source>
        <translation>这是旧版本：保存后它将成为最新版本（第 %1 版）。</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="418"/>
        <source>Unsaved changes.</source>
        <translation>有未保存的修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../workflow_page.cpp" line="476"/>
        <source>State &apos;%1&apos; is used by %n transition(s). Delete it together with them?</source>
        <translation>
            <numerusform>状态“%1”被 %n 个流转使用。要连同这些流转一起删除吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workflow_page.cpp" line="479"/>
        <source>The selected states are used by %n transition(s). Delete them together with them?</source>
        <translation>
            <numerusform>选中的状态被 %n 个流转使用。要连同这些流转一起删除吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="493"/>
        <source>Nothing to save: the workflow has no changes.</source>
        <translation>无需保存：流程没有修改。</translation>
    </message>
    <message>
        <location filename="../workflow_page.cpp" line="503"/>
        <source>Drop every change and show version %1 as it was loaded?</source>
        <translation>放弃所有修改，显示载入时的第 %1 版吗？</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::WorkflowStateForm</name>
    <message>
        <location filename="../workflow_state_form.cpp" line="26"/>
        <source>Lower-case letters, digits and _; unique in the workflow. Renaming it updates the transitions.</source>
        <translation>小写字母、数字和 _，在流程内唯一。修改代码时相关流转会随之更新。</translation>
    </message>
    <message>
        <location filename="../workflow_state_form.cpp" line="33"/>
        <source>(from the kind)</source>
        <translation>（按类型确定）</translation>
    </message>
    <message>
        <location filename="../workflow_state_form.cpp" line="36"/>
        <source>What the server reasons about: New (the start), Active, Waiting (the SLA clock may pause), Resolved (the work is done), Closed (end states).</source>
        <translation>服务器据此处理工单：新建（开始状态）、处理中、等待中（SLA 计时可暂停）、已解决（工作已完成）、已关闭（结束状态）。</translation>
    </message>
    <message>
        <location filename="../workflow_state_form.cpp" line="44"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../workflow_state_form.cpp" line="45"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../workflow_state_form.cpp" line="46"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../workflow_state_form.cpp" line="47"/>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../workflow_state_form.cpp" line="68"/>
        <source>Transitions: %1 in, %2 out.</source>
        <translation>流转：进入 %1 个，离开 %2 个。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::WorkflowTransitionForm</name>
    <message>
        <location filename="../workflow_transition_form.cpp" line="46"/>
        <source>&amp;Add effect</source>
        <translation>添加动作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="47"/>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="52"/>
        <source>Lower-case letters, digits and _; unique in the workflow.</source>
        <translation>小写字母、数字和 _，在流程内唯一。</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="85"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="86"/>
        <source>Required</source>
        <translation>必填字段</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="87"/>
        <source>Optional</source>
        <translation>可选字段</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="88"/>
        <source>Effects</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="89"/>
        <source>Fields the order must have for this transition</source>
        <translation>执行此流转时工单必须具备的字段</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="90"/>
        <source>Further fields the transition may set</source>
        <translation>此流转还可以填写的字段</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="95"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="96"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="97"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../workflow_transition_form.cpp" line="98"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
</context>
</TS>
