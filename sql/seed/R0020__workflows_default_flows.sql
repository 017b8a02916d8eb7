-- The default workflow of every service type (version 1), shipped as reference data. Admins change
-- them with workflow.save (a new version each time). Every flow passes validateWorkflow (the
-- contract test checks it).
--
-- Each flow is given as JSON:
--   states:      [code, name, kind, category, x, y]            (x, y: place in the graphical editor)
--   transitions: [code, from, to, name, [roles], [required fields], [optional fields], [[effect, param]]]
--
-- The repair flow (维修) holds both the general repair path and the major repair path (大修): when
-- the service point cannot repair on site it sends the product to its upper center (transition
-- `escalate`: the order moves to the parent center, the point keeps following it); the center
-- repairs or replaces it in its depot and ships it back (`ship_back`: the order returns to the
-- point), and the point finishes the job on site.

CREATE FUNCTION pg_temp.csm_add_flow(flow jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    flow_id bigint;
    item jsonb;
    effect jsonb;
    position integer := 0;
    effect_position integer;
BEGIN
    INSERT INTO workflow (service_type, version, name) VALUES (flow->>'service_type', 1, flow->>'name')
        RETURNING id INTO flow_id;
    FOR item IN SELECT value FROM jsonb_array_elements(flow->'states') LOOP
        INSERT INTO workflow_state (workflow_id, position, code, name, kind, category, x, y)
            VALUES (flow_id, position, item->>0, item->>1, item->>2, item->>3, (item->>4)::float8, (item->>5)::float8);
        position := position + 1;
    END LOOP;
    position := 0;
    FOR item IN SELECT value FROM jsonb_array_elements(flow->'transitions') LOOP
        INSERT INTO workflow_transition (workflow_id, position, code, from_state, to_state, name, roles,
                                         required_fields, optional_fields)
            VALUES (flow_id, position, item->>0, item->>1, item->>2, item->>3,
                    ARRAY(SELECT jsonb_array_elements_text(item->4)),
                    ARRAY(SELECT jsonb_array_elements_text(item->5)),
                    ARRAY(SELECT jsonb_array_elements_text(item->6)));
        effect_position := 0;
        FOR effect IN SELECT value FROM jsonb_array_elements(item->7) LOOP
            INSERT INTO workflow_effect (workflow_id, transition_code, position, type, param)
                VALUES (flow_id, item->>0, effect_position, effect->>0, coalesce(effect->>1, ''));
            effect_position := effect_position + 1;
        END LOOP;
        position := position + 1;
    END LOOP;
END $$;

-- 维修: general repair and major repair (大修).
SELECT pg_temp.csm_add_flow($json$
{"service_type": "repair", "name": "维修流程 (含大修)",
 "states": [
  ["created",          "已建单",       "start",  "new",      0,    0],
  ["dispatched",       "已派修",       "normal", "active",   200,  0],
  ["accepted",         "网点已接单",   "normal", "active",   400,  0],
  ["assigned",         "已派工",       "normal", "active",   600,  0],
  ["waiting_customer", "待客户",       "normal", "waiting",  600,  150],
  ["on_site",          "上门维修中",   "normal", "active",   800,  0],
  ["waiting_parts",    "待备件",       "normal", "waiting",  800,  150],
  ["to_depot",         "寄修途中",     "normal", "active",   800,  300],
  ["depot_repair",     "中心大修中",   "normal", "active",   600,  300],
  ["back_to_point",    "修复寄回途中", "normal", "active",   400,  300],
  ["completed",        "已销单",       "normal", "resolved", 1000, 0],
  ["closed",           "已关闭",       "end",    "closed",   1200, 0],
  ["cancelled",        "已取消",       "end",    "closed",   0,    150]],
 "transitions": [
  ["dispatch", "created", "dispatched", "派修", ["agent", "supervisor"], ["assigned_org_unit_id"],
   ["appointment_start", "appointment_end", "note"], [["notify", "service_point"], ["sla_start", "response"]]],
  ["cancel", "created", "cancelled", "取消", ["agent", "supervisor"], ["cancel_reason"], [], []],
  ["recall", "dispatched", "created", "撤回派修", ["agent", "supervisor"], ["note"], [], [["notify", "service_point"]]],
  ["redispatch", "dispatched", "dispatched", "改派网点", ["agent", "supervisor"], ["assigned_org_unit_id"], ["note"],
   [["notify", "service_point"]]],
  ["accept", "dispatched", "accepted", "接单", ["service_point"], [], ["note"], [["sla_stop", "response"]]],
  ["reject", "dispatched", "created", "拒单", ["service_point"], ["reject_reason"], [], [["notify", "owner"]]],
  ["assign", "accepted", "assigned", "派工", ["service_point"], ["technician_id", "appointment_start"],
   ["appointment_end", "note"], [["notify", "technician"]]],
  ["reassign", "assigned", "assigned", "改派维修员", ["service_point"], ["technician_id"],
   ["appointment_start", "appointment_end", "note"], [["notify", "technician"]]],
  ["decline", "assigned", "accepted", "退回网点", ["technician"], ["reject_reason"], [], [["notify", "service_point"]]],
  ["customer_unavailable", "assigned", "waiting_customer", "客户改约", ["technician", "service_point"], ["note"], [],
   [["sla_pause", "customer"]]],
  ["reschedule", "waiting_customer", "assigned", "重新预约", ["service_point", "technician", "agent"],
   ["appointment_start"], ["appointment_end", "note"], [["sla_resume", ""], ["notify", "technician"]]],
  ["arrive", "assigned", "on_site", "到达现场", ["technician", "service_point"], [], ["note"], [["sla_stop", "on_site"]]],
  ["wait_parts", "on_site", "waiting_parts", "等待备件", ["technician", "service_point"], ["note"],
   ["diagnosis", "fault_code"], [["sla_pause", "parts"]]],
  ["parts_arrived", "waiting_parts", "on_site", "备件到货", ["service_point", "technician"], [], ["note"],
   [["sla_resume", ""]]],
  ["complete", "on_site", "completed", "完工销单", ["technician", "service_point"], ["diagnosis", "resolution"],
   ["fault_code", "note"], [["sla_stop", "completion"], ["survey", ""], ["notify", "owner"]]],
  ["escalate", "on_site", "to_depot", "转大修 (寄修中心)", ["service_point"], ["diagnosis", "shipping_out_no"],
   ["fault_code", "note"], [["escalate", ""], ["notify", "service_point"]]],
  ["receive_at_depot", "to_depot", "depot_repair", "中心签收", ["service_point", "manager"], [], ["note"], []],
  ["ship_back", "depot_repair", "back_to_point", "修复寄回", ["service_point", "manager"],
   ["resolution", "shipping_back_no"], ["replacement_serial", "diagnosis", "fault_code", "note"],
   [["deescalate", ""], ["notify", "service_point"]]],
  ["receive_back", "back_to_point", "on_site", "网点收货", ["service_point", "technician"], [], ["note"], []],
  ["reopen", "completed", "on_site", "返工", ["agent", "supervisor"], ["note"], [], [["notify", "service_point"]]],
  ["visit", "completed", "closed", "回访结案", ["survey_agent", "agent", "supervisor"], ["visit_result"], ["note"], []],
  ["close", "completed", "closed", "直接结案", ["supervisor"], ["note"], [], []]]}
$json$::jsonb);

-- 送货
SELECT pg_temp.csm_add_flow($json$
{"service_type": "delivery", "name": "送货流程",
 "states": [
  ["created",          "已建单",     "start",  "new",      0,   0],
  ["dispatched",       "已派单",     "normal", "active",   200, 0],
  ["accepted",         "网点已接单", "normal", "active",   400, 0],
  ["assigned",         "已安排送货", "normal", "active",   600, 0],
  ["waiting_customer", "待客户",     "normal", "waiting",  600, 150],
  ["completed",        "已送达",     "normal", "resolved", 800, 0],
  ["closed",           "已关闭",     "end",    "closed",   1000, 0],
  ["cancelled",        "已取消",     "end",    "closed",   0,   150]],
 "transitions": [
  ["dispatch", "created", "dispatched", "派单", ["agent", "supervisor"], ["assigned_org_unit_id"],
   ["appointment_start", "appointment_end", "note"], [["notify", "service_point"], ["sla_start", "response"]]],
  ["cancel", "created", "cancelled", "取消", ["agent", "supervisor"], ["cancel_reason"], [], []],
  ["accept", "dispatched", "accepted", "接单", ["service_point"], [], ["note"], [["sla_stop", "response"]]],
  ["reject", "dispatched", "created", "拒单", ["service_point"], ["reject_reason"], [], [["notify", "owner"]]],
  ["assign", "accepted", "assigned", "安排送货", ["service_point"], ["technician_id", "appointment_start"],
   ["appointment_end", "note"], [["notify", "technician"]]],
  ["decline", "assigned", "accepted", "退回网点", ["technician"], ["reject_reason"], [], [["notify", "service_point"]]],
  ["customer_unavailable", "assigned", "waiting_customer", "客户改约", ["technician", "service_point"], ["note"], [],
   [["sla_pause", "customer"]]],
  ["reschedule", "waiting_customer", "assigned", "重新预约", ["service_point", "technician", "agent"],
   ["appointment_start"], ["appointment_end", "note"], [["sla_resume", ""]]],
  ["deliver", "assigned", "completed", "送达签收", ["technician", "service_point"], ["resolution"], ["note"],
   [["sla_stop", "completion"], ["survey", ""]]],
  ["visit", "completed", "closed", "回访结案", ["survey_agent", "agent", "supervisor"], ["visit_result"], ["note"], []],
  ["close", "completed", "closed", "直接结案", ["supervisor"], ["note"], [], []]]}
$json$::jsonb);

-- 安装调试 and 保养 share one shape: an appointment at the customer's, possibly waiting for parts.
SELECT pg_temp.csm_add_flow(replace(replace(flow::text, '@TYPE@', kind), '@NAME@', name)::jsonb)
FROM (VALUES ('installation', '安装调试流程'), ('maintenance', '保养流程')) AS f(kind, name),
     (SELECT $json$
{"service_type": "@TYPE@", "name": "@NAME@",
 "states": [
  ["created",          "已建单",     "start",  "new",      0,    0],
  ["dispatched",       "已派单",     "normal", "active",   200,  0],
  ["accepted",         "网点已接单", "normal", "active",   400,  0],
  ["assigned",         "已派工",     "normal", "active",   600,  0],
  ["waiting_customer", "待客户",     "normal", "waiting",  600,  150],
  ["on_site",          "上门服务中", "normal", "active",   800,  0],
  ["waiting_parts",    "待备件",     "normal", "waiting",  800,  150],
  ["completed",        "已完工",     "normal", "resolved", 1000, 0],
  ["closed",           "已关闭",     "end",    "closed",   1200, 0],
  ["cancelled",        "已取消",     "end",    "closed",   0,    150]],
 "transitions": [
  ["dispatch", "created", "dispatched", "派单", ["agent", "supervisor"], ["assigned_org_unit_id"],
   ["appointment_start", "appointment_end", "note"], [["notify", "service_point"], ["sla_start", "response"]]],
  ["cancel", "created", "cancelled", "取消", ["agent", "supervisor"], ["cancel_reason"], [], []],
  ["accept", "dispatched", "accepted", "接单", ["service_point"], [], ["note"], [["sla_stop", "response"]]],
  ["reject", "dispatched", "created", "拒单", ["service_point"], ["reject_reason"], [], [["notify", "owner"]]],
  ["assign", "accepted", "assigned", "派工", ["service_point"], ["technician_id", "appointment_start"],
   ["appointment_end", "note"], [["notify", "technician"]]],
  ["decline", "assigned", "accepted", "退回网点", ["technician"], ["reject_reason"], [], [["notify", "service_point"]]],
  ["customer_unavailable", "assigned", "waiting_customer", "客户改约", ["technician", "service_point"], ["note"], [],
   [["sla_pause", "customer"]]],
  ["reschedule", "waiting_customer", "assigned", "重新预约", ["service_point", "technician", "agent"],
   ["appointment_start"], ["appointment_end", "note"], [["sla_resume", ""]]],
  ["arrive", "assigned", "on_site", "到达现场", ["technician", "service_point"], [], ["note"], [["sla_stop", "on_site"]]],
  ["wait_parts", "on_site", "waiting_parts", "等待备件", ["technician", "service_point"], ["note"], [],
   [["sla_pause", "parts"]]],
  ["parts_arrived", "waiting_parts", "on_site", "备件到货", ["service_point", "technician"], [], ["note"],
   [["sla_resume", ""]]],
  ["complete", "on_site", "completed", "完工", ["technician", "service_point"], ["resolution"], ["diagnosis", "note"],
   [["sla_stop", "completion"], ["survey", ""]]],
  ["visit", "completed", "closed", "回访结案", ["survey_agent", "agent", "supervisor"], ["visit_result"], ["note"], []],
  ["close", "completed", "closed", "直接结案", ["supervisor"], ["note"], [], []]]}
$json$ AS flow) AS template;

-- 置换 and 退货: approved by a supervisor first (the 三包 verdict comes with later work), then
-- carried out by the service point.
SELECT pg_temp.csm_add_flow(replace(replace(replace(flow::text, '@TYPE@', kind), '@NAME@', name), '@DONE@', done)::jsonb)
FROM (VALUES ('replacement', '置换流程', 'replacement_serial'), ('return', '退货流程', 'resolution')) AS f(kind, name, done),
     (SELECT $json$
{"service_type": "@TYPE@", "name": "@NAME@",
 "states": [
  ["created",    "已建单",     "start",  "new",      0,    0],
  ["approved",   "已审核",     "normal", "active",   200,  0],
  ["dispatched", "已派单",     "normal", "active",   400,  0],
  ["accepted",   "网点已接单", "normal", "active",   600,  0],
  ["assigned",   "已派工",     "normal", "active",   800,  0],
  ["completed",  "已办结",     "normal", "resolved", 1000, 0],
  ["closed",     "已关闭",     "end",    "closed",   1200, 0],
  ["cancelled",  "已取消",     "end",    "closed",   0,    150]],
 "transitions": [
  ["approve", "created", "approved", "审核通过", ["supervisor"], [], ["note"], []],
  ["cancel", "created", "cancelled", "取消/驳回", ["agent", "supervisor"], ["cancel_reason"], [], [["notify", "owner"]]],
  ["dispatch", "approved", "dispatched", "派单", ["agent", "supervisor"], ["assigned_org_unit_id"],
   ["appointment_start", "appointment_end", "note"], [["notify", "service_point"], ["sla_start", "response"]]],
  ["accept", "dispatched", "accepted", "接单", ["service_point"], [], ["note"], [["sla_stop", "response"]]],
  ["reject", "dispatched", "approved", "拒单", ["service_point"], ["reject_reason"], [], [["notify", "owner"]]],
  ["assign", "accepted", "assigned", "派工", ["service_point"], ["technician_id", "appointment_start"],
   ["appointment_end", "note"], [["notify", "technician"]]],
  ["decline", "assigned", "accepted", "退回网点", ["technician"], ["reject_reason"], [], [["notify", "service_point"]]],
  ["complete", "assigned", "completed", "办结", ["technician", "service_point"], ["@DONE@"], ["resolution", "note"],
   [["sla_stop", "completion"], ["survey", ""]]],
  ["visit", "completed", "closed", "回访结案", ["survey_agent", "agent", "supervisor"], ["visit_result"], ["note"], []],
  ["close", "completed", "closed", "直接结案", ["supervisor"], ["note"], [], []]]}
$json$ AS flow) AS template;

-- 咨询: mostly answered during the call; otherwise referred to someone who knows.
SELECT pg_temp.csm_add_flow($json$
{"service_type": "consultation", "name": "咨询流程",
 "states": [
  ["created",  "已受理", "start",  "new",      0,   0],
  ["referred", "已转交", "normal", "active",   200, 150],
  ["answered", "已答复", "normal", "resolved", 400, 0],
  ["closed",   "已关闭", "end",    "closed",   600, 0]],
 "transitions": [
  ["answer", "created", "answered", "答复", ["agent", "supervisor"], ["resolution"], ["note"], []],
  ["refer", "created", "referred", "转交", ["agent", "supervisor"], ["note"], ["assigned_org_unit_id"],
   [["notify", "service_point"]]],
  ["answer_referred", "referred", "answered", "答复", ["agent", "supervisor", "service_point"], ["resolution"], ["note"],
   [["notify", "owner"]]],
  ["close", "answered", "closed", "结案", ["agent", "supervisor"], [], ["note"], []]]}
$json$::jsonb);

-- 投诉: sent to the responsible unit, handled, then the customer's satisfaction is asked.
SELECT pg_temp.csm_add_flow($json$
{"service_type": "complaint", "name": "投诉流程",
 "states": [
  ["created",    "已受理",   "start",  "new",      0,   0],
  ["dispatched", "已转责任单位", "normal", "active", 200, 0],
  ["accepted",   "处理中",   "normal", "active",   400, 0],
  ["handled",    "已处理",   "normal", "resolved", 600, 0],
  ["closed",     "已关闭",   "end",    "closed",   800, 0],
  ["withdrawn",  "已撤诉",   "end",    "closed",   0,   150]],
 "transitions": [
  ["dispatch", "created", "dispatched", "转责任单位", ["agent", "supervisor"], ["assigned_org_unit_id"], ["note"],
   [["notify", "service_point"], ["sla_start", "response"]]],
  ["withdraw", "created", "withdrawn", "撤诉", ["agent", "supervisor"], ["cancel_reason"], [], []],
  ["accept", "dispatched", "accepted", "受理", ["service_point", "supervisor", "manager"], [], ["note"],
   [["sla_stop", "response"]]],
  ["reject", "dispatched", "created", "退回", ["service_point", "manager"], ["reject_reason"], [], [["notify", "owner"]]],
  ["handle", "accepted", "handled", "处理完毕", ["service_point", "supervisor", "manager"], ["resolution"], ["note"],
   [["sla_stop", "completion"], ["notify", "owner"]]],
  ["reopen", "handled", "accepted", "客户不满意, 重新处理", ["agent", "supervisor"], ["note"], [],
   [["notify", "service_point"]]],
  ["visit", "handled", "closed", "回访结案", ["survey_agent", "agent", "supervisor"], ["visit_result"], ["note"], []]]}
$json$::jsonb);

-- 建议: recorded, possibly forwarded to the department concerned, answered.
SELECT pg_temp.csm_add_flow($json$
{"service_type": "suggestion", "name": "建议流程",
 "states": [
  ["created",   "已记录", "start",  "new",      0,   0],
  ["forwarded", "已转交", "normal", "active",   200, 150],
  ["answered",  "已答复", "normal", "resolved", 400, 0],
  ["closed",    "已关闭", "end",    "closed",   600, 0]],
 "transitions": [
  ["answer", "created", "answered", "答复", ["agent", "supervisor"], ["resolution"], ["note"], []],
  ["forward", "created", "forwarded", "转交", ["agent", "supervisor"], ["note"], ["assigned_org_unit_id"],
   [["notify", "service_point"]]],
  ["answer_forwarded", "forwarded", "answered", "答复", ["agent", "supervisor", "service_point", "manager"],
   ["resolution"], ["note"], [["notify", "owner"]]],
  ["close", "answered", "closed", "结案", ["agent", "supervisor"], [], ["note"], []]]}
$json$::jsonb);

-- 赞誉: recorded and passed on to the unit praised.
SELECT pg_temp.csm_add_flow($json$
{"service_type": "praise", "name": "赞誉流程",
 "states": [
  ["created",   "已记录", "start",  "new",    0,   0],
  ["forwarded", "已转达", "normal", "active", 200, 150],
  ["closed",    "已关闭", "end",    "closed", 400, 0]],
 "transitions": [
  ["record", "created", "closed", "记录结案", ["agent", "supervisor"], [], ["note"], []],
  ["forward", "created", "forwarded", "转达", ["agent", "supervisor"], ["assigned_org_unit_id"], ["note"],
   [["notify", "service_point"]]],
  ["acknowledge", "forwarded", "closed", "已阅结案", ["service_point", "manager", "supervisor"], [], ["note"], []]]}
$json$::jsonb);

DROP FUNCTION pg_temp.csm_add_flow(jsonb);
