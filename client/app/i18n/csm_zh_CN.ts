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
        <location filename="../../core/rpc_client.cpp" line="394"/>
        <source>No answer from the server in time; the request may or may not have been carried out.</source>
        <translation>服务器未及时应答；该请求可能已执行，也可能未执行。</translation>
    </message>
    <message>
        <location filename="../../core/rpc_client.cpp" line="395"/>
        <source>The server could not be reached in time.</source>
        <translation>未能及时连接到服务器。</translation>
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
    <name>csm::client::ui::AdminPage</name>
    <message>
        <location filename="../admin_page.cpp" line="24"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="28"/>
        <source>Org units</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="32"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="36"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../admin_page.cpp" line="40"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
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
        <location filename="../agent_desk_page.cpp" line="180"/>
        <source>withheld number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="183"/>
        <source>Call ended (%1) — wrap-up pending</source>
        <translation>通话已结束（%1）— 待话后处理</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="184"/>
        <source>Caller on the line: %1</source>
        <translation>来电通话中：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desk_page.cpp" line="186"/>
        <source>Repeat caller: %n earlier call(s) in the last 7 days</source>
        <translation>
            <numerusform>重复来电：近7天内已来电 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="229"/>
        <source>Incoming call from a withheld number.</source>
        <translation>来电号码已隐藏。</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="230"/>
        <source>Incoming call from %1: no customer has this number.</source>
        <translation>来电 %1：没有客户使用此号码。</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="282"/>
        <source>Callback due at %1: %2 — %3</source>
        <translation>%1 到期回呼：%2 — %3</translation>
    </message>
    <message>
        <location filename="../agent_desk_page.cpp" line="291"/>
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
        <location filename="../desk_dialogs.cpp" line="144"/>
        <source>Callback promise</source>
        <translation>回呼承诺</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="152"/>
        <source>What did you promise the customer?</source>
        <translation>您向客户承诺了什么？</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="154"/>
        <source>Call back by</source>
        <translation>回呼期限</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="155"/>
        <source>Promise</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="159"/>
        <source>The due time must be in the future.</source>
        <translation>到期时间必须晚于现在。</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::CallerPickDialog</name>
    <message>
        <location filename="../desk_dialogs.cpp" line="36"/>
        <source>Who is calling?</source>
        <translation>来电客户是哪一位？</translation>
    </message>
    <message numerus="yes">
        <location filename="../desk_dialogs.cpp" line="37"/>
        <source>%n customer(s) have the number %1. Choose the caller:</source>
        <translation>
            <numerusform>有 %n 位客户使用号码 %1。请选择来电客户：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="47"/>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="55"/>
        <source>Open 360 view</source>
        <translation>打开客户360视图</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="57"/>
        <source>None of them: new customer</source>
        <translation>都不是：新建客户</translation>
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
        <location filename="../desk_dialogs.cpp" line="94"/>
        <source>New contact note</source>
        <translation>新建联系记录</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="101"/>
        <source>What was the contact about? What was agreed?</source>
        <translation>本次联系的内容是什么？约定了什么？</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="103"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="104"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../desk_dialogs.cpp" line="108"/>
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
        <location filename="../custom_field_dialog.cpp" line="197"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../custom_field_dialog.cpp" line="200"/>
        <source>Cancel</source>
        <translation>取消</translation>
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
</context>
<context>
    <name>csm::client::ui::CustomFieldsBox</name>
    <message>
        <location filename="../custom_fields_box.cpp" line="85"/>
        <source>More details</source>
        <translation>更多信息</translation>
    </message>
    <message>
        <location filename="../custom_fields_box.cpp" line="126"/>
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../custom_fields_box.cpp" line="136"/>
        <location filename="../custom_fields_box.cpp" line="144"/>
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
        <location filename="../customer360_view.cpp" line="52"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="54"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="76"/>
        <source>New contact note</source>
        <translation>新建联系记录</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="77"/>
        <source>Callback promise…</source>
        <translation>回呼承诺…</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="78"/>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="79"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="86"/>
        <source>Record a contact with this customer (Ctrl+Shift+N)</source>
        <translation>记录与该客户的一次联系（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="91"/>
        <source>Close the selected promise: kept</source>
        <translation>关闭所选承诺：已兑现</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="92"/>
        <source>Close the selected promise: broken</source>
        <translation>关闭所选承诺：未兑现</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="102"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="125"/>
        <source>Profile</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="148"/>
        <source>Contact history (newest first)</source>
        <translation>联系历史（最新在前）</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="151"/>
        <source>Callback promises</source>
        <translation>回呼承诺</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="160"/>
        <source>Products</source>
        <translation>客户产品</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="160"/>
        <source>Customer products are not available in this version yet.</source>
        <translation>当前版本尚未提供客户产品资料。</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="162"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="162"/>
        <source>Work orders are not available in this version yet.</source>
        <translation>当前版本尚未提供工单。</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="188"/>
        <source>Contact note saved.</source>
        <translation>联系记录已保存。</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="199"/>
        <source>Customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="241"/>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../customer360_view.cpp" line="243"/>
        <source>%n call(s) in the last 7 days</source>
        <translation>
            <numerusform>近7天来电 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="258"/>
        <source>Dial</source>
        <translation>拨号</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="260"/>
        <source>Call %1 from your extension</source>
        <translation>用您的分机呼叫 %1</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="273"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="274"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="275"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="276"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="277"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="278"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="279"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="280"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../customer360_view.cpp" line="281"/>
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
        <location filename="../customer_search_page.cpp" line="46"/>
        <source>Any (detect)</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="47"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="48"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="49"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="50"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="51"/>
        <source>What the search text is: detected from what you type, or chosen here</source>
        <translation>查询内容的类型：根据输入自动识别，或在此指定</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="53"/>
        <source>Phone, name or ID number (Ctrl+F)</source>
        <translation>电话、姓名或身份证号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="57"/>
        <source>Create a new customer (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="63"/>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="90"/>
        <source>Call the selected customer from your extension</source>
        <translation>用您的分机呼叫所选客户</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="91"/>
        <source>Open the selected customer&apos;s 360 view on the agent desk</source>
        <translation>在坐席工作台打开所选客户的360视图</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="138"/>
        <source>Type a phone number, a name or an ID number, then press Enter.</source>
        <translation>输入电话号码、姓名或身份证号，然后按回车。</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="142"/>
        <source>Searching by phone number</source>
        <translation>按电话号码查询</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="143"/>
        <source>Searching by ID number</source>
        <translation>按身份证号查询</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="144"/>
        <source>Searching by address</source>
        <translation>按地址查询</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="146"/>
        <source>Searching by name</source>
        <translation>按姓名查询</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="183"/>
        <source>No customers found</source>
        <translation>未找到客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_search_page.cpp" line="185"/>
        <source>%n customer(s) shown, more when you scroll</source>
        <translation>
            <numerusform>已显示 %n 位客户，向下滚动加载更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../customer_search_page.cpp" line="187"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>找到 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="290"/>
        <source>Open 360 view</source>
        <translation>打开客户360视图</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="291"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../customer_search_page.cpp" line="294"/>
        <location filename="../customer_search_page.cpp" line="313"/>
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
        <location filename="../error_presenter.cpp" line="223"/>
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
        <location filename="../error_presenter.cpp" line="83"/>
        <source>This field is no longer in use; reload the customer.</source>
        <translation>该字段已停用，请重新加载客户资料。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="84"/>
        <source>Enter text.</source>
        <translation>请输入文本。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="85"/>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="86"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="87"/>
        <source>At most %1 decimal places.</source>
        <translation>最多 %1 位小数。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="88"/>
        <source>At least %1.</source>
        <translation>不能小于 %1。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="89"/>
        <source>At most %1.</source>
        <translation>不能大于 %1。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="91"/>
        <source>Enter a number smaller than 1,000,000,000,000 in size.</source>
        <translation>请输入绝对值小于 1,000,000,000,000 的数字。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="92"/>
        <source>Enter a date (YYYY-MM-DD).</source>
        <translation>请输入日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="93"/>
        <source>Not before %1.</source>
        <translation>不能早于 %1。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="94"/>
        <source>Not after %1.</source>
        <translation>不能晚于 %1。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="95"/>
        <source>Choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="96"/>
        <source>This cannot be changed.</source>
        <translation>此项不能更改。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="98"/>
        <source>Customers hold values of this field, so its type cannot change.</source>
        <translation>已有客户填写了该字段，不能更改其类型。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="100"/>
        <source>The option &quot;%1&quot; is in use by customers and cannot be removed.</source>
        <translation>选项“%1”已被客户选用，不能删除。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="102"/>
        <source>1 to 30 characters: lowercase letters, digits, &apos;_&apos;, starting with a letter.</source>
        <translation>1 到 30 个字符：小写字母、数字、“_”，以字母开头。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="103"/>
        <source>Choose text, number, date or choice.</source>
        <translation>请选择文本、数字、日期或选项。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="104"/>
        <source>Add at least one option.</source>
        <translation>请至少添加一个选项。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="105"/>
        <source>At most %1 options.</source>
        <translation>最多 %1 个选项。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="107"/>
        <source>Each option needs a value of 1 to %1 characters.</source>
        <translation>每个选项都需要 1 到 %1 个字符的值。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="109"/>
        <source>Each option needs an English and a Chinese label of at most %1 characters.</source>
        <translation>每个选项都需要英文和中文名称，各不超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="110"/>
        <source>The option value &quot;%1&quot; is listed twice.</source>
        <translation>选项值“%1”重复。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="111"/>
        <source>A whole number from %1 to %2.</source>
        <translation>%1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="112"/>
        <source>Must not be less than the minimum.</source>
        <translation>不能小于最小值。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="113"/>
        <source>Must not be before the earliest date.</source>
        <translation>不能早于最早日期。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="114"/>
        <source>Choose yes or no.</source>
        <translation>请选择是或否。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="147"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="148"/>
        <source>Someone else saved this record while you were editing it.

Reload: discard your changes and show the current version.
Overwrite: apply your changes on top of the current version.</source>
        <translation>在您编辑期间，其他人保存了这条记录。

重新加载：放弃您的修改，显示最新版本。
覆盖：在最新版本上应用您的修改。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="156"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="158"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="186"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="187"/>
        <source>Please correct</source>
        <translation>请更正</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="209"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="216"/>
        <source>The telephone system could not place the call.</source>
        <translation>电话系统无法发起呼叫。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="218"/>
        <source>The telephone system could not answer the call.</source>
        <translation>电话系统无法接听来电。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="220"/>
        <source>The telephone system could not hang up the call.</source>
        <translation>电话系统无法挂断通话。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="222"/>
        <source>The telephone system refused the action.</source>
        <translation>电话系统拒绝了该操作。</translation>
    </message>
    <message>
        <location filename="../error_presenter.cpp" line="223"/>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>csm::client::ui::FieldErrors</name>
    <message>
        <location filename="../field_errors.cpp" line="72"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="111"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="112"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="113"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="114"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="115"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="116"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="117"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="118"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="119"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="120"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="121"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="122"/>
        <source>Street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="123"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="124"/>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="125"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="126"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="127"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="128"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="129"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="130"/>
        <source>Org unit</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="131"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="132"/>
        <source>Extension</source>
        <translation>分机号</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="133"/>
        <source>Active</source>
        <translation>启用状态</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="134"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="135"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="136"/>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="137"/>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="138"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="139"/>
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="140"/>
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="141"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="142"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="143"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="144"/>
        <source>Maximum length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="145"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="146"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="147"/>
        <source>Decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location filename="../field_errors.cpp" line="148"/>
        <source>Order</source>
        <translation>顺序</translation>
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
        <location filename="../help_dialogs.cpp" line="46"/>
        <source>Answer the ringing call</source>
        <translation>接听振铃中的来电</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="47"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="48"/>
        <source>Agent state: ready</source>
        <translation>坐席状态：就绪</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="49"/>
        <source>Agent state: not ready (choose the reason)</source>
        <translation>坐席状态：示忙（选择原因）</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="51"/>
        <source>Wrap-up summary: record the wrap-up and become ready</source>
        <translation>话后处理摘要：保存并置为就绪</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="52"/>
        <source>Search; in the results: open the customer</source>
        <translation>查询；在结果列表中：打开客户</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="54"/>
        <source>In the search results (agents): open the 360 view or dial a number</source>
        <translation>在搜索结果中（坐席）：打开360视图或拨打号码</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="55"/>
        <source>Refresh the current workspace</source>
        <translation>刷新当前工作区</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="56"/>
        <source>Save the customer form</source>
        <translation>保存客户资料</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="57"/>
        <source>Close the form (asks when there are unsaved changes)</source>
        <translation>关闭表单（有未保存的修改时会先询问）</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="58"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="62"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="64"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../help_dialogs.cpp" line="65"/>
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
        <location filename="../main_window.cpp" line="50"/>
        <source>CSM — Customer Service Management</source>
        <translation>CSM — 客户服务管理系统</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="57"/>
        <source>No workspace is available for your roles. Ask an administrator for access.</source>
        <translation>您的角色没有可用的工作区。请联系系统管理员开通权限。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="93"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="94"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="97"/>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="98"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="101"/>
        <source>New &amp;contact note</source>
        <translation>新建联系记录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="107"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="108"/>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="109"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="114"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="126"/>
        <source>&amp;Call</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="129"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="130"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="131"/>
        <source>&amp;About CSM</source>
        <translation>关于 CSM(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="156"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="209"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="222"/>
        <source>Wallboard</source>
        <translation>实时监控</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="229"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="256"/>
        <source>Dialling %1: your phone rings first.</source>
        <translation>正在拨打 %1：您的话机会先振铃。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="264"/>
        <source>Agent desk</source>
        <translation>坐席工作台</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="321"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="322"/>
        <source>The new language is used from the next start of the client.</source>
        <translation>新的语言将在下次启动客户端时生效。</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="346"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.cpp" line="347"/>
        <source>%n customer form(s) have unsaved changes. Quit anyway and lose them?</source>
        <translation>
            <numerusform>有 %n 个客户表单尚未保存。仍要退出并放弃这些修改吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="348"/>
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
        <location filename="../role_names.cpp" line="56"/>
        <source>HQ service center</source>
        <translation>总部客服中心</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="57"/>
        <source>Regional center</source>
        <translation>大区客服中心</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="58"/>
        <source>Provincial center</source>
        <translation>省级客服中心</translation>
    </message>
    <message>
        <location filename="../role_names.cpp" line="59"/>
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
</TS>
